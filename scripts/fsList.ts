import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Every file under a folder, sorted. */
export function listFilesRecursive(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? listFilesRecursive(p) : [p];
    });
}
