/**
 * Runs the built site's own pagefind.js in Node, as a browser would: a `document` stub reports the page
 * language (zh-CN, so queries are segmented like the index), and fetch reads the index files from disk.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindJs } from '../src/lib/search/ui.ts';

export async function loadPagefind(siteDir: string): Promise<{ pagefind: PagefindJs; bytesRead: () => number }> {
  const g = globalThis as Record<string, unknown>;
  g.window ??= {};
  g.document ??= {
    currentScript: null,
    querySelector: (s: string) =>
      s === 'html' ? { getAttribute: (a: string) => (a === 'lang' ? 'zh-CN' : null) } : null,
  };
  let bytes = 0;
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input instanceof Request ? input.url : input);
    if (!url.startsWith('file:')) return realFetch(input, init);
    const body = await readFile(fileURLToPath(url.replace(/[?#].*$/, '')));
    bytes += body.length;
    return new Response(body);
  }) as typeof fetch;
  const pagefind = (await import(pathToFileURL(join(siteDir, 'pagefind', 'pagefind.js')).href)) as PagefindJs;
  await pagefind.options({ baseUrl: '/' });
  await pagefind.init?.();
  return { pagefind, bytesRead: () => bytes };
}
