/** What a /stats/ page shows for a scope, computed here so the page only lays it out. */
import { allFigures, type Figure } from '../indicators/headline.ts';
import type { Indicators, IndicatorData } from '../indicators/indicators.ts';
import { formatRatio } from '../indicators/ratio.ts';
import { yuanText } from '../format.ts';
import { statsPath } from '../routes.ts';
import { statCharts, type StatChart } from '../stats/charts/index.ts';
import { scopeLabel } from '../stats/scope.ts';

export interface StatsPageView {
  /** "2023年" or "全部年度" */
  label: string;
  figures: Figure[];
  /** 劳务报酬占专项资金比例 in words, where some project has such a fund. */
  payShare: { projects: number; plannedPay: string; reliefFund: string; share: string } | undefined;
  charts: StatChart[];
  /** One link per year, then all years; `current` (aria-current) marks this page. */
  nav: Array<{ text: string; href: string; current: 'page' | undefined }>;
}

export function statsPageView(data: IndicatorData, i: Indicators, years: readonly number[]): StatsPageView {
  const { payShare: ps } = i;
  return {
    label: scopeLabel(i.scope),
    figures: allFigures(i),
    payShare: ps.share && {
      projects: ps.projects,
      plannedPay: yuanText(ps.plannedPayFen),
      reliefFund: yuanText(ps.reliefFundFen),
      share: formatRatio(ps.share),
    },
    charts: statCharts(data, i),
    nav: [...years, null].map((y) => ({
      text: scopeLabel(y),
      href: statsPath(y),
      current: i.scope === y ? ('page' as const) : undefined,
    })),
  };
}
