/**
 * Overlapping 人员类别 (a person may be 脱贫人口、返乡农民工): category counts no longer add up to a group's size.
 * What a reader knows instead — each count ≤ its group's size, a group's counts add up to at least its size
 * and at most size × categories, project counts add up to the year's, year counts to the all-years count —
 * is handed to the independent attacker (tests/helpers/attacker.ts), which must not narrow any withheld
 * count to a single value.
 */
import { describe, expect, it } from 'vitest';
import { suppressCategoryTables, type CategoryMarks, type YearCounts } from '../../src/lib/privacy/categoryTables.ts';
import type { Mark } from '../../src/lib/privacy/suppress.ts';
import { attack, type Published, type PublishedSystem } from '../helpers/attacker.ts';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const publish = (v: number, m: Mark): Published => (m === 'shown' ? v : m === 'lt5' ? '<5' : '—');
const sizesOf = (y: YearCounts) => y.sizes ?? y.rows.map(sum);
const yearCol = (y: YearCounts, j: number) => sum(y.rows.map((r) => r[j]));

/**
 * What a reader sees: every project's, year's and the all-years breakdown with its size. `overlap`: the
 * site says categories overlap, so a group's counts are bounded by its size and add up to at least it;
 * otherwise they add up to it exactly.
 */
function published(input: YearCounts[], m: CategoryMarks, cats: number, overlap = true): PublishedSystem {
  const cells = new Map<string, Published>();
  const upper = new Map<string, number>();
  const sums: PublishedSystem['sums'] = [];
  const group = (names: string[], values: number[], marks: Mark[], size: number) => {
    names.forEach((n, j) => {
      cells.set(n, publish(values[j], marks[j]));
      if (overlap) upper.set(n, size);
    });
    sums.push(
      overlap ? { parts: names, total: size, relation: '>=', max: size * cats } : { parts: names, total: size },
    );
  };
  const catNames = (prefix: string) => Array.from({ length: cats }, (_, j) => `${prefix}.${j}`);
  const allYears = Array.from({ length: cats }, (_, j) => sum(input.map((y) => yearCol(y, j))));
  input.forEach((y, k) => {
    const sizes = sizesOf(y);
    y.rows.forEach((r, i) => group(catNames(`p${k}.${i}`), r, m.projects[k][i], sizes[i]));
    const totals = Array.from({ length: cats }, (_, j) => yearCol(y, j));
    group(catNames(`y${k}`), totals, m.years[k], sum(sizes));
    for (let j = 0; j < cats; j++) sums.push({ parts: y.rows.map((_, i) => `p${k}.${i}.${j}`), total: `y${k}.${j}` });
  });
  group(catNames('a'), allYears, m.all, sum(input.map((y) => sum(sizesOf(y)))));
  for (let j = 0; j < cats; j++) sums.push({ parts: input.map((_, k) => `y${k}.${j}`), total: `a.${j}` });
  return { cells, sums, upper: overlap ? upper : undefined };
}

/** Every group (project, year, all years) with its name, true counts, marks and size. */
function groupsOf(input: YearCounts[], m: CategoryMarks, cats: number) {
  const out: { name: string; counts: number[]; marks: Mark[]; size: number; knownZero: boolean[] }[] = [];
  const yearTotals = input.map((y) => Array.from({ length: cats }, (_, j) => yearCol(y, j)));
  const all = Array.from({ length: cats }, (_, j) => sum(yearTotals.map((t) => t[j])));
  // A count is 0 without its own number when a total above it (year, all years) is published as 0.
  const allZero = all.map((v, j) => v === 0 && m.all[j] === 'shown');
  input.forEach((y, k) => {
    const sizes = sizesOf(y);
    const yearZero = yearTotals[k].map((v, j) => allZero[j] || (v === 0 && m.years[k][j] === 'shown'));
    y.rows.forEach((r, i) =>
      out.push({ name: `p${k}.${i}`, counts: r, marks: m.projects[k][i], size: sizes[i], knownZero: yearZero }),
    );
    out.push({ name: `y${k}`, counts: yearTotals[k], marks: m.years[k], size: sum(sizes), knownZero: allZero });
  });
  const allSize = sum(input.map((y) => sum(sizesOf(y))));
  out.push({ name: 'a', counts: all, marks: m.all, size: allSize, knownZero: all.map(() => false) });
  return out;
}

/**
 * Breaches of the primary rule (a count of 1–4 shown; a count equal to its group's size shown, or provable
 * by the attacker; a number shown in a group of 1–4 people), by name. `strictTiny`: a group of 1–4 may show
 * only a 0 that a published 0 above it already gives away.
 */
