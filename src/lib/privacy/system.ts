/**
 * The published counts of one kind (e.g. workers by 人员类别) as a linear system a reader can solve:
 * every count is a value; every published sum is a constraint; every published group of people (a
 * project's workers, a year's workers) is a group whose size is public. Suppression decides which
 * values are withheld; the audit proves that no withheld value can be worked out.
 */

/** How a count is published. */
export type Mark = 'shown' | 'lt5' | 'hidden';

/** A sum constraint: the values of `parts` add up to `total` (a published constant, or another value). */
export interface Constraint {
  parts: number[];
  total: { value: number } | { ref: number };
}

/** A published group of people: the values that break it down (one per category) and its public size. */
export interface Group {
  cells: number[];
  size: number;
}

export interface System {
  /** True values of the counts that may be published. */
  values: number[];
  constraints: Constraint[];
  /** Cost of withholding each value: lower is withheld first (cells before the totals readers use most). */
  cost: number[];
  /** Groups of people whose breakdown is published (drives the primary rule). */
  groups: Group[];
  /**
   * Bounds every reader knows besides the marks (default 0 and none): with overlapping categories a
   * category count cannot exceed its group's size, and a group's memberships are at least its size.
   */
  lower?: number[];
  upper?: number[];
  /** Values never published (a group's memberships when categories overlap): always withheld, never audited. */
  secret?: boolean[];
}

/** For each value, the constraints it takes part in (as a part or as the total). */
export function usesOf(sys: System): number[][] {
  const uses: number[][] = sys.values.map(() => []);
  sys.constraints.forEach((c, k) => {
    for (const p of c.parts) uses[p].push(k);
    if ('ref' in c.total) uses[c.total.ref].push(k);
  });
  return uses;
}

/** The members of a constraint: its parts and, when the total is another value, that value. */
export function membersOf(c: Constraint): number[] {
  return 'ref' in c.total ? [...c.parts, c.total.ref] : c.parts;
}

/**
 * A table whose row totals are published: cells, column totals and their sums as a System. The rows
 * are groups, and so is the row of column totals (its size, the grand total, is published).
 */
export function tableSystem(counts: number[][]): {
  sys: System;
  cell: (i: number, j: number) => number;
  colTotal: (j: number) => number;
} {
  const rows = counts.length;
  const cols = rows ? counts[0].length : 0;
  const cell = (i: number, j: number) => i * cols + j;
  const colTotal = (j: number) => rows * cols + j;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const colSums = Array.from({ length: cols }, (_, j) => sum(counts.map((r) => r[j])));
  const values = [...counts.flat(), ...colSums];
  const constraints: Constraint[] = [
    ...counts.map((r, i) => ({ parts: r.map((_, j) => cell(i, j)), total: { value: sum(r) } })),
    ...colSums.map((_, j) => ({ parts: counts.map((_, i) => cell(i, j)), total: { ref: colTotal(j) } })),
    { parts: colSums.map((_, j) => colTotal(j)), total: { value: sum(colSums) } },
  ];
  const groups: Group[] = [
    ...counts.map((r, i) => ({ cells: r.map((_, j) => cell(i, j)), size: sum(r) })),
    { cells: colSums.map((_, j) => colTotal(j)), size: sum(colSums) },
  ];
  const cost = values.map((_, v) => (v >= rows * cols ? 1 : 0));
  return { sys: { values, constraints, cost, groups }, cell, colTotal };
}
