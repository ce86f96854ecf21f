/** What a /stats/ page shows for a scope, computed here so the page only lays it out. */
import { allFigures, type Figure } from '../indicators/headline.ts';
import type { Indicators, IndicatorData } from '../indicators/indicators.ts';
import { statsPath } from '../routes.ts';
import { statCharts, type StatChart } from '../stats/charts/index.ts';
import { scopeLabel } from '../stats/scope.ts';

export interface StatsPageView {
  /** "2023年" or "全部年度" */
  label: string;
  figures: Figure[];
  /** 劳务报酬占比 against each project's rule, in words, where a rule applies to some project. */
  payShare: string | undefined;
  charts: StatChart[];
  /** One link per year, then all years; `current` (aria-current) marks this page. */
  nav: Array<{ text: string; href: string; current: 'page' | undefined }>;
}

export function statsPageView(data: IndicatorData, i: Indicators, years: readonly number[]): StatsPageView {
  const { payShare: ps } = i;
  return {
    label: scopeLabel(i.scope),
    figures: allFigures(i),
    payShare: ps.projects
      ? `适用劳务报酬占比要求的项目 ${ps.projects} 个：预计达到要求的 ${ps.met} 个，未达到的 ${ps.notMet} 个` +
        (ps.undetermined ? `，无法判断的 ${ps.undetermined} 个（未填以工代赈资金额，或预计劳务报酬是约数）` : '') +
        '。每个项目适用的要求和占比见项目页。'
      : undefined,
    charts: statCharts(data, i),
    nav: [...years, null].map((y) => ({
      text: scopeLabel(y),
      href: statsPath(y),
      current: i.scope === y ? ('page' as const) : undefined,
    })),
  };
}
