/** The trainings page: totals per year, and each year's classes, split by the year a class counts in. */
import type { Training } from '../../schemas/training.ts';
import { chineseDate } from '../dates.ts';
import { int } from '../format.ts';
import { trainingsByPeriod } from '../indicators/indicators.ts';
import { trainingYear } from '../indicators/trainings.ts';
import { groupBy } from '../lookup.ts';

export interface TrainingsPageView {
  /** Newest year first. */
  totals: Array<{ year: string; classes: string; hours: string; trainees: string }>;
  /** Newest year first, classes in ledger order. */
  years: Array<{ year: number; classes: Training[] }>;
}

export function trainingsPageView(trainings: readonly Training[]): TrainingsPageView {
  const byYear = groupBy(trainings, trainingYear);
  return {
    totals: trainingsByPeriod(trainings, 'year')
      .reverse()
      .map((y) => ({ year: y.period, classes: int(y.classes), hours: int(y.hours), trainees: int(y.trainees) })),
    years: [...byYear.keys()].sort((a, b) => b - a).map((year) => ({ year, classes: byYear.get(year)! })),
  };
}

/** A class's dates, the end without its year when both fall in one year: "2023年3月6日–3月10日". */
export function trainingDates(start: string, end: string): string {
  if (start === end) return chineseDate(start);
  const to = chineseDate(end);
  return `${chineseDate(start)}–${start.slice(0, 4) === end.slice(0, 4) ? to.slice(to.indexOf('年') + 1) : to}`;
}
