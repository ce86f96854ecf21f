/** Pay per work month against the plan. */
import { yuanPlain, yuanText } from '../../../format.ts';
import { formatRatio } from '../../../indicators/ratio.ts';
import type { Chart } from '../chart.ts';
import { ID, MONTH_NOTE, TABLE_DESCRIPTION, TABLE_HEADER, TABLE_TITLE, TITLE } from './constants.ts';
import { drawMonthlyPay } from './draw.ts';
import { monthlyPayState, type MonthlyPayState } from './state.ts';

export const monthlyPay: Chart<MonthlyPayState> = {
  id: ID,
  state: monthlyPayState,
  title: (s) => `${s.label}${TITLE}`,
  caption: (s) => {
    if (!s.months.length) return `${s.label}尚无劳务报酬发放记录。`;
    const share = s.completion === undefined ? '—' : formatRatio(s.completion);
    const stated = s.plannedStated ? `（其中 ${s.plannedStated} 个项目的预计数是下限或约数）` : '';
    return `${s.label}累计发放劳务报酬 ${yuanText(s.paidFen)}，为预计 ${yuanText(s.plannedPayFen)}${stated}的 ${share}。`;
  },
  table: (s) => ({
    title: `${s.label}${TABLE_TITLE}`,
    description: TABLE_DESCRIPTION,
    header: [...TABLE_HEADER],
    rows: s.months.map((m) => [m.month, yuanPlain(m.paidFen), yuanPlain(m.cumulativeFen), yuanPlain(s.plannedPayFen)]),
    notes: [MONTH_NOTE],
  }),
  draw: drawMonthlyPay,
};
