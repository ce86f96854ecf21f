/**
 * The charts of a /stats/ page, in page order. Each implements the Chart interface (chart.ts); the page,
 * its tables and the /data/ downloads all come from statCharts.
 */
import type { Indicators, IndicatorData } from '../../indicators/indicators.ts';
import { byCategory } from './by-category/index.ts';
import { bySector } from './by-sector/index.ts';
import { bySubdistrict } from './by-subdistrict/index.ts';
import { byType } from './by-type/index.ts';
import { defineChart, type AnyChart, type StatChart } from './chart.ts';
import { daysToPay } from './days-to-pay/index.ts';
import { monthlyPay } from './monthly-pay/index.ts';
import { trainings } from './trainings/index.ts';
import { workersPerProject } from './workers-per-project/index.ts';

export type { ChartId, StatChart } from './chart.ts';

export const CHARTS: readonly AnyChart[] = [
  defineChart(monthlyPay),
  defineChart(bySubdistrict),
  defineChart(bySector),
  defineChart(byType),
  defineChart(byCategory),
  defineChart(trainings),
  defineChart(workersPerProject),
  defineChart(daysToPay),
];

export function statCharts(data: IndicatorData, indicators: Indicators): StatChart[] {
  return CHARTS.map((c) => c.make({ data, indicators }));
}
