/**
 * Small-cell suppression over linked tables of counts (e.g. projects × 人员类别, years × 人员类别 and
 * their totals), audited jointly: a reader who sees every published table together must not be able
 * to work out any count of 1–4 exactly.
 *
 * Primary: every count of 1–4 is shown as "<5". Secondary: while any such count can still be pinned
 * down from what is shown, hide more values next to it — a 0–4 value as "<5" (true: it is below 5), a
 * larger one as "hidden" (不公布, any value). If nothing near a leak is left to hide, "<5" neighbours
 * become "hidden". The audit assumes the reader knows the rule: "<5" means 0–4, "hidden" any value.
 */

export type Mark = 'shown' | 'lt5' | 'hidden';

export const SMALL = 5;
const isSmall = (v: number) => v >= 1 && v < SMALL;
const markFor = (v: number): Mark => (v < SMALL ? 'lt5' : 'hidden');

/** A sum constraint: the values of `parts` add up to `total` (a published constant, or another value). */
export interface Constraint {
  parts: number[];
  total: { value: number } | { ref: number };
}

export interface System {
  /** True values of the counts that may be published. */
  values: number[];
  constraints: Constraint[];
  /** Cost of hiding each value: lower is hidden first (cells before the totals readers use most). */
  cost: number[];
}

interface Bounds {
  lo: Float64Array;
  hi: Float64Array;
}

/** What a reader can derive: intervals for every value, by propagating the sums to a fixpoint. */
export function deriveBounds(sys: System, marks: readonly Mark[]): Bounds {
  const n = sys.values.length;
  const cap = sys.constraints.reduce((a, c) => ('value' in c.total ? Math.max(a, c.total.value) : a), 0) + SMALL;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    if (marks[v] === 'shown') lo[v] = hi[v] = sys.values[v];
    else hi[v] = marks[v] === 'lt5' ? SMALL - 1 : cap;
  }
  const uses: number[][] = Array.from({ length: n }, () => []);
  sys.constraints.forEach((c, k) => {
    for (const p of c.parts) uses[p].push(k);
    if ('ref' in c.total) uses[c.total.ref].push(k);
  });
  const queued = new Uint8Array(sys.constraints.length).fill(1);
  const queue = sys.constraints.map((_, k) => k);
  const set = (v: number, l: number, h: number) => {
    if (l <= lo[v] && h >= hi[v]) return;
    lo[v] = Math.max(lo[v], l);
    hi[v] = Math.min(hi[v], h);
    for (const k of uses[v])
      if (!queued[k]) {
        queued[k] = 1;
        queue.push(k);
      }
  };
  while (queue.length) {
    const k = queue.pop()!;
    queued[k] = 0;
    const c = sys.constraints[k];
    let sumLo = 0;
    let sumHi = 0;
    for (const p of c.parts) {
      sumLo += lo[p];
      sumHi += hi[p];
    }
    const tLo = 'value' in c.total ? c.total.value : lo[c.total.ref];
    const tHi = 'value' in c.total ? c.total.value : hi[c.total.ref];
    for (const p of c.parts) set(p, tLo - (sumHi - hi[p]), tHi - (sumLo - lo[p]));
    if ('ref' in c.total) set(c.total.ref, sumLo, sumHi);
  }
  return { lo, hi };
}

/** Values of 1–4 that a reader can pin down exactly. */
export function leaks(sys: System, marks: readonly Mark[]): number[] {
  const { lo, hi } = deriveBounds(sys, marks);
  return sys.values.flatMap((v, i) => (isSmall(v) && lo[i] === hi[i] ? [i] : []));
}

