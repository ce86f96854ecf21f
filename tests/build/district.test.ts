/**
 * One district's site from one folder: everything that names a district (site.json, the 工作机制 page, news,
 * the logo) comes from its data folder, so another county's folder builds a site with no word of the demo's
 * 莱山区. Data: tests/fixtures/district-b (a made-up 四川省雁屏市松岭县, facts in its README.md), copied outside
 * the repository as a county's own folder would be; and the same ledgers without pages/, news/ or a logo.
 */
import { copyFileSync, cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_WORDS, siteTexts as texts } from '../helpers/demoWords.ts';
import { fixture, listFiles, page, runScript, tempDir, textOf } from '../helpers/site.ts';

/** Builds take 5–10 s each, longer while other test files build too. */
const BUILD = 120_000;

/** Builds a data folder into a new folder inside TMP; returns the site's folder. */
function build(data: string): string {
  const out = join(tempDir('district-site-'), 'site');
  const r = runScript('build.ts', [], { DATA_DIR: data, OUT_DIR: out, SITE_TODAY: '2024-10-28' });
  if (r.status !== 0) throw new Error(`build of ${data} failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}



const LEDGERS = ['site.json', 'projects.csv', 'workers.csv', 'payouts.csv', 'trainings.csv', 'inspections.csv'];

describe('another district built from its own folder', () => {
  let site = '';
  beforeAll(() => {
    const data = join(tempDir('district-b-'), 'data');
    cpSync(fixture('district-b'), data, { recursive: true });
    site = build(data);
  }, BUILD);

  it('no file of the site names the demo district or any of its places and units (zip and gzip included)', () => {
    const all = texts(site);
    expect(all.some((t) => t.file.endsWith('ygdz-open-data.zip!projects.csv'))).toBe(true);
    const found = all.flatMap(({ file, text }) => DEMO_WORDS.filter((w) => text.includes(w)).map((w) => `${file}: ${w}`));
    expect(found).toEqual([]);
  });

  it('the scan can fail: it finds planted names, also gzipped and inside a zip', () => {
    const planted = tempDir('district-plant-');
    writeFileSync(join(planted, 'a.html'), '<p>烟台市莱山区</p>');
    writeFileSync(join(planted, 'b.pf'), gzipSync(Buffer.from('{"content":"解甲庄街道"}')));
    writeFileSync(join(planted, 'c.zip'), zipSync({ 'd.csv': strToU8('项目编号,街道\nX-1,院格庄街道\n') }));
    const hits = texts(planted).map(({ file, text }) => [file.slice(planted.length), DEMO_WORDS.some((w) => text.includes(w))]);
    expect(hits).toEqual([
      ['/a.html', true],
      ['/b.pf', true],
      ['/c.zip!d.csv', true],
    ]);
  });

  it('shows its own names, 工作机制, news and logo', () => {
    const home = page('index.html', site);
    expect(textOf(home)).toContain('四川省雁屏市松岭县以工代赈信息公开');
    expect(textOf(home)).toContain('松岭县以工代赈“三清单”工作法');
    expect(textOf(home)).toContain('主办单位：松岭县发展和改革局');
    expect(home).toContain('<img class="logo" src="/logo.svg"');
    expect(readFileSync(join(site, 'logo.svg'), 'utf8')).toBe(
      readFileSync(join(fixture('district-b'), 'logo.svg'), 'utf8'),
    );
    const about = textOf(page('about/index.html', site));
    expect(about).toContain('松岭县以工代赈“三清单”工作机制');
    expect(about).toContain('松岭县以“三清单”推进以工代赈');
    const news = textOf(page('news/index.html', site));
    expect(news).toContain('杉树坪村砌筑工培训班结业（示例）');
    expect(textOf(page('news/2024-03-tea-garden-training/index.html', site))).toContain('24 名群众结业后');
    expect(home).toContain('<a href="/news/"');
    for (const id of ['SL2024-001', 'SL2024-002', 'SL2024-003', 'SL2024-004'])
      expect(existsSync(join(site, `projects/${id}/index.html`)), id).toBe(true);
  });
});

describe('a folder with only the ledgers (no pages/, news/ or logo)', () => {
  let site = '';
  beforeAll(() => {
    const data = tempDir('district-bare-');
    for (const f of LEDGERS) copyFileSync(join(fixture('district-b'), f), join(data, f));
    site = build(data);
  }, BUILD);

  it('builds a short 工作机制 page from site.json', () => {
    const about = textOf(page('about/index.html', site));
    expect(about).toContain('松岭县以工代赈工作机制');
    expect(about).toContain('本平台由松岭县发展和改革局主办，公开四川省雁屏市松岭县的以工代赈工作');
    expect(about).toContain('监督电话');
    expect(about).toContain('松岭县以工代赈工作监督电话：0816-7201234');
  });

  it('says there is no news yet and links to no news from the header or the home page', () => {
    expect(textOf(page('news/index.html', site))).toContain('暂无工作动态。');
    expect(listFiles(join(site, 'news')).map((f) => f.slice(site.length))).toEqual(['/news/index.html']);
    for (const path of ['index.html', 'about/index.html', 'projects/index.html'])
      expect(page(path, site), path).not.toContain('href="/news/"');
  });

  it('has no logo', () => {
    expect(existsSync(join(site, 'logo.svg'))).toBe(false);
    expect(existsSync(join(site, 'logo.png'))).toBe(false);
    expect(page('index.html', site)).not.toContain('class="logo"');
  });
});
