import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/svg.ts';
import { computeIndicators, type Scope } from '../../../src/lib/indicators/indicators.ts';
import { byCategory } from '../../../src/lib/stats/charts/by-category/index.ts';
import { fixture } from '../../helpers/indicatorFixture.ts';

const state = (scope: Scope) => byCategory.state({ data: fixture, indicators: computeIndicators(fixture, scope) });

describe('by-category chart', () => {
  it('tables published counts as numbers and withheld ones as "<5", with the total the only addable row', () => {
    const no = '否：一人可属于多个类别，类别人数之和可能大于合计';
    expect(byCategory.table(state(2023)).rows).toEqual([
      ['脱贫人口', 6, no],
      ['防止返贫监测对象', '<5', no],
      ['易地搬迁脱贫人口', 0, no],
      ['农村低收入人口', '<5', no],
      ['农村劳动力', 7, no],
      ['合计（去重）', 15, '是'],
    ]);
  });
  it('draws bars only for published counts above zero, and marks the rest', () => {
    const svg = renderSvg(byCategory.draw(state(2023), 340, 'c'));
    expect(svg.match(/<rect /g)).toHaveLength(2); // 6 and 7
    expect(svg.match(/&lt;5 人/g)).toHaveLength(2);
  });
  it('without totals for the scope: no rows, no numbers, a sentence without a share', () => {
    const s = state(null);
    expect(byCategory.table(s).rows).toEqual([]);
    expect(renderSvg(byCategory.draw(s, 340, 'c'))).not.toContain('<rect');
    expect(byCategory.caption(s)).toBe('吸纳务工 18 人；人数较少的类别不公布具体数字。');
  });
});
