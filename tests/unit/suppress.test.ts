import { describe, expect, it } from 'vitest';
import { suppressCategoryTables, type CategoryMarks, type YearCounts } from '../../src/lib/privacy/categoryTables.ts';
import { primary, suppressTable, type Mark, type SuppressedTable } from '../../src/lib/privacy/suppress.ts';
import { tableSystem } from '../../src/lib/privacy/system.ts';
import { attack, type Published, type PublishedSystem } from '../helpers/attacker.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const publish = (v: number, m: Mark): Published => (m === 'shown' ? v : m === 'lt5' ? '<5' : '—');

/** What a reader sees of one table with published row totals: cells, column totals, grand total. */
function publishedTable(counts: number[][], t: SuppressedTable): PublishedSystem {
  const cells = new Map<string, Published>();
  const sums: PublishedSystem['sums'] = [];
  counts.forEach((r, i) => {
    r.forEach((v, j) => cells.set(`c${i}.${j}`, publish(v, t.cells[i][j])));
    sums.push({ parts: r.map((_, j) => `c${i}.${j}`), total: sum(r) });
  });
  counts[0].forEach((_, j) => {
    cells.set(`t${j}`, publish(sum(counts.map((r) => r[j])), t.colTotals[j]));
    sums.push({ parts: counts.map((_, i) => `c${i}.${j}`), total: `t${j}` });
  });
  sums.push({ parts: counts[0].map((_, j) => `t${j}`), total: sum(counts.flat()) });
  return { cells, sums };
}

/** What a reader sees of the linked tables: every project row, year row and the all-years row with their sizes. */
function publishedLinked(input: YearCounts[], m: CategoryMarks, cats: number): PublishedSystem {
  const cells = new Map<string, Published>();
  const sums: PublishedSystem['sums'] = [];
  const col = (k: number, j: number) => sum(input[k].rows.map((r) => r[j]));
  input.forEach((y, k) => {
    y.rows.forEach((r, i) => {
      r.forEach((v, j) => cells.set(`p${k}.${i}.${j}`, publish(v, m.projects[k][i][j])));
      sums.push({ parts: r.map((_, j) => `p${k}.${i}.${j}`), total: sum(r) });
    });
    for (let j = 0; j < cats; j++) {
      cells.set(`y${k}.${j}`, publish(col(k, j), m.years[k][j]));
      sums.push({ parts: y.rows.map((_, i) => `p${k}.${i}.${j}`), total: `y${k}.${j}` });
    }
    sums.push({ parts: Array.from({ length: cats }, (_, j) => `y${k}.${j}`), total: sum(y.rows.flat()) });
  });
  for (let j = 0; j < cats; j++) {
    cells.set(`a${j}`, publish(sum(input.map((_, k) => col(k, j))), m.all[j]));
    sums.push({ parts: input.map((_, k) => `y${k}.${j}`), total: `a${j}` });
  }
  sums.push({
    parts: Array.from({ length: cats }, (_, j) => `a${j}`),
    total: sum(input.flatMap((y) => y.rows.flat())),
  });
  return { cells, sums };
}

/** Every group of people (project, year, all years): no category may be published, or provable, as "all of them". */
function wholeGroupDisclosures(
  input: YearCounts[],
  m: CategoryMarks,
  pinned: Map<string, number>,
  cats: number,
): string[] {
  const out: string[] = [];
  const check = (name: string, row: number[], marks: Mark[]) => {
    const size = sum(row);
    row.forEach((v, j) => {
      if (size === 0 || v !== size) return;
      if (marks[j] === 'shown' || pinned.has(`${name}.${j}`)) out.push(`${name}.${j}: all ${size} are category ${j}`);
    });
  };
  const years = input.map((y) => Array.from({ length: cats }, (_, j) => sum(y.rows.map((r) => r[j]))));
  input.forEach((y, k) => y.rows.forEach((r, i) => check(`p${k}.${i}`, r, m.projects[k][i])));
  years.forEach((t, k) => check(`y${k}`, t, m.years[k]));
  return out;
}

