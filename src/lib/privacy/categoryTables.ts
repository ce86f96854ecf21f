/**
 * The 人员类别 counts the site publishes, as one linked system: each project's breakdown (row total =
 * its published number of workers), each year's totals by category (row total = the year's workers),
 * and the all-years totals. Suppressed jointly, so no count of 1–4 can be worked out from any mix of
 * project pages, year pages and the all-years page.
 */
import { type Constraint, type Mark, suppress } from './suppress.ts';

export interface YearCounts {
  year: number;
  /** projects × categories */
  rows: number[][];
}

export interface CategoryMarks {
  /** [year][project][category] */
  projects: Mark[][][];
  /** [year][category] */
  years: Mark[][];
  /** [category] */
  all: Mark[];
}

export function suppressCategoryTables(input: YearCounts[], categories: number): CategoryMarks {
  const values: number[] = [];
  const cost: number[] = [];
  const add = (v: number, c: number) => (values.push(v), cost.push(c), values.length - 1);
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

  const cellIds = input.map((y) => y.rows.map((r) => r.map((v) => add(v, 0))));
  const yearTotals = input.map((y) => Array.from({ length: categories }, (_, j) => sum(y.rows.map((r) => r[j]))));
  const yearIds = yearTotals.map((t) => t.map((v) => add(v, 1)));
  const allTotals = Array.from({ length: categories }, (_, j) => sum(yearTotals.map((t) => t[j])));
  const allIds = allTotals.map((v) => add(v, 2));

  const constraints: Constraint[] = [];
  input.forEach((y, k) => {
    y.rows.forEach((r, i) => constraints.push({ parts: cellIds[k][i], total: { value: sum(r) } }));
    for (let j = 0; j < categories; j++) constraints.push({ parts: cellIds[k].map((r) => r[j]), total: { ref: yearIds[k][j] } });
    constraints.push({ parts: yearIds[k], total: { value: sum(yearTotals[k]) } });
  });
  for (let j = 0; j < categories; j++) constraints.push({ parts: yearIds.map((y) => y[j]), total: { ref: allIds[j] } });
  constraints.push({ parts: allIds, total: { value: sum(allTotals) } });

  const marks = suppress({ values, constraints, cost });
  return {
    projects: cellIds.map((y) => y.map((r) => r.map((id) => marks[id]))),
    years: yearIds.map((y) => y.map((id) => marks[id])),
    all: allIds.map((id) => marks[id]),
  };
}
