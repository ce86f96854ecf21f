import { describe, expect, it } from 'vitest';
import {
  computeIndicators,
  divRound,
  groupProjects,
  paidByMonth,
  trainingsByPeriod,
} from '../../src/lib/indicators/indicators.ts';
import { formatRatio, ratio } from '../../src/lib/indicators/ratio.ts';
import { allFigures, headlineFigures } from '../../src/lib/indicators/headline.ts';
import { bucketOf, bucketsText, DAYS_TO_PAY_BUCKETS, PAY_DUE_DAYS } from '../../src/lib/indicators/payTiming.ts';
import { trainingMonth, trainingsInScope, trainingYear } from '../../src/lib/indicators/trainings.ts';
import { fixture } from '../helpers/indicatorFixture.ts';

const data = fixture;

describe('indicators for 2023', () => {
  const i = computeIndicators(data, 2023);
  it('counts projects, workers, planned and paid pay', () => {
    expect(i.projects).toBe(2);
    expect(i.workersPlaced).toBe(15); // 10 + 5
    expect(i.plannedWorkers).toBe(17); // 12 + 5
    expect(i.plannedPayFen).toBe(14_000_000); // 10 万 + 4 万
    expect(i.paidFen).toBe(10_000_000); // 6 万 + 4 万
  });
  it('人均 = 100,000 元 ÷ 15 人 = 6,666.666… → 6,666.67 元', () => expect(i.perCapitaFen).toBe(666_667));
  it('发放进度 = 10 ÷ 14 = 71.43%', () => expect(i.completion).toEqual({ num: 10_000_000, den: 14_000_000 }));
  it('达标率 counts only projects a rule applies to: P1 meets its 30% (P2 has no rule)', () => {
    expect(i.payShare).toEqual({ projects: 1, met: 1, notMet: 0, undetermined: 0, share: { num: 1, den: 1 } });
  });
  it('及时发放率 = 22 timely ÷ (25 rows − 1 pending) = 91.67%', () => {
    expect(i.payouts).toEqual({ rows: 25, timely: 22, latePaid: 1, unpaid: 2, overdue: 1, pending: 1 });
    expect(i.timely).toEqual({ num: 22, den: 24 });
  });
  it('adds the days-to-pay buckets', () => expect(i.daysToPay).toEqual([14, 8, 0, 1, 0, 0]));
  it('counts trainings by the year they start: 2 classes, 64 hours, 50 trainees', () =>
    expect(i.trainings).toEqual({ classes: 2, hours: 64, trainees: 50 }));
  it('gives a share only for a published count of 5 or more: 6 ÷ 15 = 40%; "<5" gives none', () => {
    expect(i.povertyShare).toEqual({ num: 6, den: 15 });
    expect(i.monitoredShare).toBeUndefined();
  });
});

describe('indicators for all years', () => {
  const i = computeIndicators(data, null);
  it('adds the years', () => {
    expect(i.projects).toBe(3);
    expect(i.workersPlaced).toBe(18);
    expect(i.perCapitaFen).toBe(555_556); // 100,000 元 ÷ 18 = 5,555.555…
    expect(formatRatio(i.completion!)).toBe('66.7%'); // 10 ÷ 15
    // Judged per project, never pooled: P1 meets 30%, P3 misses its own 60% → 1 of 2.
    expect(i.payShare).toMatchObject({ projects: 2, met: 1, notMet: 1 });
    expect(formatRatio(i.payShare.share!)).toBe('50.0%');
    expect(i.timely).toEqual({ num: 22, den: 24 }); // 22 ÷ (28 − 4)
    expect(i.trainings).toEqual({ classes: 3, hours: 80, trainees: 60 });
  });
  it('states no share without the all-years category totals', () => expect(i.povertyShare).toBeUndefined());
});

describe('helpers', () => {
  it('round half up in integers', () => {
    expect(formatRatio(ratio(1, 8)!)).toBe('12.5%');
    expect(formatRatio(ratio(1, 3)!)).toBe('33.3%');
    expect(formatRatio(ratio(2, 3)!)).toBe('66.7%');
    // rounded once: 0.71245 is 71.2%, not 71.3% (which rounding to basis points first would give)
    expect(formatRatio(ratio(71_245, 100_000)!)).toBe('71.2%');
    expect(ratio(1, 0)).toBeUndefined();
    expect(divRound(5, 2)).toBe(3);
    expect(divRound(7, 0)).toBeUndefined();
  });
  it('groups projects by a field in the given order', () => {
    const of2023 = data.projects.filter((p) => p.year === 2023);
    const rows = groupProjects(
      of2023,
      (p) => p.subdistrict,
      (k) => [...k].sort(),
    );
    expect(rows).toEqual([
      { key: '初家街道', projects: 1, plannedPayFen: 4_000_000, paidFen: 4_000_000, workersPlaced: 5 },
      { key: '解甲庄街道', projects: 1, plannedPayFen: 10_000_000, paidFen: 6_000_000, workersPlaced: 10 },
    ]);
  });
  it('runs a cumulative total of pay by work month', () => {
    expect(
      paidByMonth(
        data.projects.filter((p) => p.year === 2023),
        data.payoutMonths,
      ),
    ).toEqual([
      { month: '2023-05', paidFen: 2_000_000, cumulativeFen: 2_000_000 },
      { month: '2023-06', paidFen: 8_000_000, cumulativeFen: 10_000_000 },
    ]);
  });
  it('groups trainings by month or year', () => {
    expect(trainingsByPeriod(data.trainings, 'year')).toEqual([
      { period: '2023', classes: 2, hours: 64, trainees: 50 },
      { period: '2024', classes: 1, hours: 16, trainees: 10 },
    ]);
  });
  it('writes the figures as shown, "—" where a figure cannot be stated', () => {
    const f = Object.fromEntries(allFigures(computeIndicators(data, 2023)).map((x) => [x.key, `${x.value}${x.unit}`]));
    expect(f).toMatchObject({
      projects: '2个',
      workers: '15人',
      paid: '10.00万元',
      perCapita: '6,667元',
      completion: '71.4%',
      payShare: '100.0%',
      timely: '91.7%',
      povertyShare: '40.0%',
      monitoredShare: '—',
    });
    const keys = headlineFigures(computeIndicators(data, 2023)).map((x) => x.key);
    expect(keys).toEqual(['projects', 'workers', 'paid', 'classes', 'hours', 'trainees']);
  });
});

describe('one rule per question', () => {
  it('a class counts in the year and month it starts, whenever it ends', () => {
    const t = { start: '2023-12-28', end: '2024-01-05' };
    expect(trainingYear(t)).toBe(2023);
    expect(trainingMonth(t)).toBe('2023-12');
    expect(trainingsInScope(data.trainings, 2024).map((x) => x.id)).toEqual(['T3']);
    expect(trainingsInScope(data.trainings, null)).toHaveLength(3);
  });
  it('writes the bucket labels from their limits, the due limit among them', () => {
    const labels = DAYS_TO_PAY_BUCKETS.map((b) => b.label);
    expect(labels).toEqual(['10 天内', '11–20 天', '21–30 天', '31–45 天', '46–60 天', '60 天以上']);
    expect(DAYS_TO_PAY_BUCKETS.some((b) => b.max === PAY_DUE_DAYS)).toBe(true);
    expect(bucketsText()).toBe('10 天内、11–20、21–30、31–45、46–60、60 天以上六档');
    expect([0, 10, 11, PAY_DUE_DAYS, PAY_DUE_DAYS + 1, 60, 61, 400].map(bucketOf)).toEqual([0, 0, 1, 2, 3, 4, 5, 5]);
  });
});
