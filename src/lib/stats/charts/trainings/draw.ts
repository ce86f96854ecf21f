import { columnChart } from '../../../charts/columns.ts';
import type { SvgNode } from '../../../charts/svg.ts';
import { int } from '../../../format.ts';
import { BAR_NAME, HEIGHT, SVG_DESC, SVG_TITLE } from './constants.ts';
import type { TrainingsState } from './state.ts';

/** All years: "2023"; one year: "5月". */
const periodLabel = (s: TrainingsState, period: string) => (s.scope === null ? period : `${Number(period.slice(5))}月`);

/** Trainees per month ("5月") or per year ("2023"). */
export function drawTrainings(s: TrainingsState, width: number, id: string): SvgNode {
  return columnChart(
    {
      id,
      title: `${s.label}${SVG_TITLE}`,
      desc: SVG_DESC,
      bars: s.periods.map((r) => ({ label: periodLabel(s, r.period), value: r.trainees })),
      format: (v) => int(v),
      barName: BAR_NAME,
    },
    width,
    HEIGHT,
  );
}
