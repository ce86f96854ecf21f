import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listFilesRecursive } from '../../scripts/fsList.ts';

const ROOT = join(import.meta.dirname, '../..');

describe('source style', () => {
  it('no line in src/ is longer than 120 characters (strings and regular expressions included)', () => {
    const long: string[] = [];
    for (const f of listFilesRecursive(join(ROOT, 'src')))
      readFileSync(f, 'utf8')
        .split('\n')
        .forEach((line, i) => [...line].length > 120 && long.push(`${relative(ROOT, f)}:${i + 1}`));
    expect(long).toEqual([]);
  });
});