function primaryBreaches(
  input: YearCounts[],
  m: CategoryMarks,
  cats: number,
  pinned = new Map<string, number>(),
  strictTiny = true,
): string[] {
  const out: string[] = [];
  for (const g of groupsOf(input, m, cats))
    g.counts.forEach((v, j) => {
      const name = `${g.name}.${j}`;
      if (g.marks[j] === 'shown' && v >= 1 && v <= 4) out.push(`${name} = ${v} shown`);
      if (g.size > 0 && v === g.size && (g.marks[j] === 'shown' || pinned.get(name) === v))
        out.push(`${name}: all ${g.size} are category ${j}`);
      if (g.size >= 1 && g.size <= 4 && g.marks[j] === 'shown' && !(v === 0 && (!strictTiny || g.knownZero[j])))
        out.push(`${name} = ${v} shown in a group of ${g.size}`);
    });
  return out;
}

/** Deterministic PRNG (mulberry32). */
function prng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  return { next, int, pick: <T>(xs: T[]) => xs[int(0, xs.length - 1)] };
}

type Shape = 'mixed' | 'tiny' | 'single' | 'multi' | 'everyone' | 'only' | 'empty';

/**
 * Workers drawn one by one, each with a non-empty set of categories; a project's row counts each worker once
 * per category, its size counts each worker once.
 */
function generate(seed: number, shape: Shape) {
  const r = prng(seed);
  const cats = r.int(2, 5);
  const years = r.int(shape === 'mixed' ? 1 : 2, 3);
  const projects = shape === 'tiny' ? r.int(8, 13) : r.int(1, 6);
  // Categories nobody is in ('empty': at least one; elsewhere sometimes).
  const used = Array.from(
    { length: cats },
    (_, j) => j === 0 || !(shape === 'empty' ? r.next() < 0.5 : r.next() < 0.15),
  );
  if (shape === 'empty' && used.every(Boolean)) used[cats - 1] = false;
  const pool = used.flatMap((u, j) => (u ? [j] : []));
  const person = (project: number[]): number[] => {
    switch (shape) {
      case 'single':
        return project;
      case 'multi': {
        const k = Math.min(pool.length, r.int(2, 3));
        return [...pool].sort(() => r.next() - 0.5).slice(0, k);
      }
      case 'everyone':
        return [0, ...pool.filter((j) => j > 0 && r.next() < 0.3)];
      case 'only':
        return [0];
      default: {
        const set = pool.filter(() => r.next() < 0.35);
        return set.length ? set : [r.pick(pool)];
      }
    }
  };
  const input: YearCounts[] = Array.from({ length: years }, (_, k) => {
    const rows: number[][] = [];
    const sizes: number[] = [];
    for (let i = 0; i < projects; i++) {
      const size = shape === 'tiny' ? r.int(0, 5) : r.next() < 0.1 ? 0 : r.next() < 0.25 ? r.int(1, 4) : r.int(5, 16);
      // 'single': the whole project in one category; in 'mixed', some projects are.
      const single = shape === 'single' || (shape === 'mixed' && r.next() < 0.25) ? [r.pick(pool)] : undefined;
      const row = new Array<number>(cats).fill(0);
      for (let w = 0; w < size; w++) for (const j of single ?? person([])) row[j]++;
      rows.push(row);
      sizes.push(size);
    }
    return { year: 2021 + k, rows, sizes };
  });
  return { input, cats };
}

describe('overlapping categories: random data against the attacker', () => {
  const shapes: Shape[] = ['mixed', 'tiny', 'single', 'multi', 'everyone', 'only', 'empty'];
  for (const shape of shapes)
    it(`${shape}: no withheld count is pinned, no group shown or provable as all one category`, async () => {
      let withheld = 0;
      let overlapping = 0;
      for (let n = 0; n < 6; n++) {
        const { input, cats } = generate(1000 * shapes.indexOf(shape) + n, shape);
        const what = JSON.stringify({ cats, input });
        const m = await suppressCategoryTables(input, cats, true);
        const pinned = await attack(published(input, m, cats));
        expect(pinned, what).toEqual(new Map());
        expect(primaryBreaches(input, m, cats, pinned), what).toEqual([]);
        withheld += [...m.projects.flat(2), ...m.years.flat(), ...m.all].filter((x) => x !== 'shown').length;
        overlapping += input.flatMap((y) => y.rows.filter((r, i) => sum(r) > sizesOf(y)[i])).length;
      }
      // The data exercise what they are meant to: withheld counts, and (where people may have several
      // categories) groups whose counts add up to more than their size.
      expect(withheld).toBeGreaterThan(0);
      if (shape !== 'single' && shape !== 'only') expect(overlapping).toBeGreaterThan(0);
    }, 20_000);
});

