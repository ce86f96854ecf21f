/**
 * The project list at a province's scale (issue 11): year pages of bounded size that name every 街道, and the
 * per-year index the filter loads on demand, fed 25,000 synthetic projects in 150 街道. The demo generator reuses
 * one district's few 街道 and cannot show this by building.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  LIST_PAGE_ROWS,
  projectListPages,
  streetAnchor,
  streetStarts,
  yearStreets,
} from '../../src/lib/views/projectPages.ts';
import { projectIndex } from '../../src/lib/views/projectIndex.ts';
import { rowMatches, shownProject } from '../../src/scripts/projectIndex.ts';

/** Names without digits, as village names are: two characters from this list, then 村 or 镇. */
const CHARS = '东西南北前后上下大小王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘';
const name = (n: number, suffix: string) =>
  `${CHARS[Math.floor(n / CHARS.length) % CHARS.length]}${CHARS[n % CHARS.length]}${suffix}`;
const STREETS = Array.from({ length: 150 }, (_, i) => name(i, '镇'));
const VILLAGES = Array.from({ length: 3000 }, (_, i) => ({ street: STREETS[i % 150], village: name(i + 200, '村') }));

/** 25,000 projects over 7 years in the 150 街道, names like the ledgers' (village + works). */
const WORKS = ['道路硬化工程', '河道清淤工程', '灌溉渠改造工程', '塘坝加固工程', '人居环境整治工程', '产业路建设项目'];
const SECTORS = ['交通基础设施', '水利基础设施', '农业农村基础设施', '生态环境'];
const PROJECTS = Array.from({ length: 25000 }, (_, i) => ({
  id: `P${2019 + (i % 7)}-${String(i).padStart(6, '0')}`,
  name: `${VILLAGES[(i * 37) % 3000].village}${WORKS[i % WORKS.length]}`,
  year: 2019 + (i % 7),
  subdistrict: STREETS[(i * 37) % 150],
  sectors: i % 5 === 0 ? [SECTORS[i % 4], SECTORS[(i + 1) % 4]] : [SECTORS[i % 4]],
  type: ['以工代赈专项资金项目', '重点工程项目'][i % 2],
  status: ['实施中', '已完工', '已验收'][i % 3],
  noticeStart: i % 11 === 0 ? undefined : `2024-0${1 + (i % 9)}-0${1 + (i % 9)}`,
  noticeEnd: i % 11 === 0 ? undefined : `2024-0${1 + (i % 9)}-1${i % 10}`,
  plannedPayFen: 1_000_000 + ((i * 7919) % 90_000_000),
  paidFen: (i * 104729) % 50_000_000,
}));

describe('the project list at 25,000 projects', () => {
  const pages = projectListPages(PROJECTS);

  it(`year pages of at most ${LIST_PAGE_ROWS}, every project on exactly one`, () => {
    for (const p of pages) expect(p.projects.length).toBeLessThanOrEqual(LIST_PAGE_ROWS);
    const ids = pages.flatMap((p) => p.projects.map((q) => q.id));
    expect(ids).toHaveLength(25000);
    expect(new Set(ids).size).toBe(25000);
  });

  it('without JavaScript every 街道 of a year links the row its projects begin on', () => {
    const streets = yearStreets(pages, 2024);
    expect(streets).toHaveLength(150);
    expect(streets.reduce((a, s) => a + s.projects, 0)).toBe(PROJECTS.filter((p) => p.year === 2024).length);
    const ofYear = pages.filter((p) => p.year === 2024);
    const anchored = new Map<string, string>();
    for (const page of ofYear)
      for (const p of streetStarts(page, pages))
        anchored.set(p.subdistrict, `${page.path}#${encodeURIComponent(streetAnchor(p.subdistrict))}`);
    // Each 街道 begins on exactly one page (a 街道 that runs on to the next page is not anchored again there).
    expect(anchored.size).toBe(150);
    for (const s of streets) expect(anchored.get(s.subdistrict)).toBe(s.href);
  });

  it('the filter index of a year is small: well under 150 KB gzipped', () => {
    for (const year of [2019, 2025]) {
      const json = JSON.stringify(projectIndex(year, PROJECTS));
      expect(gzipSync(json).length).toBeLessThan(100 * 1024);
    }
  });
});

describe('the filter index', () => {
  const projects = [
    PROJECTS[0], // 2019, two 行业领域
    { ...PROJECTS[7], name: '<img src=x onerror=alert(1)>村道路', noticeStart: '2024-03-01', noticeEnd: '2024-03-10' },
    PROJECTS[14],
  ];
  const index = projectIndex(2019, projects);

  it('holds a year’s projects in list order, names of 街道 and kinds once', () => {
    expect(index.rows.map((r) => r[0]).sort()).toEqual(projects.map((p) => p.id).sort());
    expect(new Set(index.subdistricts).size).toBe(index.subdistricts.length);
    expect(projectIndex(2020, projects).rows).toEqual([]);
  });

  it('matches as the one-page filter does: either of two 行业领域, every chosen filter', () => {
    const two = index.rows.find((r) => r[0] === PROJECTS[0].id)!;
    for (const sector of PROJECTS[0].sectors) expect(rowMatches(index, two, { sector })).toBe(true);
    expect(rowMatches(index, two, { sector: '生态环境', subdistrict: PROJECTS[0].subdistrict })).toBe(
      PROJECTS[0].sectors.includes('生态环境'),
    );
    expect(rowMatches(index, two, { year: '2019', type: PROJECTS[0].type })).toBe(true);
    expect(rowMatches(index, two, { year: '2020' })).toBe(false);
  });

  it('shows what the list shows: money in 万元, the 公示 state of the day it is read', () => {
    const r = index.rows.find((x) => x[0] === PROJECTS[7].id)!;
    const shown = shownProject(index, r, '2024-03-05');
    expect(shown).toMatchObject({
      name: '<img src=x onerror=alert(1)>村道路', // text: the script writes it with textContent
      year: '2019',
      notice: { state: 'open', label: '公示中' },
    });
    expect(shown.planned).toMatch(/^\d+\.\d{2}$/);
    expect(shown.detail).toBe(`${PROJECTS[7].subdistrict} · ${PROJECTS[7].sectors.join('、')} · ${PROJECTS[7].type}`);
    expect(shownProject(index, r, '2024-03-11').notice.label).toBe('公示已结束');
    const none = index.rows.find((x) => x[0] === PROJECTS[0].id)!;
    expect(shownProject(index, none, '2024-03-05').notice.label).toBe('未公示');
  });
});
