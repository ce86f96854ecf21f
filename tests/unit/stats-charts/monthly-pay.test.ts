import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/svg.ts';
import { computeIndicators, type Scope } from '../../../src/lib/indicators/indicators.ts';
import { monthlyPay } from '../../../src/lib/stats/charts/monthly-pay/index.ts';
import { fixture } from '../../helpers/indicatorFixture.ts';

const state = (scope: Scope) => monthlyPay.state({ data: fixture, indicators: computeIndicators(fixture, scope) });

describe('monthly-pay chart', () => {
  const s = state(2023);
  it('adds the pay of the year’s projects per work month, with the running total', () => {
    // 2023-05: P1 2 万; 2023-06: P1 4 万 + P2 4 万 = 8 万; the 2024 project's month is not in 2023.
    expect(s.months).toEqual([
      { month: '2023-05', paidFen: 2_000_000, cumulativeFen: 2_000_000 },
      { month: '2023-06', paidFen: 8_000_000, cumulativeFen: 10_000_000 },
    ]);
  });
  it('tables the same months against the planned total (14 万)', () => {
    expect(monthlyPay.table(s).rows).toEqual([
      ['2023-05', '20000.00', '20000.00', '140000.00'],
      ['2023-06', '80000.00', '100000.00', '140000.00'],
    ]);
  });
  it('draws one column per month of the state, labelled by month within a year', () => {
    const svg = renderSvg(monthlyPay.draw(s, 340, 'm'));
    expect(svg.match(/<rect class="bar-a" x=/g)).toHaveLength(2);
    expect(svg).toContain('<title>5月：2万</title>');
    expect(svg).toContain('<title>6月：8万</title>');
  });
  it('labels months with their year over all years, and says so when nothing was paid', () => {
    expect(renderSvg(monthlyPay.draw(state(null), 340, 'm'))).toContain('<title>2023年5月：2万</title>');
    expect(monthlyPay.caption(state(2030))).toBe('2030年尚无劳务报酬发放记录。');
  });
});
