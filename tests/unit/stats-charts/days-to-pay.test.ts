import { describe, expect, it } from 'vitest';
import { renderSvg } from '../../../src/lib/charts/svg.ts';
import { computeIndicators } from '../../../src/lib/indicators/indicators.ts';
import { PAY_DUE_DAYS } from '../../../src/lib/indicators/payTiming.ts';
import { daysToPay } from '../../../src/lib/stats/charts/days-to-pay/index.ts';
import { fixture } from '../../helpers/indicatorFixture.ts';

describe('days-to-pay chart', () => {
  const s = daysToPay.state({ data: fixture, indicators: computeIndicators(fixture, 2023) });
  it('tables the buckets of payTiming.ts with the year’s paid rows', () => {
    expect(daysToPay.table(s).rows).toEqual([
      ['10 天内', 14],
      ['11–20 天', 8],
      ['21–30 天', 0],
      ['31–45 天', 1],
      ['46–60 天', 0],
      ['60 天以上', 0],
    ]);
  });
  it('draws the same buckets with short labels and states the due limit from PAY_DUE_DAYS', () => {
    const svg = renderSvg(daysToPay.draw(s, 340, 'd'));
    expect(svg).toContain('<title>10内：14</title>');
    expect(svg).toContain('<title>60以上：0</title>');
    expect(svg).toContain(`${PAY_DUE_DAYS} 天以内为及时发放`);
    expect(daysToPay.caption(s)).toBe(`按笔计，及时发放率为 91.7%（务工月份结束后 ${PAY_DUE_DAYS} 天内发放到本人）。`);
  });
});
