import { columnChart } from '../../../charts/columns.ts';
import type { SvgNode } from '../../../charts/svg.ts';
import { wan, yuanText } from '../../../format.ts';
import { BAR_NAME, LINE_NAME, REFERENCE_NAME, SVG_TITLE } from './constants.ts';
import type { MonthlyPayState } from './state.ts';

const monthLabel = (month: string, withYear: boolean) =>
  `${withYear ? `${Number(month.slice(0, 4))}年` : ''}${Number(month.slice(5, 7))}月`;

/** Columns of pay per work month, the running total as a line, the planned total as a reference line. */
export function drawMonthlyPay(s: MonthlyPayState, width: number, id: string): SvgNode {
  return columnChart(
    {
      id,
      title: `${s.label}${SVG_TITLE}`,
      desc: `柱为各务工月份发放额，折线为累计发放额，横线为预计劳务报酬 ${yuanText(s.plannedPayFen)}。`,
      // Axis labels in Chinese: one year "5月"; all years "2023年5月" (labels are also the bars' keys: unique).
      bars: s.months.map((m) => ({ label: monthLabel(m.month, s.scope === null), value: m.paidFen })),
      format: (v) => `${wan(v).replace(/\.00$/, '')}万`,
      barName: BAR_NAME,
      line: { name: LINE_NAME, values: s.months.map((m) => m.cumulativeFen) },
      reference: { name: REFERENCE_NAME, value: s.plannedPayFen },
    },
    width,
  );
}
