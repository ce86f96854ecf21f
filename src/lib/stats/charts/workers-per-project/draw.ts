import { hBarChart } from '../../../charts/hBars.ts';
import type { SvgNode } from '../../../charts/svg.ts';
import { SERIES, SVG_DESC, SVG_TITLE } from './constants.ts';
import type { WorkersPerProjectState } from './state.ts';

/** Two bars per project drawn: planned workers and workers placed. */
export function drawWorkersPerProject(s: WorkersPerProjectState, width: number, id: string): SvgNode {
  return hBarChart(
    {
      id,
      title: `${s.label}${SVG_TITLE}`,
      desc: SVG_DESC,
      series: SERIES.map((x) => ({ ...x })),
      rows: s.shown.map((p) => ({
        label: p.name,
        values: [p.plannedWorkers, p.workersPlaced],
        display: [`${p.plannedWorkers} 人`, `${p.workersPlaced} 人`],
      })),
    },
    width,
  );
}
