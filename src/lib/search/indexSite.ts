/**
 * Builds the Pagefind index of a built site through Pagefind's Node API. Every step's `errors` is
 * checked: a failed index fails the build. Pagefind is passed in so tests can stand in for it.
 */
import type * as PagefindApi from 'pagefind';
import { PAGEFIND_DIR, SEARCHABLE_GLOB } from '../routes.ts';

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

export async function indexSite(
  pagefind: Pick<typeof PagefindApi, 'createIndex' | 'close'>,
  siteDir: string,
): Promise<IndexReport> {
  try {
    const created = await pagefind.createIndex({ excludeSelectors: EXCLUDE_SELECTORS });
    check('createIndex', created.errors);
    const index = created.index!;
    const added = await index.addDirectory({ path: siteDir, glob: SEARCHABLE_GLOB });
    check('addDirectory', added.errors);
    if (added.page_count === 0) throw new SearchIndexError('搜索索引失败：没有找到可索引的页面');
    const written = await index.writeFiles({ outputPath: `${siteDir}/${PAGEFIND_DIR}` });
    check('writeFiles', written.errors);
    const files = await index.getFiles();
    check('getFiles', files.errors);
    const entry = files.files.find((f) => f.path.endsWith('pagefind-entry.json'));
    type Languages = Record<string, { page_count: number }>;
    const languages = entry ? (JSON.parse(new TextDecoder().decode(entry.content)).languages as Languages) : {};
    const pages = Object.values(languages).reduce((a, l) => a + l.page_count, 0);
    const bytes = files.files.reduce((a, f) => a + f.content.length, 0);
    return { filesRead: added.page_count, pages, files: files.files.length, bytes };
  } finally {
    await pagefind.close();
  }
}
