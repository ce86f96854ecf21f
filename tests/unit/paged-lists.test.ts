/**
 * Lists stay light at any scale (issue 11): the view functions behind /labour/, /villages/ and /trainings/, fed a province's
 * worth of synthetic rows (3,000 villages in 150 街道). Each page holds at most its budget of rows, and every item
 * is on exactly one page, so all stay reachable. The demo generator reuses one district's few 街道 and villages
 * and cannot show this by building.
 */
import { describe, expect, it } from 'vitest';
import type { Labour } from '../../src/schemas/labour.ts';
import type { Project } from '../../src/schemas/project.ts';
import type { Training } from '../../src/schemas/training.ts';
import { TRAINING_PAGE_ROWS, trainingPages } from '../../src/lib/views/trainingPages.ts';
import { packGroups, firstPageOf, rowBudget } from '../../src/lib/views/paging.ts';
import { LABOUR_PAGE_ROWS, labourPlacePages, labourView } from '../../src/lib/views/labour.ts';
import {
  buildVillages,
  VILLAGE_INDEX_ROWS,
  villageIndexPages,
  villagePathOf,
  villageStreetLinks,
} from '../../src/lib/views/villages.ts';

/** Names without digits (a village name may have none): two characters from this list, then 村 or 镇. */
const CHARS = '东西南北前后上下大小王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘';
const name = (n: number, suffix: string) =>
  `${CHARS[Math.floor(n / CHARS.length) % CHARS.length]}${CHARS[n % CHARS.length]}${suffix}`;
const STREETS = Array.from({ length: 150 }, (_, i) => name(i, '镇'));
/** 3,000 villages, 20 in each of the 150 街道. */
const VILLAGES = Array.from({ length: 3000 }, (_, i) => ({ street: STREETS[i % 150], village: name(i + 200, '村') }));

const labourRow = (kind: Labour['kind'], subdistrict: string | null, village: string | null, n: number): Labour => ({
  id: `${kind}:${subdistrict ?? ''}:${village ?? ''}`,
  kind,
  subdistrict,
  village,
  group: null,
  surveyed: n,
  willing: n,
  placed: n,
  waiting: 0,
  unwilling: 0,
  placedShare: 100,
});

