import { describe, expect, it } from 'vitest';
import { computeIndicators } from '../../../src/lib/indicators/indicators.ts';
import { bySector } from '../../../src/lib/stats/charts/by-sector/index.ts';
import { fixture } from '../../helpers/indicatorFixture.ts';

describe('by-sector chart', () => {
  const s = bySector.state({ data: fixture, indicators: computeIndicators(fixture, 2023) });
  it('lists sectors in the ledger’s order (交通基础设施 before 水利基础设施)', () => {
    expect(bySector.table(s).rows).toEqual([
      ['交通基础设施', 1, 5, '40000.00', '40000.00'],
      ['水利基础设施', 1, 10, '100000.00', '60000.00'],
    ]);
    expect(bySector.table(s).header[0]).toBe('行业领域');
  });
  it('names the sector paid most', () =>
    expect(bySector.caption(s)).toBe('水利基础设施领域已发放劳务报酬最多，为 60,000 元。'));
});
