import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { collectionList, type PublicData } from '../../ledgers/collections.ts';

/** The file operations writeContent performs, passed in so a build can inject faults (a full disk) in tests. */
export type WriteEffects = Pick<typeof nodeFs, 'mkdir' | 'writeFile' | 'rename' | 'rm'>;

// Compact: only the build reads these files, and a national site writes and parses gigabytes of them.
const json = (v: unknown) => `${JSON.stringify(v)}\n`;

/**
 * Writes the public content as JSON collections into `out` (content/generated for `npm run dev`, a private
 * folder per build), each document checked against the same schema Astro loads it with. Written to a staging
 * folder of this process first and swapped in, so a half-written collection is never read.
 */
export async function writeContent(out: string, c: PublicData, fs: WriteEffects = nodeFs): Promise<void> {
  const staging = `${out}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.mkdir(staging, { recursive: true });
    for (const { name, file, idField, single, schema } of collectionList()) {
      const docs = (single ? [c[name]] : c[name]) as readonly unknown[];
      const checked = docs.map((d) => schema.parse(d));
      if (!idField) {
        await fs.writeFile(join(staging, file), json(checked));
        continue;
      }
      // One file per document, named by its id (a project's payout list can be long).
      await fs.mkdir(join(staging, file), { recursive: true });
      for (const d of checked) await fs.writeFile(join(staging, file, `${String(d[idField])}.json`), json(d));
    }
    await fs.rm(out, { recursive: true, force: true });
    await fs.rename(staging, out);
  } catch (e) {
    await nodeFs.rm(staging, { recursive: true, force: true });
    throw e;
  }
}
