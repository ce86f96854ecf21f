/**
 * The publication log (更新记录) built from git history: one entry per commit that changed the data folder, with
 * what it changed in the public data (src/lib/changes/), the SHA-256 of each download that version publishes,
 * and the hash chain (src/lib/changes/chain.ts). Each version is ingested once; what an entry needs is cached
 * under node_modules/.cache/ygdz-log/, keyed by the code (a hash of src/, scripts/ and the lock file) and by the
 * data trees it compares, so a build with hundreds of commits only ingests the versions it has not seen.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PublicData } from '../src/ledgers/collections.ts';
import { chain, type EntryBody } from '../src/lib/changes/chain.ts';
import { diffData, EMPTY_DATA } from '../src/lib/changes/diff.ts';
import { entryContent, payDeltas, type EntryContent } from '../src/lib/changes/summary.ts';
import { isoDateInShanghai } from '../src/lib/dates.ts';
import { buildCatalog } from '../src/lib/downloads/catalog.ts';
import { folderSource } from '../src/lib/ingest/fsSource.ts';
import { ingest } from '../src/lib/ingest/ingest.ts';
import type { ChangeEntry } from '../src/schemas/changeEntry.ts';
import { listFilesRecursive } from './fsList.ts';
import { commitsOf, extractAt, gitPlace, treeOf } from './gitData.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Bump when an entry's shape or meaning changes (the code hash covers the rest). */
const LOG_FORMAT = 1;

/** A hash of the code that makes entries: a cached entry from other code is never reused. */
function codeHash(): string {
  const h = createHash('sha256').update(`log-format-${LOG_FORMAT}\0`);
  for (const dir of ['src', 'scripts'])
    for (const f of listFilesRecursive(join(ROOT, dir)))
      h.update(f.slice(ROOT.length)).update('\0').update(readFileSync(f));
  h.update(readFileSync(join(ROOT, 'package-lock.json')));
  return h.digest('hex').slice(0, 16);
}

/** What one version contributes to its entry, as cached. */
interface VersionFacts {
  valid: boolean;
  downloads: Record<string, string>;
  content: EntryContent;
}

const sha256 = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** The downloads' SHA-256, as /data/SHA256SUMS.txt lists them (the per-file .sha256 files and the list itself aside). */
function downloadHashes(content: PublicData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of buildCatalog(content, content.meta))
    if (!f.path.endsWith('.sha256') && f.path !== 'SHA256SUMS.txt') out[f.path] = sha256(f.body);
  return out;
}

export interface LogResult {
  entries: ChangeEntry[];
  /** Versions ingested in this run (the others came from the cache). */
  computed: number;
  /** Why there is no log (outside git, no commit yet). */
  note?: string;
}

/**
 * The log of the data folder `dir`. `cacheDir` may be overridden (tests); pass null to compute everything.
 * Versions are read with the commit's date as "today", so an entry does not depend on the day it is built.
 */
export async function changeLog(
  dir: string,
  cacheDir: string | null = join(ROOT, 'node_modules', '.cache', 'ygdz-log'),
): Promise<LogResult> {
  const place = gitPlace(dir);
  if (!place) return { entries: [], computed: 0, note: '数据文件夹不在 git 中，没有更新记录' };
  const commits = commitsOf(place.top, place.rel);
  if (commits.length === 0) return { entries: [], computed: 0, note: '数据文件夹还没有提交过，没有更新记录' };
  const cache = cacheDir && join(cacheDir, codeHash());
  if (cache) mkdirSync(cache, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'ygdz-log-'));
  let computed = 0;
  try {
    const bodies: EntryBody[] = [];
    // The last version that passed validation, which the next one is compared with. Its data is read only when
    // the next version is not cached, so a warm cache ingests nothing.
    let base: { tree: string; commit: string; date: string; data?: PublicData } | undefined;
    for (const { commit, when } of commits) {
      const tree = treeOf(place.top, commit, place.rel);
      if (!tree) continue; // the folder was deleted in this commit
      const date = isoDateInShanghai(new Date(when));
      const key = cache && join(cache, `${base?.tree ?? 'none'}-${tree}.json`);
      let facts = key && existsSync(key) ? (JSON.parse(readFileSync(key, 'utf8')) as VersionFacts) : undefined;
      let data: PublicData | undefined;
      if (!facts) {
        if (base && !base.data) base.data = await readVersion(place.top, base.commit, place.rel, base.date, tmp);
        data = await readVersion(place.top, commit, place.rel, date, tmp);
        computed++;
        const before = base?.data ?? EMPTY_DATA;
        facts = data
          ? {
              valid: true,
              downloads: downloadHashes(data),
              content: entryContent(diffData(before, data, [], []), payDeltas(before.payoutMonths, data.payoutMonths)),
            }
          : { valid: false, downloads: {}, content: entryContent(diffData(EMPTY_DATA, EMPTY_DATA, [], []), []) };
        if (key) writeFileSync(key, JSON.stringify(facts));
      }
      bodies.push({ commit, tree, date, valid: facts.valid, downloads: facts.downloads, ...facts.content });
      if (facts.valid) base = { tree, commit, date, data };
    }
    return { entries: chain(bodies), computed };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** The public data of the folder at a commit, or undefined when that version did not pass validation. */
async function readVersion(
  top: string,
  commit: string,
  rel: string,
  date: string,
  tmp: string,
): Promise<PublicData | undefined> {
  const into = mkdtempSync(join(tmp, 'v-'));
  try {
    const folder = extractAt(top, commit, rel, into);
    const r = await ingest(folderSource(folder), { today: date, committedOn: date });
    return r.content;
  } finally {
    rmSync(into, { recursive: true, force: true });
  }
}
