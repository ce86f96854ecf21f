/**
 * Small-cell suppression over linked tables of counts (e.g. projects × 人员类别, years × 人员类别 and
 * their totals), proven safe by the exact audit (audit.ts): a reader who solves every published
 * number together, as whole numbers, cannot narrow any withheld count to a single value.
 *
 * Primary (rule.ts): a group of 1–4 people withholds its whole breakdown; otherwise counts of 1–4 are
 * "<5", and a count equal to its group's size ("all of them are …") is "—".
 * Secondary: while any withheld value is pinned, withhold more next to it — a 0–4 value as "<5" (true:
 * it is below 5), a larger one as "—".
 */
import { audit } from './audit.ts';
import { isTinyGroup, SMALL } from './rule.ts';
import { type Constraint, type Mark, membersOf, type System, tableSystem, usesOf } from './system.ts';

export { SMALL };
export type { Mark, System, Constraint };

/** Sums with at most this many members are a group's breakdown rather than a long column. */
const SHORT_SUM = 12;

const markFor = (v: number): Mark => (v < SMALL ? 'lt5' : 'hidden');

/**
 * Values a reader already knows are 0: parts of a sum whose total is a published 0 (an empty group, or a
 * category total shown as 0). Withholding one protects nothing, since the sum pins it at 0.
 */
function knownZero(sys: System, marks: readonly Mark[]): Uint8Array {
  const zero = new Uint8Array(sys.values.length);
  for (const c of sys.constraints) {
    const t = c.total;
    if ('value' in t ? t.value === 0 : marks[t.ref] === 'shown' && sys.values[t.ref] === 0)
      for (const p of c.parts) zero[p] = 1;
  }
  return zero;
}

/** The primary rule on each group (rule.ts). */
export function primary(sys: System): Mark[] {
  const marks: Mark[] = sys.values.map((v) => (v >= 1 && v < SMALL ? 'lt5' : 'shown'));
  for (const g of sys.groups) {
    if (isTinyGroup(g.size)) for (const c of g.cells) marks[c] = 'lt5';
    else if (g.size > 0) for (const c of g.cells) if (sys.values[c] === g.size) marks[c] = 'hidden';
  }
  // Show again what a published zero total gives away (zero totals are never withheld by this rule).
  const zero = knownZero(sys, marks);
  return marks.map((m, i) => (sys.secret?.[i] ? 'hidden' : zero[i] ? 'shown' : m));
}

/**
 * A group of 1–4 shows a 0 only where a published zero total gives it away. Once a later round withholds that
 * total, the 0 would tell something about those few people ("none of the two is …"): withhold it as "<5" too.
 * Returns the values newly withheld.
 */
function tinyGroupZeros(sys: System, marks: Mark[]): number[] {
  const zero = knownZero(sys, marks);
  const added: number[] = [];
  for (const g of sys.groups)
    if (isTinyGroup(g.size))
      for (const c of g.cells)
        if (marks[c] === 'shown' && !zero[c]) {
          marks[c] = 'lt5';
          added.push(c);
        }
  return added;
}

/**
 * Withholds more values around each pinned one: the best shown value in the sums it takes part in;
 * if there is none, the search moves outwards through withheld values that are themselves pinned.
 * Returns the newly withheld values (empty when nothing could be done).
 */
