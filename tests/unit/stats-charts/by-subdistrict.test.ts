import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/svg.ts';
import { computeIndicators } from '../../../src/lib/indicators/indicators.ts';
import { bySubdistrict } from '../../../src/lib/stats/charts/by-subdistrict/index.ts';
import { fixture } from '../../helpers/indicatorFixture.ts';

describe('by-subdistrict chart', () => {
  const s = bySubdistrict.state({ data: fixture, indicators: computeIndicators(fixture, 2023) });
  it('groups the year’s projects by 街道 in pinyin order (chu before jie)', () => {
    expect(s.groups.map((g) => g.key)).toEqual(['初家街道', '解甲庄街道']);
  });
  it('tables and draws the same groups, and names the one paid most', () => {
    expect(bySubdistrict.table(s).rows).toEqual([
      ['初家街道', 1, 5, '40000.00', '40000.00'],
      ['解甲庄街道', 1, 10, '100000.00', '60000.00'],
    ]);
    const svg = renderSvg(bySubdistrict.draw(s, 340, 'b'));
    expect(svg).toContain('初家街道（1 个项目）');
    expect(svg).toContain('10.00 万元');
    expect(bySubdistrict.caption(s)).toBe('解甲庄街道已发放劳务报酬最多，为 60,000 元（1 个项目）。');
  });
  it('says so when the scope has no projects', () => {
    const empty = bySubdistrict.state({ data: fixture, indicators: computeIndicators(fixture, 2030) });
    expect(bySubdistrict.caption(empty)).toBe('暂无项目。');
    expect(bySubdistrict.table(empty).rows).toEqual([]);
  });
});
