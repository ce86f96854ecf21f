/**
 * /trainings/ at a province's scale: when there are more classes than one page holds, each year's classes move to
 * pages of their own (/trainings/<年>/, /trainings/<年>/2/ …), in ledger order, at most TRAINING_PAGE_ROWS a page,
 * and /trainings/ keeps the totals per year with links to them. A district that fits keeps every class on
 * /trainings/.
 */
import type { Training } from '../../schemas/training.ts';
import { trainingYear } from '../indicators/trainings.ts';
import { groupBy } from '../lookup.ts';
import { trainingYearPath } from '../routes.ts';
import { rowBudget } from './paging.ts';

/** Most classes on one page: a class row is about 150 bytes gzipped. */
export const TRAINING_PAGE_ROWS = 500;

export interface TrainingPage {
  year: number;
  part: number;
  parts: number;
  path: string;
  /** "2024年" or "2024年 第 2 页" */
  label: string;
  classes: Training[];
}

/** The year pages, newest year first; none when every class fits /trainings/ itself. */
export function trainingPages(trainings: readonly Training[], rows = rowBudget(TRAINING_PAGE_ROWS)): TrainingPage[] {
  if (trainings.length <= rows) return [];
  const byYear = groupBy(trainings, trainingYear);
  return [...byYear.keys()]
    .sort((a, b) => b - a)
    .flatMap((year) => {
      const classes = byYear.get(year)!;
      const parts = Math.ceil(classes.length / rows);
      return Array.from({ length: parts }, (_, k) => ({
        year,
        part: k + 1,
        parts,
        path: trainingYearPath(year, k + 1),
        label: parts === 1 ? `${year}年` : `${year}年 第 ${k + 1} 页`,
        classes: classes.slice(k * rows, (k + 1) * rows),
      }));
    });
}