let seed = 7;
const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;

describe('primary rule', () => {
  it('shows counts of 1–4 as "<5" and never as a number', () => {
    const { sys, cell } = tableSystem([
      [12, 3, 9],
      [20, 8, 2],
    ]);
    const marks = primary(sys);
    expect(marks[cell(0, 1)]).toBe('lt5');
    expect(marks[cell(1, 2)]).toBe('lt5');
    expect(marks[cell(0, 0)]).toBe('shown');
  });

  it('withholds the whole breakdown of a group of 1–4 people, zeros too', () => {
    const { sys, cell } = tableSystem([
      [2, 0, 0],
      [30, 9, 6],
    ]);
    const marks = primary(sys);
    expect([0, 1, 2].map((j) => marks[cell(0, j)])).toEqual(['lt5', 'lt5', 'lt5']);
  });

  it('withholds a count equal to its group (everyone on the pay list is of that category) as "—"', () => {
    const { sys, cell } = tableSystem([
      [7, 0, 0],
      [30, 9, 6],
    ]);
    expect(primary(sys)[cell(0, 0)]).toBe('hidden');
  });

  it('leaves a table without small counts alone', async () => {
    expect(
      await suppressTable([
        [12, 6],
        [5, 9],
      ]),
    ).toEqual({
      cells: [
        ['shown', 'shown'],
        ['shown', 'shown'],
      ],
      colTotals: ['shown', 'shown'],
    });
  });
});

describe('single table, audited by an independent integer-programming attacker', () => {
  it('hides a second cell when a row total would give the small one away', async () => {
    const counts = [
      [10, 2, 0],
      [8, 6, 7],
    ];
    const t = await suppressTable(counts);
    expect(t.cells[0].filter((m) => m !== 'shown').length).toBeGreaterThanOrEqual(2);
    expect(await attack(publishedTable(counts, t))).toEqual(new Map());
  });

  it('marks a withheld count of 5 or more as "—", never as "<5"', async () => {
    const counts = [
      [2, 7],
      [9, 8],
    ];
    const t = await suppressTable(counts);
    counts.forEach((r, i) => r.forEach((v, j) => v >= 5 && expect(t.cells[i][j]).not.toBe('lt5')));
    expect(await attack(publishedTable(counts, t))).toEqual(new Map());
  });

  it('random tables: no withheld cell has a single possible value', async () => {
    seed = 7;
    for (let n = 0; n < 120; n++) {
      const rows = 1 + Math.floor(rnd() * 5);
      const cols = 2 + Math.floor(rnd() * 4);
      const counts = Array.from({ length: rows }, () =>
        Array.from({ length: cols }, () => (rnd() < 0.35 ? 0 : Math.floor(rnd() * 12))),
      );
      const t = await suppressTable(counts);
      expect(await attack(publishedTable(counts, t)), JSON.stringify(counts)).toEqual(new Map());
    }
  });

  it('the attacker finds the leak in a table with only the primary cells hidden (so the check can fail)', async () => {
    const counts = [[10, 2, 0]];
    const naive: SuppressedTable = { cells: [['shown', 'lt5', 'shown']], colTotals: ['shown', 'lt5', 'shown'] };
    expect(await attack(publishedTable(counts, naive))).toEqual(
      new Map([
        ['c0.1', 2],
        ['t1', 2],
      ]),
    );
  });
});

