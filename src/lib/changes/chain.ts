/**
 * The publication log's hash chain: each entry's hash covers its content and the previous entry's hash, so
 * changing, dropping or reordering any entry changes every hash after it. Canonical JSON: keys sorted, no spaces.
 */
import { createHash } from 'node:crypto';
import type { ChangeEntry } from '../../schemas/changeEntry.ts';

export type EntryBody = Omit<ChangeEntry, 'hash' | 'previous' | 'seq'>;

/** JSON with object keys sorted at every level, so the same entry always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object')
    return `{${Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

export function entryHash(e: Omit<ChangeEntry, 'hash'>): string {
  return createHash('sha256').update(canonicalJson(e), 'utf8').digest('hex');
}

/** Links bodies (in commit order) into the chain. */
export function chain(bodies: readonly EntryBody[]): ChangeEntry[] {
  const out: ChangeEntry[] = [];
  let previous: string | null = null;
  bodies.forEach((b, i) => {
    const e = { ...b, seq: i + 1, previous };
    const hash = entryHash(e);
    out.push({ ...e, hash });
    previous = hash;
  });
  return out;
}

/** What is wrong with a published chain, in plain Chinese; empty when every link holds. */
export function chainProblems(entries: readonly ChangeEntry[]): string[] {
  const out: string[] = [];
  let previous: string | null = null;
  entries.forEach((e, i) => {
    const { hash, ...rest } = e;
    if (e.seq !== i + 1) out.push(`第 ${i + 1} 条记录的序号是 ${e.seq}：记录被删除或调换了顺序`);
    if (e.previous !== previous)
      out.push(`第 ${e.seq} 条记录所写的上一条的散列与上一条不符：前面的记录被改动、删除或插入过`);
    if (entryHash(rest) !== hash) out.push(`第 ${e.seq} 条记录的内容与它的散列不符：这条记录被改动过`);
    previous = hash;
  });
  return out;
}
