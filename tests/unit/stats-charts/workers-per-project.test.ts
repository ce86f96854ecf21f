import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/svg.ts';
import { computeIndicators } from '../../../src/lib/indicators/indicators.ts';
import { MAX_BARS } from '../../../src/lib/stats/charts/workers-per-project/constants.ts';
import { workersPerProject } from '../../../src/lib/stats/charts/workers-per-project/index.ts';
import { fixture } from '../../helpers/indicatorFixture.ts';

describe('workers-per-project chart', () => {
  it('tables and draws every project of a small year', () => {
    const s = workersPerProject.state({ data: fixture, indicators: computeIndicators(fixture, 2023) });
    expect(workersPerProject.table(s).rows).toEqual([
      ['P1', 'P1', 12, 10],
      ['P2', 'P2', 5, 5],
    ]);
    expect(workersPerProject.caption(s)).toBe('2 个项目计划用工 17 人，实际吸纳 15 人。');
    expect(renderSvg(workersPerProject.draw(s, 340, 'w')).match(/<text class="label"/g)).toHaveLength(2);
  });
  it(`beyond ${MAX_BARS} projects draws the largest shortfalls and says so; the table keeps them all`, () => {
    const many = Array.from({ length: MAX_BARS + 5 }, (_, k) => ({
      ...fixture.projects[0],
      id: `Q${String(k).padStart(2, '0')}`,
      name: `Q${k}`,
      plannedWorkers: 10 + k,
      workersPlaced: 10,
    }));
    const data = { ...fixture, projects: many };
    const s = workersPerProject.state({ data, indicators: computeIndicators(data, 2023) });
    expect(s.shown).toHaveLength(MAX_BARS);
    expect(s.shown[0].id).toBe(`Q${MAX_BARS + 4}`); // shortfall 34, the largest
    expect(workersPerProject.table(s).rows).toHaveLength(MAX_BARS + 5);
    expect(workersPerProject.caption(s)).toContain(`图中只画出实际用工比计划少得最多的 ${MAX_BARS} 个项目`);
  });
});
