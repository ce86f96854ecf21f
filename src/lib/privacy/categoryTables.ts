/**
 * The 人员类别 counts the site publishes, as one linked system: each project's breakdown (group size =
 * its published number of workers), each year's totals by category (group size = the year's workers),
 * and the all-years totals. Suppressed and audited jointly, so no withheld count can be worked out from
 * any mix of project pages, year pages, the all-years page and the downloads.
 */
import { type Mark, suppressSystem } from './suppress.ts';
import type { Constraint, Group } from './system.ts';

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
  /** Solver runs the audit made (for the build log). */
  solves: number;
}

export async function suppressCategoryTables(input: YearCounts[], categories: number): Promise<CategoryMarks> {
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
  const groups: Group[] = [];
  const group = (cells: number[], size: number) => {
    constraints.push({ parts: cells, total: { value: size } });
    groups.push({ cells, size });
  };
  input.forEach((y, k) => {
    y.rows.forEach((r, i) => group(cellIds[k][i], sum(r)));
    for (let j = 0; j < categories; j++)
      constraints.push({ parts: cellIds[k].map((r) => r[j]), total: { ref: yearIds[k][j] } });
    group(yearIds[k], sum(yearTotals[k]));
  });
  for (let j = 0; j < categories; j++) constraints.push({ parts: yearIds.map((y) => y[j]), total: { ref: allIds[j] } });
  group(allIds, sum(allTotals));

  const { marks, solves } = await suppressSystem({ values, constraints, cost, groups });
  return {
    projects: cellIds.map((y) => y.map((r) => r.map((id) => marks[id]))),
    years: yearIds.map((y) => y.map((id) => marks[id])),
    all: allIds.map((id) => marks[id]),
    solves,
  };
}
