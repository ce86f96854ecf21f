import { describe, expect, it } from 'vitest';
import { type Mark, suppressTable, type SuppressedTable } from '../../src/lib/privacy/suppress.ts';
import { suppressCategoryTables, type CategoryMarks, type YearCounts } from '../../src/lib/privacy/categoryTables.ts';

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

/**
 * The exhaustive attacker for linked tables: every project breakdown that fits the published row totals,
 * whose cells, year totals and all-years totals agree with every published mark. Returns the small true
 * values (cells, year totals or all-years totals) that every such assignment agrees on.
 */
function linkedLeaks(input: YearCounts[], m: CategoryMarks, cats: number): string[] {
  const allowed = (mark: Mark, v: number, x: number) => (mark === 'shown' ? x === v : mark === 'lt5' ? x <= 4 : true);
  const rows = input.flatMap((y, k) => y.rows.map((r, i) => ({ k, i, r })));
  const compositions = (total: number, parts: number): number[][] =>
    parts === 1 ? [[total]] : Array.from({ length: total + 1 }, (_, x) => compositions(total - x, parts - 1).map((c) => [x, ...c])).flat();
  const seen = new Map<string, Set<number>>();
  const note = (key: string, x: number) => (seen.get(key) ?? seen.set(key, new Set()).get(key)!).add(x);
  const pick: number[][] = [];
  const walk = (n: number): void => {
    if (n === rows.length) {
      const yearTotals = input.map((_y, k) => Array.from({ length: cats }, (_, j) => pick.filter((_, q) => rows[q].k === k).reduce((a, r) => a + r[j], 0)));
      const all = Array.from({ length: cats }, (_, j) => yearTotals.reduce((a, t) => a + t[j], 0));
      const trueYear = input.map((y) => Array.from({ length: cats }, (_, j) => y.rows.reduce((a, r) => a + r[j], 0)));
      const trueAll = Array.from({ length: cats }, (_, j) => trueYear.reduce((a, t) => a + t[j], 0));
      if (!yearTotals.every((t, k) => t.every((x, j) => allowed(m.years[k][j], trueYear[k][j], x)))) return;
      if (!all.every((x, j) => allowed(m.all[j], trueAll[j], x))) return;
      pick.forEach((r, q) => r.forEach((x, j) => note(`p${rows[q].k}.${rows[q].i}.${j}`, x)));
      yearTotals.forEach((t, k) => t.forEach((x, j) => note(`y${k}.${j}`, x)));
      all.forEach((x, j) => note(`a${j}`, x));
      return;
    }
    const { k, i, r } = rows[n];
    for (const c of compositions(r.reduce((a, b) => a + b, 0), cats)) {
      if (!c.every((x, j) => allowed(m.projects[k][i][j], r[j], x))) continue;
      pick[n] = c;
      walk(n + 1);
    }
  };
  walk(0);
  const out: string[] = [];
  const small = (v: number) => v >= 1 && v <= 4;
  const check = (key: string, v: number) => small(v) && seen.get(key)?.size === 1 && out.push(`${key} = ${v}`);
  input.forEach((y, k) => {
    y.rows.forEach((r, i) => r.forEach((v, j) => check(`p${k}.${i}.${j}`, v)));
    for (let j = 0; j < cats; j++) {
      check(`y${k}.${j}`, y.rows.reduce((a, r) => a + r[j], 0));
    }
  });
  for (let j = 0; j < cats; j++) check(`a${j}`, input.reduce((a, y) => a + y.rows.reduce((b, r) => b + r[j], 0), 0));
  return out;
}

describe('linked tables: project pages, year pages and the all-years page together', () => {
  it('hides a year total that the all-years total would otherwise give away', () => {
    // 2023 has one small 脱贫 count on one project; 2024 none. The all-years total minus 2024 would reveal 2023's.
    const input = [{ year: 2023, rows: [[2, 6], [5, 5]] }, { year: 2024, rows: [[6, 6]] }];
    const m = suppressCategoryTables(input, 2);
    expect(linkedLeaks(input, m, 2)).toEqual([]);
  });

  it('no count of 1–4 can be derived from any combination (exhaustive attacker, random two-year data)', () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    let checked = 0;
    for (let n = 0; n < 60; n++) {
      const cats = 2 + Math.floor(rnd() * 2);
      const input = [2023, 2024].map((year) => ({
        year,
        rows: Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => Array.from({ length: cats }, () => (rnd() < 0.3 ? 0 : Math.floor(rnd() * 7)))),
      }));
      if (input.some((y) => y.rows.some((r) => r.reduce((a, b) => a + b, 0) > 9))) continue;
      const m = suppressCategoryTables(input, cats);
      expect(linkedLeaks(input, m, cats), JSON.stringify(input)).toEqual([]);
      checked++;
    }
    expect(checked).toBeGreaterThan(25);
  });

  it('the linked attacker finds a leak when only the primary cells are hidden (so the check can fail)', () => {
    const input = [{ year: 2023, rows: [[2, 6]] }, { year: 2024, rows: [[6, 6]] }];
    const naive: CategoryMarks = { projects: [[['lt5', 'shown']], [['shown', 'shown']]], years: [['lt5', 'shown'], ['shown', 'shown']], all: ['shown', 'shown'] };
    expect(linkedLeaks(input, naive, 2).length).toBeGreaterThan(0);
  });
});
