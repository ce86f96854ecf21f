import { createReadStream, lstatSync, statSync, type Stats } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DataSource } from './ingest.ts';
import { Fault, ioFault, ioMessage, notAFile } from './ioErrors.ts';

const codeOf = (e: unknown) => (e as { code?: string } | null)?.code;
const fault = (e: unknown, path: string) => ioFault(e, path, 'read') ?? e;

/**
 * Whether a regular file is at `path` (false: nothing there). Anything else there (a folder named payouts.csv,
 * a pipe, a link to nothing) throws a Fault: checked before opening, so a pipe never blocks the read.
 */
function isFile(path: string): boolean {
  let st: Stats;
  try {
    st = lstatSync(path);
    if (st.isSymbolicLink()) st = statSync(path);
  } catch (e) {
    if (codeOf(e) !== 'ENOENT') throw fault(e, path);
    try {
      lstatSync(path);
    } catch {
      return false; // truly absent
    }
    throw notAFile(path, 'link');
  }
  if (st.isDirectory()) throw new Fault(path, ioMessage('EISDIR', path, 'read')!);
  if (!st.isFile()) throw notAFile(path, 'special');
  return true;
}

/** The file's bytes in chunks; a read error (EACCES, EIO…) becomes a Fault naming the file. */
export async function* chunks(path: string, highWaterMark: number): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of createReadStream(path, { highWaterMark })) yield chunk as Uint8Array;
  } catch (e) {
    throw fault(e, path);
  }
}

/**
 * A data folder on disk, read as a stream of byte chunks (never whole files). A file that is there but
 * cannot be read throws a Fault (see ioErrors.ts) instead of being treated as absent.
 */
export function folderSource(dir: string, highWaterMark = 64 * 1024): DataSource {
  return {
    list: async () => {
      try {
        return (await readdir(dir)).sort();
      } catch (e) {
        throw fault(e, dir);
      }
    },
    open: (name) => {
      const path = join(dir, name);
      return isFile(path) ? chunks(path, highWaterMark) : null;
    },
    size: (name) => {
      const path = join(dir, name);
      try {
        const st = statSync(path);
        return st.isFile() ? { path, bytes: st.size } : null;
      } catch {
        return null; // open() reports it when the file's turn comes
      }
    },
    readText: async (name) => {
      const path = join(dir, name);
      if (!isFile(path)) return null;
      try {
        return await readFile(path, 'utf8');
      } catch (e) {
        throw fault(e, path);
      }
    },
  };
}
