import { columnChart } from '../../../charts/columns.ts';
import type { SvgNode } from '../../../charts/svg.ts';
import { int } from '../../../format.ts';
import { BAR_NAME, HEIGHT, SVG_DESC, SVG_TITLE } from './constants.ts';
import type { DaysToPayState } from './state.ts';

/** One column per bucket of days to pay. */
export function drawDaysToPay(s: DaysToPayState, width: number, id: string): SvgNode {
  return columnChart(
    {
      id,
      title: `${s.label}${SVG_TITLE}`,
      desc: SVG_DESC,
      bars: s.buckets.map((b) => ({ label: b.bucket.short, value: b.rows })),
      format: (v) => int(v),
      barName: BAR_NAME,
    },
    width,
    HEIGHT,
  );
}