function widen(
  sys: System,
  marks: Mark[],
  pinned: readonly number[],
  uses: number[][],
  known: ReadonlySet<number>,
): number[] {
  const added: number[] = [];
  const zero = knownZero(sys, marks);
  // Short sums (a group's breakdown) that already got a new withheld value this round: another value
  // pinned by the same sum is likely freed by it too. Long sums (a column over many projects) are not
  // counted, or one pick would stall every other value of the year.
  const touched = new Set<number>();
  const size = sys.constraints.map((c) => membersOf(c).length);
  const short = (k: number) => size[k] <= SHORT_SUM;
  // How many of a value's sums would hold it as their only withheld member (each such sum pins it).
  const aloneIn = (b: number) =>
    uses[b].filter((k) => membersOf(sys.constraints[k]).every((m) => m === b || marks[m] === 'shown')).length;
  const score = new Map<number, number>();
  const scoreOf = (b: number) => score.get(b) ?? score.set(b, aloneIn(b)).get(b)!;
  const better = (a: number, b: number) => {
    const d = scoreOf(b) - scoreOf(a);
    if (d) return d < 0;
    if (sys.cost[b] !== sys.cost[a]) return sys.cost[b] < sys.cost[a];
    return sys.values[b] < sys.values[a] || (sys.values[b] === sys.values[a] && b < a);
  };
  for (const v of pinned) {
    if (uses[v].some((k) => touched.has(k))) continue;
    const seen = new Set([v]);
    let level = [v];
    let pick = -1;
    let pickSum = -1;
    while (level.length && pick < 0) {
      const next: number[] = [];
      // The smallest sums first: a value is usually pinned by its own group's breakdown, and a pick in a
      // long column would often land in another group and free nothing.
      const sums = [...new Set(level.flatMap((u) => uses[u]))].sort((a, b) => size[a] - size[b] || a - b);
      for (const k of sums) {
        if (pick >= 0 && size[k] > size[pickSum]) break;
        for (const b of membersOf(sys.constraints[k])) {
          if (seen.has(b)) continue;
          if (marks[b] === 'shown') {
            if (!zero[b] && (pick < 0 || better(pick, b))) {
              pick = b;
              pickSum = k;
            }
          } else if (known.has(b)) {
            seen.add(b);
            next.push(b);
          }
        }
      }
      level = next;
    }
    if (pick >= 0) {
      marks[pick] = markFor(sys.values[pick]);
      added.push(pick);
      score.clear();
      for (const k of [...uses[pick], ...uses[v]]) if (short(k)) touched.add(k);
      continue;
    }
    // Everything around is withheld already: "<5" still bounds too tightly there, so say nothing.
    for (const b of seen)
      if (marks[b] === 'lt5') {
        marks[b] = 'hidden';
        added.push(b);
      }
  }
  return added;
}

export interface SuppressionReport {
  marks: Mark[];
  /** Solver runs and secondary rounds, for the build log and benchmarks. */
  solves: number;
  rounds: number;
}

/** Suppresses a system until the exact audit proves every withheld value safe. */
export async function suppressSystem(sys: System): Promise<SuppressionReport> {
  const marks = primary(sys);
  const uses = usesOf(sys);
  let solves = 0;
  // Withholding more only widens what a reader must consider, so a witness found once stays valid:
  // after the first full audit only the values that were pinned or newly withheld are checked again.
  let targets: Set<number> | undefined;
  for (let rounds = 1; ; rounds++) {
    const r = await audit(sys, marks, targets);
    solves += r.solves;
    if (!r.pinned.length) {
      const zeros = tinyGroupZeros(sys, marks);
      if (!zeros.length) return { marks, solves, rounds };
      targets = new Set(zeros);
      continue;
    }
    let added = widen(sys, marks, r.pinned, uses, new Set(r.pinned));
    if (!added.length) {
      // Nothing left to withhold near values the block audit could not prove: ask the exact question.
      const exact = await audit(sys, marks, new Set(r.pinned), { exact: true });
      solves += exact.solves;
      if (!exact.pinned.length) {
        const zeros = tinyGroupZeros(sys, marks);
        if (!zeros.length) return { marks, solves, rounds };
        targets = new Set(zeros);
        continue;
      }
      added = widen(sys, marks, exact.pinned, uses, new Set(marks.flatMap((m, i) => (m === 'shown' ? [] : [i]))));
      if (!added.length) throw new Error('suppression could not protect the table');
    }
    targets = new Set([...added, ...r.pinned, ...tinyGroupZeros(sys, marks)]);
  }
}

export interface SuppressedTable {
  /** Marks for the cells, rows × columns. */
  cells: Mark[][];
  /** Marks for the column totals. Row totals and the grand total are always shown. */
  colTotals: Mark[];
}

/** Suppresses one table with published row totals (the single-table case of `suppressSystem`). */
export async function suppressTable(counts: number[][]): Promise<SuppressedTable> {
  const { sys, cell, colTotal } = tableSystem(counts);
  const { marks } = await suppressSystem(sys);
  const cols = counts.length ? counts[0].length : 0;
  return {
    cells: counts.map((r, i) => r.map((_, j) => marks[cell(i, j)])),
    colTotals: Array.from({ length: cols }, (_, j) => marks[colTotal(j)]),
  };
}
