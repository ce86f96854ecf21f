import { formatRatio, type Ratio } from './ratio.ts';
import { int, wan } from '../format.ts';
import { divRound } from './indicators.ts';
import { INDICATORS, type IndicatorKey } from './definitions.ts';
import type { Indicators } from './indicators.ts';

export interface Figure {
  /** Stable key: the anchor of its definition on the methodology page. */
  key: IndicatorKey;
  label: string;
  /** The number as shown, or "—" where it cannot be stated (no data, or suppressed). */
  value: string;
  unit: string;
  /** The /data/ file that reproduces it. */
  download: string;
  /** A caveat printed with the figure, e.g. that a total includes approximate plans. */
  note?: string;
}

const figure = (key: IndicatorKey, value: string | undefined): Figure => {
  const d = INDICATORS[key];
  return {
    key,
    label: d.label,
    unit: value === undefined ? '' : d.unit.replace('%', ''),
    value: value ?? '—',
    download: d.download,
  };
};
const pct = (r: Ratio | undefined) => (r === undefined ? undefined : formatRatio(r));

/** The five programme figures the district reports, plus the money paid (home page). */
export function headlineFigures(i: Indicators): Figure[] {
  return [
    figure('projects', int(i.projects)),
    figure('workers', int(i.workersPlaced)),
    figure('paid', wan(i.paidFen)),
    figure('classes', int(i.trainings.classes)),
    figure('hours', int(i.trainings.hours)),
    figure('trainees', int(i.trainings.trainees)),
  ];
}

/** Every indicator (the statistics pages). */
export function allFigures(i: Indicators): Figure[] {
  return [
    ...headlineFigures(i).slice(0, 3),
    // An average to the whole 元 (half up): 分 would claim a precision an average does not have.
    // Straight from 分 (not from the rounded perCapitaFen, which would round twice).
    figure('perCapita', i.perCapitaFen === undefined ? undefined : int(divRound(i.paidFen, i.workersPlaced * 100)!)),
    {
      ...figure('completion', pct(i.completion)),
      ...(i.plannedStated.pay > 0 && { note: `${i.plannedStated.pay} 个项目的预计劳务报酬是下限或约数` }),
    },
    figure('payShare', pct(i.payShare.share)),
    figure('timely', pct(i.timely)),
    ...headlineFigures(i).slice(3),
    figure('povertyShare', pct(i.povertyShare)),
    figure('monitoredShare', pct(i.monitoredShare)),
  ];
}

/**
 * The home page's headline year: `configured` (site.json headlineYear) when it is a year of the data; otherwise
 * the latest year with recorded workers or pay. Notices named after the next year (“2026年提前批”) bring a year
 * with projects but nothing done yet, and a headline of zeros would misreport the programme. With no year done
 * yet, the latest year (its projects are still news).
 */
export function headlineYear(
  years: readonly number[],
  byYear: ReadonlyMap<number | null, Indicators>,
  configured?: number,
): number | undefined {
  if (configured !== undefined && years.includes(configured)) return configured;
  const done = years.filter((y) => {
    const i = byYear.get(y);
    return i !== undefined && (i.workersPlaced > 0 || i.paidFen > 0);
  });
  return done.at(-1) ?? years.at(-1);
}