/** The naive publication: counts of 1–4 written "<5", everything else shown. */
function naive(input: YearCounts[], cats: number): CategoryMarks {
  const mark = (v: number): Mark => (v >= 1 && v <= 4 ? 'lt5' : 'shown');
  const years = input.map((y) => Array.from({ length: cats }, (_, j) => yearCol(y, j)));
  return {
    projects: input.map((y) => y.rows.map((r) => r.map(mark))),
    years: years.map((t) => t.map(mark)),
    all: Array.from({ length: cats }, (_, j) => mark(sum(years.map((t) => t[j])))),
    solves: 0,
  };
}

/** The published system without the group relations (what a reader who ignores the overlap rules knows). */
const withoutGroups = (sys: PublishedSystem, keepUpper: boolean): PublishedSystem => ({
  cells: sys.cells,
  sums: sys.sums.filter((s) => s.relation !== '>='),
  upper: keepUpper ? sys.upper : undefined,
});

describe('overlapping categories: the attacker can fail a publication', () => {
  it('naive "<5" only: a project count follows from the year total and is found', async () => {
    // 2023: a 6-worker project (2 of them in two categories) and a 10-worker one; categories 0–2.
    const input: YearCounts[] = [
      {
        year: 2023,
        rows: [
          [6, 2, 0],
          [7, 5, 3],
        ],
        sizes: [6, 10],
      },
    ];
    expect(await attack(published(input, naive(input, 3), 3))).toEqual(new Map([['p0.0.1', 2]]));
    const m = await suppressCategoryTables(input, 3, true);
    const pinned = await attack(published(input, m, 3));
    expect(pinned).toEqual(new Map());
    expect(primaryBreaches(input, m, 3, pinned, true)).toEqual([]);
  });

  it('naive "<5" only: "an 8-worker project has at least 8 memberships" pins two "<5" counts at 4', async () => {
    const input: YearCounts[] = [{ year: 2023, rows: [[4, 4, 0]], sizes: [8] }];
    const sys = published(input, naive(input, 3), 3);
    const all4 = ['p0.0.0', 'p0.0.1', 'y0.0', 'y0.1', 'a.0', 'a.1'].map((n) => [n, 4] as const);
    expect(await attack(sys)).toEqual(new Map(all4));
    // Without the inequality nothing is pinned: the overlap knowledge is what gives it away.
    expect(await attack(withoutGroups(sys, true))).toEqual(new Map());
    const m = await suppressCategoryTables(input, 3, true);
    expect(await attack(published(input, m, 3))).toEqual(new Map());
  });

  it('"—" for a 6-worker project all of one category, its other categories published 0: ≥ 6 and ≤ 6 pin it', async () => {
    const input: YearCounts[] = [
      { year: 2023, rows: [[6, 0, 0]], sizes: [6] },
      { year: 2024, rows: [[5, 6, 7]], sizes: [9] },
    ];
    // The primary rule's "—" for 6 of 6 (project and year), and the all-years 11 withheld too, so the sums
    // alone pin nothing.
    const marks: CategoryMarks = {
      projects: [[['hidden', 'shown', 'shown']], [['shown', 'shown', 'shown']]],
      years: [
        ['hidden', 'shown', 'shown'],
        ['shown', 'shown', 'shown'],
      ],
      all: ['hidden', 'shown', 'shown'],
      solves: 0,
    };
    const sys = published(input, marks, 3);
    expect(await attack(sys)).toEqual(
      new Map([
        ['p0.0.0', 6],
        ['y0.0', 6],
        ['a.0', 11],
      ]),
    );
    // Both halves are needed: at most the size (upper bound) and at least the size (memberships).
    expect(await attack(withoutGroups(sys, true))).toEqual(new Map());
    expect(await attack({ ...sys, upper: undefined })).toEqual(new Map());

    const m = await suppressCategoryTables(input, 3, true);
    const pinned = await attack(published(input, m, 3));
    expect(pinned).toEqual(new Map());
    expect(primaryBreaches(input, m, 3, pinned, true)).toEqual([]);
  });
});

