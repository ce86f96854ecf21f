/**
 * The one interface every /stats/ chart implements (in the manner of OWID grapher's chart states): a chart
 * computes its state once per scope, and its drawing, its takeaway and its table all read that state, so
 * the picture, the sentence, the table on the page and the download cannot disagree.
 *
 * A chart lives in its own folder: constants.ts (texts and sizes), state.ts (the one computation),
 * draw.ts (the SVG, through src/lib/charts: d3 for scales and paths only) and index.ts (this interface).
 */
import type { SvgNode } from '../../charts/svg.ts';
import type { Table } from '../../downloads/table.ts';
import type { Indicators, IndicatorData, Scope } from '../../indicators/indicators.ts';
import { scopeName } from '../scope.ts';

export type ChartId =
  | 'monthly-pay'
  | 'by-subdistrict'
  | 'by-sector'
  | 'by-type'
  | 'by-category'
  | 'trainings'
  | 'workers-per-project'
  | 'days-to-pay';

/** What a chart is computed from: the public collections and the scope's indicators (the same numbers). */
export interface ChartInput {
  data: IndicatorData;
  indicators: Indicators;
}

/** Every chart state knows its scope and how to name it ("2023年", "全部年度"). */
export interface ChartState {
  scope: Scope;
  label: string;
}

/** The table under a chart, and its download; the file name is given by the chart's id and scope. */
export type ChartTable = Omit<Table, 'name' | 'notes'> & { notes?: Table['notes'] };

export interface Chart<S extends ChartState> {
  id: ChartId;
  /** The one computation: everything the drawing, the caption and the table show. */
  state(input: ChartInput): S;
  /** The figure's heading. */
  title(s: S): string;
  /** The takeaway, stated as a fact. */
  caption(s: S): string;
  table(s: S): ChartTable;
  /** The SVG at a width; `uid` keeps element ids unique on the page (two widths per chart). */
  draw(s: S, width: number, uid: string): SvgNode;
}

/** A chart made for one scope, as the page and the downloads use it. */
export interface StatChart {
  id: ChartId;
  title: string;
  caption: string;
  table: Table;
  render: (width: number) => SvgNode;
}

/** Computes a chart's state once and derives everything shown from it. */
export function makeChart<S extends ChartState>(chart: Chart<S>, input: ChartInput): StatChart {
  const s = chart.state(input);
  const scope = scopeName(s.scope);
  const { notes = [], ...table } = chart.table(s);
  return {
    id: chart.id,
    title: chart.title(s),
    caption: chart.caption(s),
    table: { name: `charts/${scope}/${chart.id}`, ...table, notes },
    render: (width) => chart.draw(s, width, `c-${scope}-${chart.id}-${width}`),
  };
}

/** A chart with its state type hidden, so charts of different states share one list. */
export interface AnyChart {
  id: ChartId;
  make(input: ChartInput): StatChart;
}

export function defineChart<S extends ChartState>(chart: Chart<S>): AnyChart {
  return { id: chart.id, make: (input) => makeChart(chart, input) };
}
