import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from './ingest.ts';

/** A data folder on disk, read as a stream of byte chunks (never whole files). */
export function folderSource(dir: string, highWaterMark = 64 * 1024): DataSource {
  return {
    list: async () => (await readdir(dir)).sort(),
    open: (name) => {
      const path = join(dir, name);
      return existsSync(path) ? (createReadStream(path, { highWaterMark }) as AsyncIterable<Uint8Array>) : null;
    },
    readText: async (name) => {
      const path = join(dir, name);
      return existsSync(path) ? readFile(path, 'utf8') : null;
    },
  };
}
