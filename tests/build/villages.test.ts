/**
 * Village pages on the hand-written folder tests/fixtures/villages (its README.md lists the facts): which
 * villages exist, what each page lists, how 建设地点 and 培训地点 are matched, the pay totals when masked payout
 * lists are published and the sentence that replaces them when they are not.
 */
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildVillages, villageLinkFor, villagesIn } from '../../src/lib/views/villages.ts';
import type { Project } from '../../src/schemas/project.ts';
import type { Training } from '../../src/schemas/training.ts';
import { buildFixture, fixture, page, runScript, tempDir, textOf } from '../helpers/site.ts';

const BUILT_ON = { SITE_TODAY: '2024-06-30' };
const path = (key: string) => `/villages/${encodeURIComponent(key)}/`;
const file = (key: string) => join('villages', key, 'index.html');

/** key → [街道, name] of every village page the fixture makes from its projects and classes. */
const VILLAGES: Record<string, [string, string]> = {
  东城街道柳湾村: ['东城街道', '柳湾村'],
  新华社区: ['东城街道', '新华社区'],
  西山镇柳湾村: ['西山镇', '柳湾村'],
  石桥村: ['西山镇', '石桥村'],
  南岭村: ['', '南岭村'],
};
/** The village known only from the roster (its workers' pay): a page only while payout lists are published. */
const ROSTER_ONLY = '后岭村';

let site: string;
beforeAll(() => {
  site = buildFixture('villages', BUILT_ON);
});

/** The links to project notices inside one section (h2 id) of a village page, in order. */
function projectLinks(html: string, section: string): string[] {
  const part = html.split(`id="${section}"`)[1]?.split('<h2')[0] ?? '';
  return [...part.matchAll(/href="\/projects\/([^/"]+)\/"/g)].map((m) => m[1]);
}
const section = (html: string, id: string) => textOf(html.split(`id="${id}"`)[1]?.split('<h2')[0] ?? '');

