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
  /** Workers per project (published). Without overlap each equals its row's sum; with overlap it may be less. */
  sizes?: number[];
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

/**
 * `overlap`: a person may belong to several categories (the site says so). Then a group's categories no longer
 * add up to its size; what every reader still knows is that each category count is at most the group's size and
 * that the counts add up to at least it (everyone belongs to some category). The sum of a group's counts is
 * modelled as a secret value with those bounds, so the audit is as strong as a reader who knows this.
 */
export async function suppressCategoryTables(
  input: YearCounts[],
  categories: number,
  overlap = false,
): Promise<CategoryMarks> {
  const values: number[] = [];
  const cost: number[] = [];
  const lower: number[] = [];
  const upper: number[] = [];
  const secret: boolean[] = [];
  const add = (v: number, c: number, bounds: { lo?: number; hi?: number; secret?: boolean } = {}) => {
    values.push(v);
    cost.push(c);
    lower.push(bounds.lo ?? 0);
    upper.push(bounds.hi ?? Infinity);
    secret.push(bounds.secret ?? false);
    return values.length - 1;
  };
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const sizesOf = (y: YearCounts) => y.sizes ?? y.rows.map(sum);
  const cap = (size: number) => (overlap ? size : Infinity);

  const cellIds = input.map((y) => {
    const sizes = sizesOf(y);
    return y.rows.map((r, i) => r.map((v) => add(v, 0, { hi: cap(sizes[i]) })));
  });
  const yearSizes = input.map((y) => sum(sizesOf(y)));
  const yearTotals = input.map((y) => Array.from({ length: categories }, (_, j) => sum(y.rows.map((r) => r[j]))));
  const yearIds = yearTotals.map((t, k) => t.map((v) => add(v, 1, { hi: cap(yearSizes[k]) })));
  const allSize = sum(yearSizes);
  const allTotals = Array.from({ length: categories }, (_, j) => sum(yearTotals.map((t) => t[j])));
  const allIds = allTotals.map((v) => add(v, 2, { hi: cap(allSize) }));

  const constraints: Constraint[] = [];
  const groups: Group[] = [];
  const group = (cells: number[], size: number) => {
    groups.push({ cells, size });
    if (!overlap || size === 0) return void constraints.push({ parts: cells, total: { value: size } });
    const memberships = sum(cells.map((c) => values[c]));
    const total = add(memberships, 3, { lo: size, hi: size * categories, secret: true });
    constraints.push({ parts: cells, total: { ref: total } });
  };
  input.forEach((y, k) => {
    const sizes = sizesOf(y);
    y.rows.forEach((_, i) => group(cellIds[k][i], sizes[i]));
    for (let j = 0; j < categories; j++)
      constraints.push({ parts: cellIds[k].map((r) => r[j]), total: { ref: yearIds[k][j] } });
    group(yearIds[k], yearSizes[k]);
  });
  for (let j = 0; j < categories; j++) constraints.push({ parts: yearIds.map((y) => y[j]), total: { ref: allIds[j] } });
  group(allIds, allSize);

  const sys = { values, constraints, cost, groups, ...(overlap && { lower, upper, secret }) };
  const { marks, solves } = await suppressSystem(sys);
  return {
    projects: cellIds.map((y) => y.map((r) => r.map((id) => marks[id]))),
    years: yearIds.map((y) => y.map((id) => marks[id])),
    all: allIds.map((id) => marks[id]),
    solves,
  };
}
