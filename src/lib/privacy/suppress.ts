/**
 * Small-cell suppression for a table of counts whose row totals are published (e.g. projects × 人员类别,
 * where each project's number of workers is public) and whose column totals are published unless small.
 *
 * Primary: every count of 1–4 is shown as "<5". Secondary: while any such cell could still be worked out
 * exactly from what is shown (row totals, column totals, the grand total and the other cells), hide more
 * cells — a 0–4 cell as "<5" (true: it is below 5), a larger one as "hidden" (不公布, any value). If that
 * is not enough (e.g. a row of 4 + 4 whose total 8 pins both), "<5" cells near the leak become "hidden".
 * The audit assumes the reader knows the rule: "<5" means 0–4, "hidden" means any value.
 */

export type Mark = 'shown' | 'lt5' | 'hidden';

export interface SuppressedTable {
  /** Marks for the cells, rows × columns. */
  cells: Mark[][];
  /** Marks for the column totals. Row totals and the grand total are always shown. */
  colTotals: Mark[];
}

export const SMALL = 5;
const isSmall = (v: number) => v >= 1 && v < SMALL;
const markFor = (v: number): Mark => (v < SMALL ? 'lt5' : 'hidden');

interface Interval {
  lo: number;
  hi: number;
}

/** What a reader can know about a value from its mark; `cap` bounds "hidden" (no cell exceeds the grand total). */
function readerInterval(mark: Mark, value: number, cap: number): Interval {
  if (mark === 'shown') return { lo: value, hi: value };
  if (mark === 'lt5') return { lo: 0, hi: SMALL - 1 };
  return { lo: 0, hi: cap };
}

/**
 * Bounds a reader can derive for every cell and column total by propagating the sum constraints to a
 * fixpoint. Returns [cellBounds, colTotalBounds].
 */
export function deriveBounds(counts: number[][], t: SuppressedTable): [Interval[][], Interval[]] {
  const rows = counts.length;
  const cols = rows ? counts[0].length : 0;
  const rowTotals = counts.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = Array.from({ length: cols }, (_, j) => counts.reduce((a, r) => a + r[j], 0));
  const grand = rowTotals.reduce((a, b) => a + b, 0);
  const cell = counts.map((r, i) => r.map((v, j) => readerInterval(t.cells[i][j], v, grand)));
  const col = colTotals.map((v, j) => readerInterval(t.colTotals[j], v, grand));

  // Each constraint: the sum of `parts` equals `total` (an interval; a known total has lo = hi).
  const tighten = (parts: Interval[], total: Interval): boolean => {
    let changed = false;
    const sumLo = parts.reduce((a, p) => a + p.lo, 0);
    const sumHi = parts.reduce((a, p) => a + p.hi, 0);
    for (const p of parts) {
      const lo = Math.max(p.lo, total.lo - (sumHi - p.hi));
      const hi = Math.min(p.hi, total.hi - (sumLo - p.lo));
      if (lo !== p.lo || hi !== p.hi) {
        p.lo = lo;
        p.hi = hi;
        changed = true;
      }
    }
    const lo = Math.max(total.lo, sumLo);
    const hi = Math.min(total.hi, sumHi);
    if (lo !== total.lo || hi !== total.hi) {
      total.lo = lo;
      total.hi = hi;
      changed = true;
    }
    return changed;
  };

  for (let round = 0; round < 100; round++) {
    let changed = false;
    for (let i = 0; i < rows; i++) changed = tighten(cell[i], { lo: rowTotals[i], hi: rowTotals[i] }) || changed;
    for (let j = 0; j < cols; j++) changed = tighten(cell.map((r) => r[j]), col[j]) || changed;
    changed = tighten(col, { lo: grand, hi: grand }) || changed;
    if (!changed) break;
  }
  return [cell, col];
}

/** Cells (and column totals, as row = -1) whose true value is 1–4 yet a reader can pin down exactly. */
export function disclosedCells(counts: number[][], t: SuppressedTable): Array<[number, number]> {
  const [cell, col] = deriveBounds(counts, t);
  const out: Array<[number, number]> = [];
  counts.forEach((r, i) =>
    r.forEach((v, j) => {
      if (isSmall(v) && cell[i][j].lo === cell[i][j].hi) out.push([i, j]);
    }),
  );
  col.forEach((b, j) => {
    const v = counts.reduce((a, r) => a + r[j], 0);
    if (isSmall(v) && b.lo === b.hi) out.push([-1, j]);
  });
  return out;
}

/**
 * Suppresses a table. `forced` marks cells already hidden elsewhere (e.g. a year's totals, suppressed
 * with that year's projects, as rows of the all-years table): they stay at least as hidden.
 */
export function suppressTable(counts: number[][], forced?: Mark[][]): SuppressedTable {
  const cols = counts.length ? counts[0].length : 0;
  const colTotals = Array.from({ length: cols }, (_, j) => counts.reduce((a, r) => a + r[j], 0));
  const t: SuppressedTable = {
    cells: counts.map((r, i) => r.map((v, j) => forced?.[i]?.[j] && forced[i][j] !== 'shown' ? forced[i][j] : isSmall(v) ? 'lt5' : 'shown')),
    colTotals: colTotals.map((v) => (isSmall(v) ? 'lt5' : 'shown')),
  };

  // Each round hides one more value next to a disclosed cell; the table is finite, so this ends.
  for (;;) {
    const leaks = disclosedCells(counts, t);
    if (leaks.length === 0) return t;
    const [i, j] = leaks[0];
    const candidates: Array<{ value: number; hide: () => void }> = [];
    const cellCandidate = (a: number, b: number) => {
      if (t.cells[a][b] === 'shown') candidates.push({ value: counts[a][b], hide: () => (t.cells[a][b] = markFor(counts[a][b])) });
    };
    if (i >= 0) counts[i].forEach((_, b) => cellCandidate(i, b));
    counts.forEach((_, a) => cellCandidate(a, j));
    // Column totals last: they are the figures readers use most.
    colTotals.forEach((v, b) => {
      if (t.colTotals[b] === 'shown') candidates.push({ value: v + 1e9, hide: () => (t.colTotals[b] = markFor(v)) });
    });
    if (candidates.length === 0) {
      // Everything near the leak is hidden already: "<5" there still bounds too tightly, so say nothing.
      const line: Array<[number, number]> = i >= 0 ? counts[i].map((_, jj) => [i, jj] as [number, number]) : [];
      counts.forEach((_, ii) => line.push([ii, j]));
      let upgraded = false;
      for (const [a, b] of line)
        if (t.cells[a][b] === 'lt5') {
          t.cells[a][b] = 'hidden';
          upgraded = true;
        }
      if (t.colTotals[j] === 'lt5') {
        t.colTotals[j] = 'hidden';
        upgraded = true;
      }
      if (!upgraded) throw new Error('suppression could not protect the table');
      continue;
    }
    // Smallest value first: hiding a 0 or a small count loses the least information. Column totals last.
    candidates.sort((a, b) => a.value - b.value);
    candidates[0].hide();
    // With a single row, each column total is that row's cell: they must carry the same mark.
    if (counts.length === 1) t.colTotals = t.colTotals.map((m, b) => (m === 'shown' ? t.cells[0][b] : m));
  }
}
