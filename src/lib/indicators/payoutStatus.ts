import type { PayoutMonth } from '../../schemas/payoutMonth.ts';

export type MonthStatus = 'onTime' | 'late' | 'partlyUnpaid' | 'overdue';

/**
 * A project-month's payment status for residents: 按时发放, 逾期发放 (all paid, some after PAY_DUE_DAYS),
 * 部分未发放 (some not yet paid, still within PAY_DUE_DAYS), 逾期未发放 (some unpaid after PAY_DUE_DAYS).
 */
export function monthStatus(m: Pick<PayoutMonth, 'unpaidRows' | 'overdueRows' | 'latePaidRows'>): MonthStatus {
  if (m.overdueRows > 0) return 'overdue';
  if (m.unpaidRows > 0) return 'partlyUnpaid';
  return m.latePaidRows > 0 ? 'late' : 'onTime';
}

export const MONTH_STATUS_LABEL: Record<MonthStatus, string> = {
  onTime: '按时发放',
  late: '逾期发放',
  partlyUnpaid: '部分未发放',
  overdue: '逾期未发放',
};
