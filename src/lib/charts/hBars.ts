/**
 * Horizontal bars, one group per row, for categories with long Chinese names (街道, 行业领域, projects):
 * the label sits on its own line above the bars so it fits a 360 px phone. d3 gives the scale only.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { chartSvg, h, type SvgNode } from './svg.ts';

export interface HBarSeries {
  name: string;
  /** CSS class of the bars (colour comes from the stylesheet, so print and screen can differ). */
  className: string;
}

export interface HBarRow {
  label: string;
  /** One value per series; null draws no bar (e.g. a suppressed count). */
  values: Array<number | null>;
  /** Text at the end of each bar, e.g. "27.07 万元" or "<5". */
  display: string[];
}

export interface HBarInput {
  id: string;
  title: string;
  desc: string;
  series: HBarSeries[];
  rows: HBarRow[];
}

export const LABEL_H = 20;
export const BAR_H = 14;
export const ROW_GAP = 12;
const VALUE_W = 86;

export function hBarLayout(input: HBarInput, width: number) {
  const n = input.series.length;
  const rowH = LABEL_H + n * (BAR_H + 3) + ROW_GAP;
  const legendH = n > 1 ? 24 : 0;
  const top = legendH + 4;
  const x = scaleLinear()
    .domain([0, max(input.rows.flatMap((r) => r.values.filter((v): v is number => v !== null))) || 1])
    .range([0, width - VALUE_W]);
  return { rowH, top, x, height: top + input.rows.length * rowH };
}

export function hBarChart(input: HBarInput, width: number): SvgNode {
  const { rowH, top, x, height } = hBarLayout(input, width);
  const legend =
    input.series.length > 1
      ? h(
          'g',
          { class: 'legend' },
          input.series.map((s, k) =>
            h(
              'g',
              { transform: `translate(${k * 120},4)` },
              h('rect', { class: s.className, width: 12, height: 12 }),
              h('text', { x: 18, y: 11 }, s.name),
            ),
          ),
        )
      : undefined;
  const rows = input.rows.map((r, i) =>
    h(
      'g',
      { transform: `translate(0,${top + i * rowH})` },
      h('text', { class: 'label', y: 14 }, r.label),
      r.values.map((v, k) => {
        const y = LABEL_H + k * (BAR_H + 3);
        const w = v === null ? 0 : Math.max(v > 0 ? 1 : 0, x(v));
        return h(
          'g',
          {},
          w > 0 ? h('rect', { class: input.series[k].className, x: 0, y, width: w, height: BAR_H }) : undefined,
          h('text', { class: 'value', x: w + 4, y: y + BAR_H - 3 }, r.display[k]),
        );
      }),
    ),
  );
  return chartSvg(input.id, width, height, input.title, input.desc, ...(legend ? [legend] : []), ...rows);
}
