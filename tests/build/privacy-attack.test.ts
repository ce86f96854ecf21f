/**
 * An attacker with every number the built site publishes about 人员类别: the project and category-totals
 * downloads (the same numbers the pages show) solved together as an integer program. The fixture has the
 * case an attacker once solved (a one-worker project), a project whose workers are all of one category,
 * and a three-worker project.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { LT5_DEFINITION, OVERLAP_NOTE } from '../../src/lib/privacy/rule.ts';
import { attack, parsePublished, type Published, type PublishedSystem } from '../helpers/attacker.ts';
import { listFiles, ROOT, runScript, tempDir, textOf } from '../helpers/site.ts';

const FIXTURE = join(ROOT, 'tests/fixtures/privacy-small');
/** A fixture where people belong to several categories (脱贫人口、返乡农民工): the counts overlap. */
const OVERLAP_FIXTURE = join(ROOT, 'tests/fixtures/privacy-overlap');
let out = '';
let overlapOut = '';

const readCsv = (site: string, name: string): Record<string, string>[] =>
  Papa.parse<Record<string, string>>(readFileSync(join(site, 'data', name), 'utf8').replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  }).data;
const csv = (name: string) => readCsv(out, name);
const catColumn = (c: string) => `务工人数：${c}(人)`;
/** The categories as an attacker finds them: the download's columns, not the code's list. */
const categoriesOf = (rows: Record<string, string>[]): string[] =>
  Object.keys(rows[0]).flatMap((h) => /^务工人数：(.+)\(人\)$/.exec(h)?.[1] ?? []);

const build = (data: string) => {
  const site = join(tempDir('privacy-'), 'dist');
  const r = runScript('build.ts', [], { DATA_DIR: data, OUT_DIR: site });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
  return site;
};

beforeAll(() => {
  out = build(FIXTURE);
  overlapOut = build(OVERLAP_FIXTURE);
});

/**
 * Everything the downloads publish about categories, as one system. Without overlap a group's categories add up
 * to its workers; with overlap (the site says so) a reader knows only that they add up to at least that, and
 * that no category exceeds it.
 */
function publishedSystem(
  site = out,
  overlap = false,
): {
  sys: PublishedSystem;
  groups: { name: string; size: number; cells: string[] }[];
} {
  const cells = new Map<string, Published>();
  const upper = new Map<string, number>();
  const sums: PublishedSystem['sums'] = [];
  const groups: { name: string; size: number; cells: string[] }[] = [];
  const byYear = new Map<string, string[]>();
  const projects = readCsv(site, 'projects.csv');
  const WORKER_CATEGORIES = categoriesOf(projects);
  const group = (name: string, size: number, names: string[]) => {
    groups.push({ name, size, cells: names });
    if (!overlap) return void sums.push({ parts: names, total: size });
    sums.push({ parts: names, total: size, relation: '>=', max: size * names.length });
    for (const n of names) upper.set(n, size);
  };
  for (const p of projects) {
    const names = WORKER_CATEGORIES.map((c) => `${p['项目编号']}:${c}`);
    WORKER_CATEGORIES.forEach((c, j) => cells.set(names[j], parsePublished(p[catColumn(c)])));
    group(p['项目编号'], Number(p['吸纳务工人数(人)']), names);
    byYear.set(p['年度'], [...(byYear.get(p['年度']) ?? []), p['项目编号']]);
  }
  // category-totals.csv: one row per year and 人员类别; the year's people in its 合计（去重） row.
  const totals = new Map<string, Map<string, string>>();
  for (const t of readCsv(site, 'category-totals.csv')) {
    if (!totals.has(t['年度'])) totals.set(t['年度'], new Map());
    totals.get(t['年度'])!.set(t['人员类别'], t['务工人数(人)']);
  }
  const yearNames: string[] = [];
  for (const [year, row] of totals) {
    const name = year === '全部年度' ? 'all' : `y${year}`;
    const names = WORKER_CATEGORIES.map((c) => `${name}:${c}`);
    WORKER_CATEGORIES.forEach((c, j) => cells.set(names[j], parsePublished(row.get(c)!)));
    group(name, Number(row.get('合计（去重）')), names);
    if (name !== 'all') {
      yearNames.push(name);
      for (const c of WORKER_CATEGORIES)
        sums.push({ parts: (byYear.get(year) ?? []).map((id) => `${id}:${c}`), total: `${name}:${c}` });
    }
  }
  for (const c of WORKER_CATEGORIES) sums.push({ parts: yearNames.map((y) => `${y}:${c}`), total: `all:${c}` });
  return { sys: { cells, sums, ...(overlap && { upper }) }, groups };
}

