/** How long payouts took: the distribution of days to pay, and the on-time share. */
import { formatRatio } from '../../../indicators/ratio.ts';
import { PAY_DUE_DAYS } from '../../../indicators/payTiming.ts';
import type { Chart } from '../chart.ts';
import { ID, TABLE_DESCRIPTION, TABLE_HEADER, TABLE_TITLE, TITLE } from './constants.ts';
import { drawDaysToPay } from './draw.ts';
import { daysToPayState, type DaysToPayState } from './state.ts';

export const daysToPay: Chart<DaysToPayState> = {
  id: ID,
  state: daysToPayState,
  title: (s) => `${s.label}${TITLE}`,
  caption: (s) =>
    `按笔计，及时发放率为 ${s.timely === undefined ? '无法计算' : formatRatio(s.timely)}（务工月份结束后 ${PAY_DUE_DAYS} 天内发放到本人）。`,
  table: (s) => ({
    title: `${s.label}${TABLE_TITLE}`,
    description: TABLE_DESCRIPTION,
    header: [...TABLE_HEADER],
    rows: s.buckets.map((b) => [b.bucket.label, b.rows]),
  }),
  draw: drawDaysToPay,
};
