import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/svg.ts';
import { computeIndicators } from '../../../src/lib/indicators/indicators.ts';
import { byType } from '../../../src/lib/stats/charts/by-type/index.ts';
import { fixture } from '../../helpers/indicatorFixture.ts';

describe('by-type chart', () => {
  const s = byType.state({ data: fixture, indicators: computeIndicators(fixture, null) });
  it('counts projects per type over all years', () => {
    expect(byType.caption(s)).toBe('农业农村基础设施项目 3 个。');
    expect(byType.table(s).rows).toEqual([['农业农村基础设施项目', 3, 18, '150000.00', '100000.00']]);
    expect(renderSvg(byType.draw(s, 340, 't')).match(/<rect class="bar-[ab]" x=/g)).toHaveLength(2);
  });
});
