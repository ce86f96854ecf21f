/**
 * Runs the built site's own search runtime (/pagefind/pagefind.js) in Node, as a browser would: fetch reads the
 * index files from disk and counts their bytes.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { PagefindJs } from '../src/lib/search/ui.ts';

let bytes = 0;

/** `fresh`: a new copy of the runtime with nothing cached, as a first-time visitor has. */
export async function loadPagefind(
  siteDir: string,
  fresh = '',
): Promise<{ pagefind: PagefindJs; bytesRead: () => number }> {
  if (!(globalThis.fetch as { fromDisk?: boolean }).fromDisk) {
    const realFetch = globalThis.fetch;
    const diskFetch = async (input: RequestInfo | URL, init?: RequestInit) => {
      const url = String(input instanceof Request ? input.url : input);
      if (!url.startsWith('file:')) return realFetch(input, init);
      const body = await readFile(fileURLToPath(url.replace(/[?#].*$/, '')));
      bytes += body.length;
      return new Response(body);
    };
    globalThis.fetch = Object.assign(diskFetch, { fromDisk: true }) as typeof fetch;
  }
  const start = bytes;
  const url = pathToFileURL(join(siteDir, 'pagefind', 'pagefind.js')).href + (fresh ? `?${fresh}` : '');
  const pagefind = (await import(url)) as PagefindJs;
  await pagefind.options({ baseUrl: '/' });
  await pagefind.init?.();
  return { pagefind, bytesRead: () => bytes - start };
}