export function suppress(sys: System): Mark[] {
  const marks: Mark[] = sys.values.map((v) => (isSmall(v) ? 'lt5' : 'shown'));
  // The constraints each value takes part in; neighbours are found through them (a column of thousands
  // of projects would make an explicit neighbour list quadratic).
  const uses: number[][] = sys.values.map(() => []);
  sys.constraints.forEach((c, k) => {
    for (const p of c.parts) uses[p].push(k);
    if ('ref' in c.total) uses[c.total.ref].push(k);
  });
  const better = (a: number, b: number) => sys.cost[b] < sys.cost[a] || (sys.cost[b] === sys.cost[a] && sys.values[b] < sys.values[a]);
  // A value in a sum whose published total is 0 stays pinned at 0 however it is marked: hiding it protects nothing.
  const zeroTotal = (k: number) => {
    const t = sys.constraints[k].total;
    return 'value' in t ? t.value === 0 : marks[t.ref] === 'shown' && sys.values[t.ref] === 0;
  };
  const useless = (b: number) => uses[b].some(zeroTotal);

  // Each round hides one value for every leak, then audits again; every round hides something, so it ends.
  for (;;) {
    const { lo, hi } = deriveBounds(sys, marks);
    const found = sys.values.flatMap((v, i) => (isSmall(v) && lo[i] === hi[i] ? [i] : []));
    if (found.length === 0) return marks;
    let progressed = false;
    for (const v of found) {
      // A leak travels through hidden values that are themselves pinned: look for shown values along that
      // chain, nearest first (a level at a time, stopping at the first level that offers one).
      const seen = new Set([v]);
      let level = [v];
      let pick = -1;
      let fallback = -1; // a value that helps only together with others (e.g. a 0 in a column totalling 0)
      const consider = (b: number, next: number[]) => {
        if (marks[b] === 'shown') {
          if (useless(b)) {
            if (fallback < 0 || better(fallback, b)) fallback = b;
          } else if (pick < 0 || better(pick, b)) pick = b;
        } else if (!seen.has(b) && lo[b] === hi[b]) {
          seen.add(b);
          next.push(b);
        }
      };
      while (level.length && pick < 0) {
        const next: number[] = [];
        for (const u of level)
          for (const k of uses[u]) {
            const c = sys.constraints[k];
            for (const b of c.parts) if (b !== u) consider(b, next);
            if ('ref' in c.total && c.total.ref !== u) consider(c.total.ref, next);
          }
        level = next;
      }
      if (pick < 0) pick = fallback;
      if (pick >= 0) {
        // Cheapest first, then the smallest value: hiding a 0 or a small count loses the least.
        marks[pick] = markFor(sys.values[pick]);
        progressed = true;
        continue;
      }
      // Everything along the chain is hidden already: "<5" still bounds too tightly there, so say nothing.
      for (const b of seen)
        if (marks[b] === 'lt5') {
          marks[b] = 'hidden';
          progressed = true;
        }
    }
    // Unreachable with published row totals (hiding everything leaves each value free), but never loop forever.
    if (!progressed) throw new Error('suppression could not protect the table');
  }
}

export interface SuppressedTable {
  /** Marks for the cells, rows × columns. */
  cells: Mark[][];
  /** Marks for the column totals. Row totals and the grand total are always shown. */
  colTotals: Mark[];
}

/** A table whose row totals are published: cells, column totals (values) and their sums as a System. */
export function tableSystem(counts: number[][]): { sys: System; cell: (i: number, j: number) => number; colTotal: (j: number) => number } {
  const rows = counts.length;
  const cols = rows ? counts[0].length : 0;
  const cell = (i: number, j: number) => i * cols + j;
  const colTotal = (j: number) => rows * cols + j;
  const colSums = Array.from({ length: cols }, (_, j) => counts.reduce((a, r) => a + r[j], 0));
  const values = [...counts.flat(), ...colSums];
  const constraints: Constraint[] = [
    ...counts.map((r, i) => ({ parts: r.map((_, j) => cell(i, j)), total: { value: r.reduce((a, b) => a + b, 0) } })),
    ...colSums.map((_, j) => ({ parts: counts.map((_, i) => cell(i, j)), total: { ref: colTotal(j) } })),
    { parts: colSums.map((_, j) => colTotal(j)), total: { value: colSums.reduce((a, b) => a + b, 0) } },
  ];
  const cost = values.map((_, v) => (v >= rows * cols ? 1 : 0));
  return { sys: { values, constraints, cost }, cell, colTotal };
}

/** Suppresses one table with published row totals (the single-table case of `suppress`). */
export function suppressTable(counts: number[][]): SuppressedTable {
  const { sys, cell, colTotal } = tableSystem(counts);
  const marks = suppress(sys);
  const cols = counts.length ? counts[0].length : 0;
  return { cells: counts.map((r, i) => r.map((_, j) => marks[cell(i, j)])), colTotals: Array.from({ length: cols }, (_, j) => marks[colTotal(j)]) };
}
