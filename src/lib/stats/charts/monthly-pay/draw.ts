import { columnChart } from '../../../charts/columns.ts';
import type { SvgNode } from '../../../charts/svg.ts';
import { wan, yuanText } from '../../../format.ts';
import { BAR_NAME, LINE_NAME, REFERENCE_NAME, SVG_TITLE } from './constants.ts';
import type { MonthlyPayState } from './state.ts';

const monthLabel = (month: string, withYear: boolean) =>
  `${withYear ? `${Number(month.slice(0, 4))}年` : ''}${Number(month.slice(5, 7))}月`;

/** Columns of pay per work month, the running total as a line, the planned total as a reference line. */
export function drawMonthlyPay(s: MonthlyPayState, width: number, id: string): SvgNode {
  const manyYears = new Set(s.months.map((m) => m.month.slice(0, 4))).size > 1;
  return columnChart(
    {
      id,
      title: `${s.label}${SVG_TITLE}`,
      desc: `柱为各务工月份发放额，折线为累计发放额，横线为预计劳务报酬 ${yuanText(s.plannedPayFen)}。`,
      // Axis labels in Chinese: "5月", with the year ("2023年5月") only where the months span several years (the
      // labels are also the bars' keys, so they must be unique).
      bars: s.months.map((m) => ({ label: monthLabel(m.month, manyYears), value: m.paidFen })),
      format: (v) => `${wan(v).replace(/\.00$/, '')}万`,
      barName: BAR_NAME,
      line: { name: LINE_NAME, values: s.months.map((m) => m.cumulativeFen) },
      reference: { name: REFERENCE_NAME, value: s.plannedPayFen },
    },
    width,
  );
}