describe('overlapping categories against the attacker', () => {
  it('the site says the categories overlap, on notices and in the download README', () => {
    const readme = readFileSync(join(overlapOut, 'data', 'README.txt'), 'utf8');
    expect(readme).toContain(OVERLAP_NOTE);
    const notice = textOf(readFileSync(join(overlapOut, 'projects/PO2023-005/index.html'), 'utf8'));
    expect(notice).toContain(OVERLAP_NOTE);
    expect(readFileSync(join(out, 'data', 'README.txt'), 'utf8')).not.toContain(OVERLAP_NOTE);
  });

  it('counts each person once in 吸纳务工人数 but once per category in the breakdown', () => {
    const p = readCsv(overlapOut, 'projects.csv').find((r) => r['项目编号'] === 'PO2023-003')!;
    // All six workers are 脱贫人口 and 返乡农民工: each category equals the group, so both are withheld.
    expect(p['吸纳务工人数(人)']).toBe('6');
    expect(p[catColumn('脱贫人口')]).toBe('—');
    expect(p[catColumn('返乡农民工')]).toBe('—');
  });

  it('no withheld count can be worked out, even knowing the bounds overlap implies', async () => {
    const { sys, groups } = publishedSystem(overlapOut, true);
    expect([...sys.cells.values()].filter((v) => typeof v !== 'number').length).toBeGreaterThan(0);
    const pinned = await attack(sys);
    expect(pinned).toEqual(new Map());
    for (const g of groups)
      for (const name of g.cells) expect(sys.cells.get(name) === g.size && g.size > 0, name).toBe(false);
  }, 60_000);
});

describe('the built site against an integer-programming attacker', () => {
  it('no withheld category count can be worked out from the downloads', async () => {
    const { sys } = publishedSystem();
    expect([...sys.cells.values()].filter((v) => typeof v !== 'number').length).toBeGreaterThan(0);
    expect(await attack(sys)).toEqual(new Map());
  }, 60_000);

  it('no project or year shows, or lets anyone prove, that all its workers are of one category', async () => {
    const { sys, groups } = publishedSystem();
    const pinned = await attack(sys);
    for (const g of groups)
      for (const name of g.cells) {
        const v = sys.cells.get(name);
        expect(v === g.size && g.size > 0, name).toBe(false);
        expect(pinned.get(name) === g.size, name).toBe(false);
      }
  }, 60_000);

  it('a project of 1–4 workers publishes no breakdown: "<5" in the download, a sentence on the notice', () => {
    const rows = csv('projects.csv');
    const p = rows.find((r) => r['项目编号'] === 'PS2023-001')!;
    // A category that is 0 in every year (published as 0 in the totals, like 易地搬迁脱贫人口 and the groups the
    // fixture never uses) is 0 here too, which tells nothing new; every other count is "<5".
    const byCategory = Object.fromEntries(categoriesOf(rows).map((c) => [c, p[catColumn(c)]]));
    expect(byCategory).toEqual({
      脱贫人口: '<5',
      防止返贫监测对象: '<5',
      易地搬迁脱贫人口: '0',
      农村低收入人口: '<5',
      返乡农民工: '0',
      农村劳动力: '<5',
      城镇就业困难人员: '0',
      家庭经济困难高校毕业生: '0',
      退役军人: '0',
      残疾人: '0',
    });
    const notice = textOf(readFileSync(join(out, 'projects/PS2023-001/index.html'), 'utf8'));
    expect(notice).toContain('务工人员不足 5 人，不公布人员类别构成');
    expect(notice).not.toContain('务工人员构成');
  });

  it('"<5" is defined in one wording on every page and in every download', () => {
    let definitions = 0;
    for (const f of listFiles(out).filter((f) => /\.(html|csv|json|txt)$/.test(f))) {
      const text = f.endsWith('.html') ? textOf(readFileSync(f, 'utf8')) : readFileSync(f, 'utf8');
      for (const m of text.matchAll(/“<5”表示/g)) {
        definitions++;
        // The one wording (SUPPRESSION_NOTE opens with it; the data dictionary quotes it alone).
        expect(text.slice(m.index, m.index + LT5_DEFINITION.length), f).toBe(LT5_DEFINITION);
      }
      expect(text, f).not.toMatch(/1–4 人(显示为|写作)“<5”/);
    }
    expect(definitions).toBeGreaterThan(3);
  });
});