describe('packing groups into pages', () => {
  const groups = [
    { group: 'A', items: [1, 2] },
    { group: 'B', items: [3, 4, 5] },
    { group: 'C', items: [] as number[] },
    { group: 'D', items: [6, 7, 8, 9, 10, 11, 12] },
  ];

  it('keeps a group whole when it fits a page, splits one larger than a page, and says it continues', () => {
    const pages = packGroups(groups, 4, 1);
    expect(pages.map((p) => p.groups.map((g) => `${g.group}${g.continued ? '…' : ''}:${g.items.join('')}`))).toEqual([
      ['A:12'], // B (4 rows) would not fit after A's 3: it starts the next page
      ['B:345'],
      ['C:', 'D:67'], // C is a heading alone; D, larger than a page, starts after it and goes on
      ['D…:8910'],
      ['D…:1112'],
    ]);
    for (const p of pages) expect(p.groups.reduce((a, g) => a + 1 + g.items.length, 0)).toBeLessThanOrEqual(4);
    expect(pages.flatMap((p) => p.groups.flatMap((g) => g.items))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect([...firstPageOf(pages)]).toEqual([
      ['A', 1],
      ['B', 2],
      ['C', 3],
      ['D', 3],
    ]);
  });

  it('one page when everything fits, none when there is nothing', () => {
    expect(packGroups(groups, 100, 1)).toHaveLength(1);
    expect(packGroups([], 10)).toEqual([]);
  });

  it('a test may lower a budget, never raise it', () => {
    expect(rowBudget(500, {})).toBe(500);
    expect(rowBudget(500, { YGDZ_LIST_ROWS: '5' })).toBe(5);
    expect(rowBudget(500, { YGDZ_LIST_ROWS: '9000' })).toBe(500);
    expect(rowBudget(500, { YGDZ_LIST_ROWS: 'x' })).toBe(500);
  });
});

describe('/labour/ at a province’s scale', () => {
  const rows = [
    labourRow('全区', null, null, 90000),
    ...STREETS.map((s) => labourRow('街道', s, null, 600)),
    ...VILLAGES.map((v) => labourRow('村', v.street, v.village, 30)),
  ];
  const v = labourView(rows);
  const pages = labourPlacePages(v.streets);

  it(`pages of at most ${LABOUR_PAGE_ROWS} rows (街道 and village rows), every 街道 whole on one page`, () => {
    // 21 rows a 街道: 23 of them to a page.
    expect(pages.length).toBe(Math.ceil(150 / Math.floor(LABOUR_PAGE_ROWS / 21)));
    for (const p of pages) {
      expect(p.groups.reduce((a, g) => a + 1 + g.villages.length, 0)).toBeLessThanOrEqual(LABOUR_PAGE_ROWS);
      expect(p.groups.every((g) => !g.continued)).toBe(true);
    }
    expect(pages.map((p) => p.path).slice(0, 2)).toEqual(['/labour/villages/', '/labour/villages/2/']);
    expect(pages[0].label).toMatch(/^第 1 页（.+—.+）$/);
  });

  it('every village row is on exactly one page, under its own 街道', () => {
    const seen = pages.flatMap((p) => p.groups.flatMap((g) => g.villages.map((r) => `${g.street.name}/${r.name}`)));
    expect(seen).toHaveLength(3000);
    expect(new Set(seen)).toEqual(new Set(VILLAGES.map((x) => `${x.street}/${x.village}`)));
  });

  it('a district that fits keeps one page (then /labour/ shows the table and no place page is built)', () => {
    const small = labourView(rows.slice(0, 1 + 3).concat(rows.filter((r) => r.kind === '村').slice(0, 10)));
    expect(labourPlacePages(small.streets)).toHaveLength(1);
  });
});

describe('/villages/ at a province’s scale', () => {
  const projects = VILLAGES.map(
    (v, i) => ({ id: `P-${i}`, year: 2024, subdistrict: v.street, location: v.village }) as unknown as Project,
  );
  const index = buildVillages({ projects, trainings: [] });
  const pages = villageIndexPages(index);

  it(`pages of at most ${VILLAGE_INDEX_ROWS} villages, by 街道, under /villages/list/`, () => {
    expect(index.villages).toHaveLength(3000);
    expect(pages).toHaveLength(3);
    for (const p of pages) expect(p.groups.reduce((a, g) => a + g.villages.length, 0)).toBeLessThanOrEqual(1000);
    expect(pages.map((p) => p.path)).toEqual(['/villages/list/', '/villages/list/2/', '/villages/list/3/']);
  });

  it('every village is on exactly one page; every 街道 links the page its list begins on', () => {
    const keys = pages.flatMap((p) => p.groups.flatMap((g) => g.villages.map((x) => x.key)));
    expect(keys).toHaveLength(3000);
    expect(new Set(keys).size).toBe(3000);
    const links = villageStreetLinks(pages);
    expect(links).toHaveLength(150);
    expect(links.reduce((a, l) => a + l.villages, 0)).toBe(3000);
    for (const l of links) {
      const page = pages.find((p) => l.href.startsWith(p.path) && l.href.slice(p.path.length).startsWith('#'))!;
      expect(page.groups.some((g) => g.subdistrict === l.subdistrict && !g.continued)).toBe(true);
    }
  });

  it('a district that fits keeps every village on /villages/', () => {
    const small = buildVillages({ projects: projects.slice(0, 40), trainings: [] });
    expect(villageIndexPages(small).map((p) => p.path)).toEqual(['/villages/']);
  });

  it('a roster village finds its page by 街道 and name', () => {
    const v = index.villages[1234];
    expect(villagePathOf(v.subdistrict, v.name, index)).toBe(v.path);
    expect(villagePathOf(v.subdistrict, `${v.name.slice(0, -1)}村委会`, index)).toBe(v.path);
    expect(villagePathOf('别的镇', v.name, index)).toBeUndefined();
  });
});

describe('/trainings/ at a province’s scale', () => {
  // 1,200 classes: 700 starting in 2024, 300 in 2023, 200 in 2022.
  const classes = Array.from(
    { length: 1200 },
    (_, i) => ({ id: `PX-${i}`, start: `${i < 700 ? 2024 : i < 1000 ? 2023 : 2022}-05-01` }) as unknown as Training,
  );
  const pages = trainingPages(classes);

  it(`each year's classes on pages of at most ${TRAINING_PAGE_ROWS}, newest year first, each class on one page`, () => {
    expect(pages.map((p) => [p.path, p.label, p.classes.length])).toEqual([
      ['/trainings/2024/', '2024年 第 1 页', 500],
      ['/trainings/2024/2/', '2024年 第 2 页', 200],
      ['/trainings/2023/', '2023年', 300],
      ['/trainings/2022/', '2022年', 200],
    ]);
    expect(new Set(pages.flatMap((p) => p.classes.map((c) => c.id))).size).toBe(1200);
  });

  it('a district whose classes fit one page keeps them all on /trainings/', () => {
    expect(trainingPages(classes.slice(0, TRAINING_PAGE_ROWS))).toEqual([]);
  });
});