describe('linked tables: project pages, year pages, the all-years page and the downloads together', () => {
  it('the case an attacker solved: one worker, 脱贫人口 "<5" and 防止返贫监测对象 "<5"', async () => {
    // 2023: a one-worker project (脱贫人口) and a larger one; 2024 one project. Categories: 脱贫, 监测, 一般.
    const input: YearCounts[] = [
      {
        year: 2023,
        rows: [
          [1, 0, 0],
          [6, 0, 9],
        ],
      },
      { year: 2024, rows: [[5, 0, 8]] },
    ];
    const m = await suppressCategoryTables(input, 3);
    const pinned = await attack(publishedLinked(input, m, 3));
    expect(pinned).toEqual(new Map());
    expect(wholeGroupDisclosures(input, m, pinned, 3)).toEqual([]);
  });

  it('hides a year total that the all-years total would otherwise give away', async () => {
    const input = [
      {
        year: 2023,
        rows: [
          [2, 6],
          [5, 5],
        ],
      },
      { year: 2024, rows: [[6, 6]] },
    ];
    const m = await suppressCategoryTables(input, 2);
    expect(await attack(publishedLinked(input, m, 2))).toEqual(new Map());
  });

  it('random linked data: nothing withheld can be worked out, no group is shown as all one category', async () => {
    seed = 11;
    for (let n = 0; n < 30; n++) {
      const cats = 2 + Math.floor(rnd() * 4);
      const years = 1 + Math.floor(rnd() * 3);
      const input = Array.from({ length: years }, (_, k) => ({
        year: 2021 + k,
        rows: Array.from({ length: 1 + Math.floor(rnd() * 6) }, () =>
          Array.from({ length: cats }, () => (rnd() < 0.4 ? 0 : Math.floor(rnd() * (rnd() < 0.5 ? 5 : 20)))),
        ),
      }));
      const m = await suppressCategoryTables(input, cats);
      const pinned = await attack(publishedLinked(input, m, cats));
      expect(pinned, JSON.stringify(input)).toEqual(new Map());
      expect(wholeGroupDisclosures(input, m, pinned, cats), JSON.stringify(input)).toEqual([]);
    }
  });

  it('adversarial: many tiny projects, single-category projects and empty categories', async () => {
    const input: YearCounts[] = [
      {
        year: 2022,
        rows: [
          [1, 0, 0, 0],
          [0, 1, 0, 0],
          [6, 0, 0, 0],
          [0, 0, 0, 9],
          [3, 1, 0, 40],
        ],
      },
      {
        year: 2023,
        rows: [
          [4, 0, 0, 0],
          [0, 0, 0, 5],
          [12, 3, 0, 0],
        ],
      },
      { year: 2024, rows: [[2, 2, 0, 0]] },
    ];
    const m = await suppressCategoryTables(input, 4);
    const pinned = await attack(publishedLinked(input, m, 4));
    expect(pinned).toEqual(new Map());
    expect(wholeGroupDisclosures(input, m, pinned, 4)).toEqual([]);
  });

  it('the linked attacker finds a leak when only the primary cells are hidden (so the check can fail)', async () => {
    const input = [
      { year: 2023, rows: [[2, 6]] },
      { year: 2024, rows: [[6, 6]] },
    ];
    const naive: CategoryMarks = {
      projects: [[['lt5', 'shown']], [['shown', 'shown']]],
      years: [
        ['lt5', 'shown'],
        ['shown', 'shown'],
      ],
      all: ['shown', 'shown'],
      solves: 0,
    };
    expect((await attack(publishedLinked(input, naive, 2))).size).toBeGreaterThan(0);
  });

  it('two builds of the same data suppress identically', async () => {
    const input = [
      {
        year: 2023,
        rows: [
          [2, 6, 1],
          [5, 0, 5],
          [1, 1, 1],
        ],
      },
    ];
    expect(await suppressCategoryTables(input, 3)).toEqual(await suppressCategoryTables(input, 3));
  });
});

describe('scale: a large component is proven in blocks', () => {
  it('250 projects in one year, every withheld cell safe against the attacker', async () => {
    seed = 5;
    const rows = Array.from({ length: 250 }, () =>
      Array.from({ length: 4 }, () => (rnd() < 0.3 ? 0 : Math.floor(rnd() * 9))),
    );
    const input = [{ year: 2024, rows }];
    const m = await suppressCategoryTables(input, 4);
    const published = publishedLinked(input, m, 4);
    expect(await attack(published)).toEqual(new Map());
  }, 120_000);
});
