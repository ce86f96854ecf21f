import { describe, expect, it } from 'vitest';
import { type Mark, suppressTable, type SuppressedTable } from '../../src/lib/privacy/suppress.ts';

/**
 * An exact attacker, independent of the interval reasoning in the module: enumerates every table of
 * non-negative integers consistent with what is published (shown cells, "<5" = 0–4, hidden = any,
 * row totals, shown column totals, grand total) and collects the values each cell can take.
 */
function possibleValues(counts: number[][], t: SuppressedTable): Set<number>[][] {
  const rows = counts.length;
  const cols = counts[0].length;
  const rowTotals = counts.map((r) => r.reduce((a, b) => a + b, 0));
  const colTotals = counts[0].map((_, j) => counts.reduce((a, r) => a + r[j], 0));
  const allowed = (m: Mark, v: number, x: number) => (m === 'shown' ? x === v : m === 'lt5' ? x <= 4 : true);
  const seen = counts.map((r) => r.map(() => new Set<number>()));
  const grid = counts.map((r) => r.map(() => 0));
  const fill = (i: number, j: number, left: number): void => {
    if (i === rows) {
      for (let jj = 0; jj < cols; jj++) {
        const s = grid.reduce((a, r) => a + r[jj], 0);
        if (!allowed(t.colTotals[jj], colTotals[jj], s)) return;
      }
      grid.forEach((r, ii) => r.forEach((x, jj) => seen[ii][jj].add(x)));
      return;
    }
    if (j === cols - 1) {
      if (!allowed(t.cells[i][j], counts[i][j], left)) return;
      grid[i][j] = left;
      return fill(i + 1, 0, i + 1 < rows ? rowTotals[i + 1] : 0);
    }
    for (let x = 0; x <= left; x++) {
      if (!allowed(t.cells[i][j], counts[i][j], x)) continue;
      grid[i][j] = x;
      fill(i, j + 1, left - x);
    }
  };
  fill(0, 0, rowTotals[0]);
  return seen;
}

function leaks(counts: number[][], t: SuppressedTable): string[] {
  const seen = possibleValues(counts, t);
  const out: string[] = [];
  counts.forEach((r, i) =>
    r.forEach((v, j) => {
      if (v >= 1 && v <= 4 && seen[i][j].size === 1) out.push(`cell ${i},${j} = ${v}`);
    }),
  );
  return out;
}

describe('small-cell suppression', () => {
  it('shows counts of 1–4 as "<5" and never as a number', () => {
    const t = suppressTable([[12, 3, 9], [20, 8, 2]]);
    expect(t.cells[0][1]).toBe('lt5');
    expect(t.cells[1][2]).toBe('lt5');
  });

  it('leaves a table without small counts alone', () => {
    expect(suppressTable([[12, 6], [5, 9]])).toEqual({ cells: [['shown', 'shown'], ['shown', 'shown']], colTotals: ['shown', 'shown'] });
  });

  it('hides a second cell when a row total would give the small one away', () => {
    // 10 + ? = 12 would reveal the 2; hiding the 0 beside it ("<5", true: 0 < 5) leaves 0–2 possible.
    const counts = [[10, 2, 0]];
    const t = suppressTable(counts);
    expect(t.cells[0].filter((m) => m !== 'shown').length).toBeGreaterThanOrEqual(2);
    expect(leaks(counts, t)).toEqual([]);
  });

  it('protects a project whose workers are all in one category', () => {
    const counts = [[3, 0, 0, 0, 0]];
    const t = suppressTable(counts);
    expect(leaks(counts, t)).toEqual([]);
  });

  it('marks a hidden large cell as hidden, never as "<5"', () => {
    const counts = [[2, 7], [9, 8]];
    const t = suppressTable(counts);
    counts.forEach((r, i) => r.forEach((v, j) => v >= 5 && expect(t.cells[i][j]).not.toBe('lt5')));
    expect(leaks(counts, t)).toEqual([]);
  });

  it('no small cell can be derived from row and column totals (exhaustive attacker, random tables)', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let checked = 0;
    for (let n = 0; n < 300; n++) {
      const rows = 1 + Math.floor(rnd() * 3);
      const cols = 2 + Math.floor(rnd() * 3);
      const counts = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (rnd() < 0.35 ? 0 : Math.floor(rnd() * 9))));
      if (counts.flat().reduce((a, b) => a + b, 0) > 30) continue;
      const t = suppressTable(counts);
      expect(leaks(counts, t), JSON.stringify(counts)).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('says nothing rather than "<5" when "<5" would pin the value', () => {
    const counts = [[4, 4]];
    const t = suppressTable(counts);
    expect(leaks(counts, t)).toEqual([]);
  });

  it('the attacker itself finds an unprotected table (so the check can fail)', () => {
    const counts = [[10, 2, 0]];
    const naive: SuppressedTable = { cells: [['shown', 'lt5', 'shown']], colTotals: ['shown', 'lt5', 'shown'] };
    expect(leaks(counts, naive)).toEqual(['cell 0,1 = 2']);
  });
});
