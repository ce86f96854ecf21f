import { gunzipSync, gzipSync } from 'node:zlib';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { folderSource } from '../../src/lib/ingest/fsSource.ts';
import { personalSecrets } from '../helpers/ledgers.ts';
import { buildDemo, DIST, listFiles, page, ROOT, textOf, treeHash } from '../helpers/site.ts';

beforeAll(() => buildDemo());

describe('the demo site', () => {
  it('states the five 2023 figures with their units on the home page', () => {
    const html = page('index.html');
    // label + value + unit of each headline figure, as a reader sees them
    const figures = [...html.matchAll(/<li data-figure="(\w+)">([\s\S]*?)<\/li>/g)].map(([, key, inner]) => [
      key,
      textOf(inner.replace(/<span class="fine">[\s\S]*$/, '')).replace(/\s+/g, ''),
    ]);
    expect(Object.fromEntries(figures)).toMatchObject({
      projects: '以工代赈项目18个',
      workers: '吸纳务工369人',
      classes: '技能培训8期',
      hours: '培训时长320学时',
      trainees: '培训人员258人',
    });
  });

  it('has one page per project, with lang="zh-CN"', () => {
    const projects = readFileSync(join(ROOT, 'data/projects.csv'), 'utf8').split(/\r\n/).filter((l) => /^LS\d{4}-\d{3},/.test(l));
    expect(projects).toHaveLength(18);
    for (const line of projects) {
      const id = line.split(',')[0];
      const html = page(`projects/${id}/index.html`);
      expect(html).toMatch(/^<!DOCTYPE html><html lang="zh-CN"/i);
      expect(textOf(html)).toContain(line.split(',')[1]);
    }
  });
});

/**
 * Every personal value in the demo data: every column the ledger registry marks personal (names, ID numbers,
 * phones, birth dates) in every ledger, an ID number also as its birth date in three spellings. A new ledger
 * with personal columns is scanned without touching this test.
 */
async function personalValues(): Promise<Set<string>> {
  const { secrets, rows } = await personalSecrets(folderSource(join(ROOT, 'data')));
  expect(rows.get('workers.csv')).toBeGreaterThan(369);
  return secrets;
}

/** Files under `dir` that contain any secret, gzip files decompressed first. */
function scan(dir: string, secrets: Set<string>): string[] {
  const hits: string[] = [];
  for (const f of listFiles(dir)) {
    let bytes = readFileSync(f);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    const content = bytes.toString('utf8');
    for (const s of secrets) if (content.includes(s)) hits.push(`${f}: ${s}`);
  }
  return hits;
}

describe('privacy: no personal value of any ledger reaches dist/', () => {
  it('no name, ID number, phone number or birth date appears in any file, gzip included', async () => {
    const files = listFiles(DIST);
    expect(files.length).toBeGreaterThan(18);
    expect(scan(DIST, await personalValues())).toEqual([]);
  });

  it('the scan finds a planted name and a planted gzipped ID number (so it can fail)', async () => {
    const secrets = await personalValues();
    const [name, id] = [...secrets];
    const dir = mkdtempSync(join(tmpdir(), 'ygdz-plant-'));
    writeFileSync(join(dir, 'page.html'), `<p>${name}</p>`);
    writeFileSync(join(dir, 'fragment.pf'), gzipSync(Buffer.from(`{"content":"${id}"}`)));
    const found = scan(dir, secrets).map((h) => h.split(': ')[1]);
    expect(found).toEqual(expect.arrayContaining([name, id, id.slice(6, 14)])); // the ID also carries the birth date
  });
});

describe('determinism', () => {
  it('two builds of the same data are byte-identical', () => {
    const first = treeHash(DIST);
    buildDemo();
    expect(treeHash(DIST)).toBe(first);
  });
});

describe('light and self-contained', () => {
  it('every notice page is at most 30 KB gzipped (HTML with its CSS), with no script required', () => {
    const notices = listFiles(join(DIST, 'projects')).filter((f) => /projects\/[^/]+\/index\.html$/.test(f));
    expect(notices).toHaveLength(18);
    for (const f of notices) {
      const html = readFileSync(f, 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => readFileSync(join(DIST, m[1])));
      const bytes = gzipSync(Buffer.concat([Buffer.from(html), ...css])).length;
      expect(bytes, f).toBeLessThanOrEqual(30 * 1024);
    }
  });

  it('every page has a CSP allowing only its own scripts, and loads nothing from another host', () => {
    for (const f of listFiles(DIST).filter((x) => x.endsWith('.html'))) {
      const html = readFileSync(f, 'utf8');
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
      expect(csp, f).toMatch(/default-src 'self'/);
      expect(csp, f).toMatch(/script-src 'self'/);
      // Only the search page may compile Pagefind's WebAssembly ('wasm-unsafe-eval'); nothing may run inline or eval.
      expect(csp.replace(f.endsWith('search/index.html') ? "'wasm-unsafe-eval'" : '\0', ''), f).not.toMatch(/unsafe-inline|unsafe-eval|https?:/);
      expect(html, f).not.toMatch(/<(script|img|iframe|link[^>]+stylesheet)[^>]+(src|href)="(https?:)?\/\//);
    }
    for (const f of listFiles(DIST).filter((x) => /\.(css|js)$/.test(x))) expect(readFileSync(f, 'utf8'), f).not.toMatch(/url\((['"])?(https?:)?\/\/|@import\s+(url\()?['"]?(https?:)?\/\//);
  });
});
