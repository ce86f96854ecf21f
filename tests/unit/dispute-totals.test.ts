/** Dispute totals (src/lib/disputes/totals.ts), worked out by hand. */
import { describe, expect, it } from 'vitest';
import { daysBetween, disputeTotals, median, type DisputeFacts } from '../../src/lib/disputes/totals.ts';

const d = (projectId: string, category: string, receivedOn: string, settledOn?: string): DisputeFacts => ({
  projectId,
  category,
  receivedOn,
  settledOn,
});

// As of 2024-03-31. Days to settle: 5 (1-01→1-06), 14 (1-10→1-24), 40 (2-01→3-12), 3 (2023-12-30→2024-01-02).
const ROWS = [
  d('P-1', '欠薪', '2024-01-01', '2024-01-06'),
  d('P-1', '欠薪', '2024-01-10', '2024-01-24'),
  d('P-1', '安全', '2024-02-01', '2024-03-12'),
  d('P-2', '欠薪', '2024-02-20'), // open 41 days: overdue
  d('P-2', '其他', '2024-03-15'), // open 16 days
  d('P-2', '工资标准', '2023-12-30', '2024-01-02'),
];
const t = disputeTotals(ROWS, '2024-03-31');
const row = (id: string) => t.find((r) => r.id === id);

describe('dispute totals', () => {
  it('counts days across month and year ends', () => {
    expect(daysBetween('2024-02-01', '2024-03-12')).toBe(40); // 2024 is a leap year: 28 + 12
    expect(daysBetween('2023-12-30', '2024-01-02')).toBe(3);
  });

  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([14, 5, 40])).toBe(14);
    expect(median([40, 5, 14, 3])).toBe(9.5);
    expect(median([])).toBeNull();
  });

  it('counts a year by 受理日期: received, settled, open, median and longest', () => {
    expect(row('2024_全部')).toEqual({
      id: '2024_全部',
      scope: '年度',
      year: 2024,
      projectId: null,
      category: '全部',
      received: 5,
      settled: 3,
      open: 2,
      openOverdue: 1,
      medianDays: 14, // 5, 14, 40
      longestDays: 40,
    });
    // Received in 2023, settled in 2024: counts in 2023.
    expect(row('2023_全部')).toMatchObject({ received: 1, settled: 1, open: 0, medianDays: 3, longestDays: 3 });
    expect(row('2024_欠薪')).toMatchObject({ received: 3, settled: 2, open: 1, openOverdue: 1, medianDays: 9.5 });
    expect(row('2024_其他')).toMatchObject({ received: 1, settled: 0, open: 1, openOverdue: 0, medianDays: null });
    expect(row('2024_用工安排')).toBeUndefined();
  });

  it('counts a project over all years', () => {
    expect(row('P-2_全部')).toMatchObject({
      scope: '项目',
      year: null,
      received: 3,
      settled: 1,
      open: 2,
      openOverdue: 1,
      medianDays: 3,
      longestDays: 3,
    });
    expect(row('P-1_全部')).toMatchObject({ received: 3, open: 0, medianDays: 14, longestDays: 40 });
    expect(t.map((r) => r.id)).toEqual([
      '2023_全部',
      '2023_工资标准',
      '2024_全部',
      '2024_欠薪',
      '2024_安全',
      '2024_其他',
      'P-1_全部',
      'P-1_欠薪',
      'P-1_安全',
      'P-2_全部',
      'P-2_欠薪',
      'P-2_工资标准',
      'P-2_其他',
    ]);
  });

  it('flags only after more than 30 days, and a settlement after the data date does not count yet', () => {
    // 2024-03-01 is 31 days before 2024-04-01 (flagged), 2024-03-02 is 30 (not yet).
    const [all] = disputeTotals([d('P', '欠薪', '2024-03-01'), d('P', '欠薪', '2024-03-02')], '2024-04-01');
    expect(all).toMatchObject({ open: 2, openOverdue: 1 });
    const [c] = disputeTotals([d('P', '欠薪', '2024-03-02', '2024-05-01')], '2024-04-01');
    expect(c).toMatchObject({ settled: 0, open: 1, openOverdue: 0 }); // 30 days: not yet
  });
});
