/**
 * Which year and month a training class counts in: the ones its class starts in (培训按开始日期计入年度).
 * Indicators, the chart and its table, and the trainings page all split classes by these two functions.
 */
import type { Training } from '../../schemas/training.ts';
import type { Scope } from './indicators.ts';

/** The year a class counts in. */
export const trainingYear = (t: Pick<Training, 'start'>): number => Number(t.start.slice(0, 4));

/** The month a class counts in, "YYYY-MM". */
export const trainingMonth = (t: Pick<Training, 'start'>): string => t.start.slice(0, 7);

/** The classes that count in a year, or all classes (scope null). */
export function trainingsInScope<T extends Pick<Training, 'start'>>(trainings: readonly T[], scope: Scope): T[] {
  return scope === null ? [...trainings] : trainings.filter((t) => trainingYear(t) === scope);
}