describe('overlapping categories: the primary rule', () => {
  it('a category equal to its group is never a number; groups of 1–4 show no numbers', async () => {
    const input: YearCounts[] = [
      {
        year: 2023,
        rows: [
          [6, 6, 2],
          [3, 1, 0],
          [4, 9, 5],
        ],
        sizes: [6, 3, 9],
      },
      {
        year: 2024,
        rows: [
          [7, 0, 7],
          [1, 1, 1],
        ],
        sizes: [7, 2],
      },
      {
        year: 2025,
        rows: [
          [5, 2, 0],
          [6, 0, 3],
        ],
        sizes: [5, 6],
      },
    ];
    const m = await suppressCategoryTables(input, 3, true);
    const notShown = (ms: Mark[]) => ms.every((x) => x !== 'shown');
    expect(m.projects[0][0].slice(0, 2).every((x) => x !== 'shown')).toBe(true); // 6 and 6 of 6
    expect(notShown(m.projects[0][1])).toBe(true); // 3 workers
    expect(m.projects[0][2][1]).not.toBe('shown'); // 9 of 9
    expect([m.projects[1][0][0], m.projects[1][0][2]]).not.toContain('shown'); // 7 and 7 of 7
    expect(notShown(m.projects[1][1])).toBe(true); // 2 workers
    expect(m.projects[2][0][0]).not.toBe('shown'); // 5 of 5
    expect(m.projects[2][1][0]).not.toBe('shown'); // 6 of 6
    expect(m.years[2][0]).not.toBe('shown'); // 2025: 11 of 11
    const pinned = await attack(published(input, m, 3));
    expect(pinned).toEqual(new Map());
    expect(primaryBreaches(input, m, 3, pinned, true)).toEqual([]);
  });

  it('everyone in every category: no count of any group is shown', async () => {
    const input: YearCounts[] = [
      {
        year: 2023,
        rows: [
          [6, 6],
          [8, 8],
        ],
        sizes: [6, 8],
      },
      { year: 2024, rows: [[5, 5]], sizes: [5] },
    ];
    const m = await suppressCategoryTables(input, 2, true);
    expect([...m.projects.flat(2), ...m.years.flat(), ...m.all]).not.toContain('shown');
    expect(await attack(published(input, m, 2))).toEqual(new Map());
  });
});

describe('without overlap (overlap = false): exact sums, as before', () => {
  const input: YearCounts[] = [
    {
      year: 2023,
      rows: [
        [10, 2, 0],
        [8, 6, 7],
      ],
    },
    {
      year: 2024,
      rows: [
        [6, 6, 0],
        [1, 5, 9],
      ],
    },
  ];

  it('is the default, and an attacker who knows every group adds up exactly pins nothing', async () => {
    const m = await suppressCategoryTables(input, 3, false);
    expect(await suppressCategoryTables(input, 3)).toEqual(m);
    // A lone "<5" in a row with an exact total would be pinned: the 2 has a withheld neighbour.
    expect(m.projects[0][0].filter((x) => x !== 'shown').length).toBeGreaterThanOrEqual(2);
    const pinned = await attack(published(input, m, 3, false));
    expect(pinned).toEqual(new Map());
    expect(primaryBreaches(input, m, 3, pinned)).toEqual([]);
  });

  it('the exact-sum attacker is the stronger one: it finds the naive leak the inequalities miss', async () => {
    const rows = [[10, 2, 0]];
    const one: YearCounts[] = [{ year: 2023, rows }];
    const marks: CategoryMarks = {
      projects: [[['shown', 'lt5', 'shown']]],
      years: [['shown', 'lt5', 'shown']],
      all: ['shown', 'lt5', 'shown'],
      solves: 0,
    };
    expect(await attack(published(one, marks, 3, false))).toEqual(
      new Map([
        ['p0.0.1', 2],
        ['y0.1', 2],
        ['a.1', 2],
      ]),
    );
    expect(await attack(published(one, marks, 3, true))).toEqual(new Map());
  });
});

// Found by the random cases above: secondary suppression withheld a category's totals after primary() had shown a
// tiny group's 0 because those totals were a published 0; the 0 must then be withheld too.
describe('primary rule: a group of 1–4 workers publishes no number', () => {
  for (const overlap of [true, false])
    it(`overlap = ${overlap}: an 8-worker and a 2-worker project, all of category 0`, async () => {
      const input = [
        {
          year: 2021,
          rows: [
            [8, 0, 0],
            [2, 0, 0],
          ],
          sizes: [8, 2],
        },
      ];
      const m = await suppressCategoryTables(input, 3, overlap);
      // Today: years [['hidden','lt5','lt5']], all ['hidden','lt5','lt5'], project 2 ['lt5','lt5','shown'].
      const zeroTotalsPublished = m.years[0][2] === 'shown' || m.all[2] === 'shown';
      expect(m.projects[0][1][2] !== 'shown' || zeroTotalsPublished).toBe(true);
    });
});
