/**
 * The table behind every chart on /stats/, for the /data/ downloads: the very tables the page shows under
 * the charts (charts/index.ts), so the picture, the table and the download cannot disagree.
 */
import type { Table } from '../downloads/table.ts';
import type { Indicators, IndicatorData } from '../indicators/indicators.ts';
import { statCharts, type ChartId } from './charts/index.ts';

export function chartTables(data: IndicatorData, i: Indicators): Record<ChartId, Table> {
  return Object.fromEntries(statCharts(data, i).map((c) => [c.id, c.table])) as Record<ChartId, Table>;
}