describe('the village index', () => {
  it('lists every village once, under its 街道, linking its page', () => {
    const html = page('villages/index.html', site);
    const links = [...html.matchAll(/<a href="(\/villages\/[^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    expect(links.filter(([href]) => href !== path(ROSTER_ONLY))).toEqual([
      [path('东城街道柳湾村'), '柳湾村'],
      [path('新华社区'), '新华社区'],
      [path('西山镇柳湾村'), '柳湾村'],
      [path('石桥村'), '石桥村'],
      [path('南岭村'), '南岭村'],
    ]);
    const headings = [...html.matchAll(/<h2[^>]*>([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(headings).toEqual(['东城街道', '西山镇', '街道未注明']);
  });

  it('has a page for a village known only from the roster, in pinyin order under its 街道', () => {
    const html = page('villages/index.html', site);
    const hrefs = [...html.matchAll(/<a href="(\/villages\/[^"]+)"/g)].map((m) => m[1]);
    expect(hrefs.indexOf(path(ROSTER_ONLY))).toBe(hrefs.indexOf(path('西山镇柳湾村')) - 1);
    expect(existsSync(join(site, file(ROSTER_ONLY)))).toBe(true);
    expect(page('sitemap/index.html', site)).toContain(`href="${path(ROSTER_ONLY)}"`);
    expect(section(page(file(ROSTER_ONLY), site), 'projects')).toContain('暂无');
  });

  it('makes one page per village and no other', () => {
    for (const key of Object.keys(VILLAGES)) expect(existsSync(join(site, file(key))), key).toBe(true);
    // A name two 街道 share is keyed by 街道 + name; no page under the bare name.
    expect(existsSync(join(site, file('柳湾村')))).toBe(false);
  });

  it('is linked from the sitemap page with every village page', () => {
    const html = page('sitemap/index.html', site);
    expect(html).toContain('href="/villages/"');
    for (const key of Object.keys(VILLAGES)) expect(html, key).toContain(`href="${path(key)}"`);
  });
});

describe('a village page', () => {
  it.each(Object.entries(VILLAGES))('%s names its village and 街道', (key, [subdistrict, name]) => {
    const html = page(file(key), site);
    expect(textOf(/<h1[^>]*>[\s\S]*?<\/h1>/.exec(html)![0]).trim()).toBe(name);
    expect(/<title>([^<]*)<\/title>/.exec(html)![1]).toContain(`${subdistrict}${name}`);
  });

  it('lists the projects built there: 建设地点 with or without the 街道, a list of villages, 村委会', () => {
    const projects = (key: string) => projectLinks(page(file(key), site), 'projects');
    expect(projects('东城街道柳湾村')).toEqual(['VG2024-001', 'VG2023-001']);
    expect(projects('新华社区')).toEqual(['VG2024-001']);
    expect(projects('西山镇柳湾村')).toEqual(['VG2023-002']);
    expect(projects('石桥村')).toEqual(['VG2024-002']);
    expect(projects('南岭村')).toEqual([]);
  });

  it('every notice links its village page; a 建设地点 that is not a village links none', () => {
    const links = (id: string) => [
      ...new Set([...page(`projects/${id}/index.html`, site).matchAll(/href="(\/villages\/[^"]+)"/g)].map((m) => m[1])),
    ];
    expect(links('VG2023-001')).toEqual([path('东城街道柳湾村')]);
    expect(links('VG2023-002')).toEqual([path('西山镇柳湾村')]);
    expect(links('VG2024-001')).toEqual([path('新华社区')]);
    expect(links('VG2024-002')).toEqual([path('石桥村')]);
    expect(links('VG2024-003')).toEqual([]);
  });

  it('a project whose 建设地点 is not a village is on no village page', () => {
    for (const key of Object.keys(VILLAGES)) expect(page(file(key), site)).not.toContain('VG2024-003');
  });

  it('lists the classes held there; a 培训地点 without 街道 goes to the one village of that name, or nowhere', () => {
    const classes = (key: string) => section(page(file(key), site), 'trainings');
    expect(classes('石桥村')).toContain('2023年砌筑工培训班');
    expect(classes('新华社区')).toContain('2024年混凝土工培训班');
    expect(classes('南岭村')).toContain('2024年果树修剪培训班');
    // 柳湾村 without a 街道 could be either: on neither page.
    expect(classes('东城街道柳湾村')).not.toContain('电工');
    expect(classes('西山镇柳湾村')).not.toContain('电工');
    expect(classes('东城街道柳湾村')).toContain('暂无');
  });

  it("shows the village's workers' pay per year, counted by the roster's village", () => {
    const pay = (key: string) => section(page(file(key), site), 'pay');
    // 2023: 柳大山 10 + 12 days, 柳二妹 8 days at 150 元; 2024: 柳六平 10 days at 170 元, not paid yet.
    expect(pay('东城街道柳湾村')).toMatch(/2024年 1 10 1,700\.00 0\.00 新华社区与柳湾村连接路工程/);
    expect(pay('东城街道柳湾村')).toMatch(/2023年 2 30 4,500\.00 4,500\.00 东城柳湾村排水沟工程/);
    // 石三岭 of 石桥村 worked on the project in 西山镇柳湾村.
    expect(pay('石桥村')).toMatch(/2023年 1 20 3,200\.00 3,200\.00 西山柳湾村道路硬化工程/);
    // A village known only from the roster.
    expect(pay(ROSTER_ONLY)).toMatch(/2024年 1 5\.5 990\.00 990\.00 石桥村塘坝修复工程/);
    expect(pay('西山镇柳湾村')).toContain('暂无');
  });

  it('tables stack into cards on phones: every cell is labelled with its column', () => {
    for (const key of Object.keys(VILLAGES)) {
      const html = page(file(key), site);
      for (const table of html.match(/<table[\s\S]*?<\/table>/g) ?? []) {
        expect(table).toMatch(/^<table class="stack"/);
        const headers = [...table.matchAll(/<th scope="col"[^>]*>([^<]+)<\/th>/g)].map((m) => m[1].trim());
        for (const row of table.match(/<tr[^>]*>[\s\S]*?<\/tr>/g)!.slice(1)) {
          const labels = [...row.matchAll(/<td data-label="([^"]+)"/g)].map((m) => m[1]);
          expect(labels, key).toEqual(headers);
        }
      }
    }
  });
});

describe('without masked payout lists', () => {
  let off: string;
  beforeAll(() => {
    const data = join(tempDir('villages-nolist-'), 'data');
    cpSync(fixture('villages'), data, { recursive: true });
    const siteJson = JSON.parse(readFileSync(join(data, 'site.json'), 'utf8'));
    writeFileSync(join(data, 'site.json'), JSON.stringify({ ...siteJson, privacy: { publishPayoutList: false } }));
    off = buildFixtureFrom(data);
  });

  it('says pay is published per project, and shows no village totals', () => {
    const pay = section(page(file('东城街道柳湾村'), off), 'pay');
    expect(pay).toContain('本站按项目公布劳务报酬');
    expect(pay).not.toContain('4,500');
  });

  it('has no page for a village known only from the roster', () => {
    expect(existsSync(join(off, file(ROSTER_ONLY)))).toBe(false);
  });
});

describe('matching places to villages', () => {
  const known = ['东城街道', '西山镇'];
  it.each([
    ['柳湾村', '东城街道', [['东城街道', '柳湾村']]],
    ['西山镇柳湾村', '东城街道', [['西山镇', '柳湾村']]],
    ['某某县西山镇石桥村', '', [['西山镇', '石桥村']]],
    [
      '新华社区、柳湾村',
      '东城街道',
      [
        ['东城街道', '新华社区'],
        ['东城街道', '柳湾村'],
      ],
    ],
    ['石桥村委会', '西山镇', [['西山镇', '石桥村']]],
    ['新华社区居委会', '东城街道', [['东城街道', '新华社区']]],
    ['滨河路沿线', '东城街道', []],
    ['柳湾村段', '东城街道', []],
    ['3号村', '东城街道', []],
  ])('%s (in %s)', (place, hint, want) => {
    expect(villagesIn(place, known, hint).map((v) => [v.subdistrict, v.name])).toEqual(want);
  });

  const project = (id: string, subdistrict: string, location: string) =>
    ({ id, year: 2024, subdistrict, location }) as Project;
  const index = buildVillages({
    projects: [project('A', '东城街道', '柳湾村'), project('B', '西山镇', '柳湾村'), project('C', '西山镇', '石桥村')],
    trainings: [] as Training[],
  });
  it('links a notice to its village page, keyed by 街道 + name only where the name is shared', () => {
    expect(villageLinkFor(project('A', '东城街道', '柳湾村'), index)).toEqual({
      href: path('东城街道柳湾村'),
      label: '柳湾村',
    });
    expect(villageLinkFor(project('C', '西山镇', '石桥村'), index)).toEqual({ href: path('石桥村'), label: '石桥村' });
    expect(villageLinkFor(project('D', '西山镇', '滨河路沿线'), index)).toBeUndefined();
  });
});

/** The fixture built from another copy of its folder (site.json changed). */
function buildFixtureFrom(data: string): string {
  const out = join(tempDir('villages-site-'), 'site');
  const r = runScript('build.ts', [], { DATA_DIR: data, OUT_DIR: out, ...BUILT_ON });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}
