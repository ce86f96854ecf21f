import { columnChart } from '../../../charts/columns.ts';
import type { SvgNode } from '../../../charts/svg.ts';
import { wan, yuanText } from '../../../format.ts';
import { BAR_NAME, LINE_NAME, REFERENCE_NAME, SVG_TITLE } from './constants.ts';
import type { MonthlyPayState } from './state.ts';

/** Columns of pay per work month, the running total as a line, the planned total as a reference line. */
export function drawMonthlyPay(s: MonthlyPayState, width: number, id: string): SvgNode {
  return columnChart(
    {
      id,
      title: `${s.label}${SVG_TITLE}`,
      desc: `柱为各务工月份发放额，折线为累计发放额，横线为预计劳务报酬 ${yuanText(s.plannedPayFen)}。`,
      // One year: "05"; all years: "2023-05".
      bars: s.months.map((m) => ({ label: m.month.slice(s.scope === null ? 0 : 5), value: m.paidFen })),
      format: (v) => `${wan(v).replace(/\.00$/, '')}万`,
      barName: BAR_NAME,
      line: { name: LINE_NAME, values: s.months.map((m) => m.cumulativeFen) },
      reference: { name: REFERENCE_NAME, value: s.plannedPayFen },
    },
    width,
  );
}
