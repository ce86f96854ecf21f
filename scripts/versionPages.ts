/**
 * Writes every notice's version pages (src/lib/views/versionPage.ts) into the built site, after Astro: one per
 * current notice and one per earlier version. A page is rendered once and cached under
 * node_modules/.cache/ygdz-versions/ (or YGDZ_VERSION_CACHE) by a hash of exactly what it shows; later builds copy it.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { noticeFingerprint, noticeRecord } from '../src/lib/changes/fingerprint.ts';
import type { Project } from '../src/schemas/project.ts';
import type { ProjectHistory } from '../src/schemas/projectHistory.ts';
import { VERSION_PAGE_FORMAT, versionPageHtml, versionPages } from '../src/lib/views/versionPage.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** YGDZ_VERSION_CACHE moves the cache (tests give each run its own). */
const CACHE = process.env.YGDZ_VERSION_CACHE || join(ROOT, 'node_modules', '.cache', 'ygdz-versions');

/** What the version pages add to the site's own stylesheet. */
const OWN_CSS = `
.version-state{border-left:4px solid var(--accent,#0b5cad);background:#f2f4f7;padding:.75rem 1rem;margin:1rem 0}
.version-state.superseded{border-left-color:#a33;background:#fdf1f1}
.version-state ul{padding-left:1.25rem}
dl.facts{display:grid;grid-template-columns:minmax(5.5em,max-content) 1fr;gap:.25rem 1rem}
dl.facts dt{color:var(--muted,#555)}
dl.facts dd{margin:0}
@media (max-width:599.98px){dl.facts{grid-template-columns:1fr}dl.facts dd{margin-bottom:.5rem}}
`;

/** The site's stylesheet as Astro inlined it into the home page, so version pages look like the rest. */
function siteCss(site: string): string {
  const home = readFileSync(join(site, 'index.html'), 'utf8');
  return [...home.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]).join('\n') + OWN_CSS;
}

export async function writeVersionPages(
  site: string,
  projects: readonly Project[],
  histories: ReadonlyMap<string, ProjectHistory>,
  siteName: string,
): Promise<string> {
  const css = siteCss(site);
  mkdirSync(CACHE, { recursive: true });
  const current = new Map(projects.map((p) => [p.id, p]));
  const ids = [...new Set([...current.keys(), ...histories.keys()])];
  let drawn = 0;
  let pages = 0;
  for (const id of ids) {
    const p = current.get(id);
    const now = p && { name: p.name, fingerprint: noticeFingerprint(p), record: noticeRecord(p) };
    for (const { path, input } of versionPages(id, now, histories.get(id) ?? { events: [], superseded: [] }, {
      siteName,
      css,
    })) {
      const key = createHash('sha256')
        .update(`${VERSION_PAGE_FORMAT}\0${JSON.stringify(input)}`)
        .digest('hex');
      const cached = join(CACHE, `${key}.html`);
      const out = join(site, path, 'index.html');
      await mkdir(join(site, path), { recursive: true });
      if (existsSync(cached)) await copyFile(cached, out);
      else {
        const html = versionPageHtml(input);
        await writeFile(cached, html);
        await writeFile(out, html);
        drawn++;
      }
      pages++;
    }
  }
  return `公示版本页：${pages} 个（新生成 ${drawn} 个，其余用缓存）`;
}
