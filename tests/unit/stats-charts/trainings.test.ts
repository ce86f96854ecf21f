import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/svg.ts';
import { computeIndicators, type Scope } from '../../../src/lib/indicators/indicators.ts';
import { trainings } from '../../../src/lib/stats/charts/trainings/index.ts';
import { fixture } from '../../helpers/indicatorFixture.ts';

const state = (scope: Scope) => trainings.state({ data: fixture, indicators: computeIndicators(fixture, scope) });

describe('trainings chart', () => {
  it('counts a year’s classes in the months they start', () => {
    const s = state(2023);
    expect(trainings.table(s).rows).toEqual([
      ['2023-03', 1, 40, 30],
      ['2023-11', 1, 24, 20],
    ]);
    const svg = renderSvg(trainings.draw(s, 340, 't'));
    expect(svg).toContain('<title>3月：30</title>');
    expect(svg).toContain('<title>11月：20</title>');
  });
  it('counts classes per start year over all years', () => {
    const s = state(null);
    expect(trainings.title(s)).toBe('各年度技能培训');
    expect(trainings.table(s)).toMatchObject({
      title: '全部年度各年度技能培训',
      header: ['年度', '培训期数(期)', '培训学时(学时)', '培训人次(人)'],
    });
    expect(trainings.table(s).rows).toEqual([
      ['2023', 2, 64, 50],
      ['2024', 1, 16, 10],
    ]);
    expect(trainings.caption(s)).toBe('全部年度开展技能培训 3 期、80 学时，培训 60 人次。');
  });
});
