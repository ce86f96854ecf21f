import type { PayoutMonth } from '../../schemas/payoutMonth.ts';

export type MonthStatus = 'onTime' | 'late' | 'partlyUnpaid' | 'unpaid' | 'overdue';

type MonthCounts = Pick<PayoutMonth, 'rows' | 'unpaidRows' | 'overdueRows' | 'latePaidRows'>;

/**
 * A project-month's payment status for residents: 按时发放, 逾期发放 (all paid, some after PAY_DUE_DAYS),
 * 部分未发放 (some paid, the rest not yet, still within PAY_DUE_DAYS), 未发放 (nothing paid yet, still within
 * PAY_DUE_DAYS), 逾期未发放 (some or all unpaid after PAY_DUE_DAYS).
 */
export function monthStatus(m: MonthCounts): MonthStatus {
  if (m.overdueRows > 0) return 'overdue';
  if (m.unpaidRows > 0) return m.unpaidRows >= m.rows ? 'unpaid' : 'partlyUnpaid';
  return m.latePaidRows > 0 ? 'late' : 'onTime';
}

export const MONTH_STATUS_LABEL: Record<MonthStatus, string> = {
  onTime: '按时发放',
  late: '逾期发放',
  partlyUnpaid: '部分未发放',
  unpaid: '未发放',
  overdue: '逾期未发放',
};

/**
 * The status as the pay table states it: the label, and how many rows are unpaid only when some of the month
 * was paid (a month paid to nobody is simply 未发放, never "部分未发放（17 笔未发）").
 */
export function monthStatusText(m: MonthCounts): string {
  const label = MONTH_STATUS_LABEL[monthStatus(m)];
  return m.unpaidRows > 0 && m.unpaidRows < m.rows ? `${label}（${m.unpaidRows} 笔未发）` : label;
}
