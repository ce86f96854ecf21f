/** A project's masked payout list as the page shows it (姓名 already masked by the ingest). */
import type { PayoutList } from '../../schemas/payoutList.ts';
import { chineseDate } from '../dates.ts';
import { hundredths, yuan } from '../format.ts';

export interface PayoutListRow {
  month: string;
  maskedName: string;
  village: string;
  days: string;
  due: string;
  /** 实发, "—" while unpaid. */
  paid: string;
  /** 发放日期, "未发放" while unpaid. */
  paidOn: string;
  unpaid: boolean;
}

export function payoutListRows(rows: PayoutList['rows']): PayoutListRow[] {
  return rows.map((r) => ({
    month: r.month,
    maskedName: r.maskedName,
    village: r.village,
    days: hundredths(r.workDaysHundredths),
    due: yuan(r.dueFen),
    paid: r.paidOn ? yuan(r.paidFen) : '—',
    paidOn: r.paidOn ? chineseDate(r.paidOn) : '未发放',
    unpaid: !r.paidOn,
  }));
}
