/**
 * Builds the Pagefind index of a built site through Pagefind's Node API. Every step's `errors` is
 * checked: a failed index fails the build. Pagefind is passed in so tests can stand in for it.
 */
import type * as PagefindApi from 'pagefind';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGEFIND_DIR, SEARCHABLE_FILES } from '../routes.ts';

export interface IndexReport {
  /** HTML files Pagefind read, and the pages it indexed (those marked data-pagefind-body). */
  filesRead: number;
  pages: number;
  /** Index files written, and their total size in bytes. */
  files: number;
  bytes: number;
}

export class SearchIndexError extends Error {}

/**
 * Never indexed, whatever a page forgets to mark: text printed only on paper (the A4 notice's lines inside a
 * screen page), so a search cannot find a page by words the reader does not see.
 */
export const EXCLUDE_SELECTORS = ['.print-only'];

function check(step: string, errors: string[]): void {
  if (errors.length) throw new SearchIndexError(`搜索索引失败（${step}）：${errors.join('；')}`);
}

/** Whether a site-relative path is one of `patterns` (SEARCHABLE_FILES: `*` is one folder name). */
export function searchableMatcher(patterns: readonly string[] = SEARCHABLE_FILES): (path: string) => boolean {
  const res = patterns.map(
    (a) =>
      new RegExp(
        `^${a
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('[^/]+')}$`,
      ),
  );
  return (path) => res.some((re) => re.test(path));
}

/** Every searchable page of the site: its file and the address Pagefind gives it (/a/b/ for a/b/index.html). */
export async function searchablePages(siteDir: string): Promise<{ file: string; url: string }[]> {
  const matches = searchableMatcher();
  const out: { file: string; url: string }[] = [];
  const walk = async (dir: string, rel: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const path = `${rel}${e.name}`;
      if (e.isDirectory()) {
        if (`${path}/` !== `${PAGEFIND_DIR}/`) await walk(join(dir, e.name), `${path}/`);
      } else if (matches(path)) out.push({ file: join(dir, e.name), url: `/${path.replace(/index\.html$/, '')}` });
    }
  };
  await walk(siteDir, '');
  return out.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
}

/**
 * What Pagefind needs of a page: the <html> tag (its lang picks the word segmentation) and the element marked
 * data-pagefind-body, as they are; the head (the inlined stylesheet is most of a notice's bytes), header and
 * footer are never indexed anyway. Pagefind's memory grows with the HTML it is given: about 11 GB for 25,000 whole
 * notices. A page whose body element cannot be found is given whole.
 */
export function searchablePart(html: string): string {
  const mark = html.indexOf('data-pagefind-body');
  const open = mark < 0 ? -1 : html.lastIndexOf('<', mark);
  const name = open < 0 ? undefined : /^<([a-zA-Z][\w-]*)/.exec(html.slice(open))?.[1];
  const close = name ? html.lastIndexOf(`</${name}>`) : -1;
  const htmlTag = /<html\b[^>]*>/i.exec(html)?.[0];
  if (!name || close < open || !htmlTag) return html;
  return `<!DOCTYPE html>${htmlTag}<head></head><body>${html.slice(open, close + name.length + 3)}</body></html>`;
}

/** Bytes and files under a folder. */
async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true }))
    if (e.isFile()) {
      files++;
      bytes += (await stat(join(e.parentPath, e.name))).size;
    }
  return { files, bytes };
}

/** Files read ahead of the one Pagefind is indexing. */
const READ_AHEAD = 16;

export async function indexSite(
  pagefind: Pick<typeof PagefindApi, 'createIndex' | 'close'>,
  siteDir: string,
): Promise<IndexReport> {
  try {
    const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    check('createIndex', created.errors);
    const index = created.index!;
    const files = await searchablePages(siteDir);
    if (files.length === 0) throw new SearchIndexError('搜索索引失败：没有找到可索引的页面');
    // Added one at a time in address order: the index depends on the order pages arrive in, and the same site
    // must give the same index. The next files are read while Pagefind works on this one.
    const reads = files.map(() => undefined as Promise<string> | undefined);
    const read = (k: number) => (reads[k] ??= readFile(files[k].file, 'utf8'));
    for (let k = 0; k < files.length; k++) {
      // (A failed read ahead is reported when its turn comes, not as an unhandled rejection before.)
      for (let j = k + 1; j < Math.min(files.length, k + READ_AHEAD); j++) read(j).catch(() => undefined);
      const added = await index.addHTMLFile({ url: files[k].url, content: searchablePart(await read(k)) });
      reads[k] = undefined;
      check(`addHTMLFile ${files[k].url}`, added.errors);
    }
    const out = join(siteDir, PAGEFIND_DIR);
    const written = await index.writeFiles({ outputPath: out });
    check('writeFiles', written.errors);
    // Pages indexed: those with data-pagefind-body (Pagefind drops the others once any page has one).
    type Languages = Record<string, { page_count: number }>;
    const entry = JSON.parse(await readFile(join(out, 'pagefind-entry.json'), 'utf8')) as { languages: Languages };
    const pages = Object.values(entry.languages).reduce((a, l) => a + l.page_count, 0);
    if (pages === 0) throw new SearchIndexError('搜索索引失败：没有找到可索引的页面');
    return { filesRead: files.length, pages, ...(await folderSize(out)) };
  } finally {
    await pagefind.close();
  }
}
