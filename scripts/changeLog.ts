/**
 * The publication log (更新记录) built from git history: one entry per commit that changed the data folder, with
 * what it changed in the public data (src/lib/changes/), the SHA-256 of each download that version publishes,
 * and the hash chain (src/lib/changes/chain.ts). Each version is ingested once; what an entry needs is cached
 * under node_modules/.cache/ygdz-log/, keyed by the code that makes entries (see codeHash) and by the
 * data trees it compares, so a build with hundreds of commits only ingests the versions it has not seen.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PublicData } from '../src/ledgers/collections.ts';
import { chain, type EntryBody } from '../src/lib/changes/chain.ts';
import { noticeFingerprint, noticeRecord } from '../src/lib/changes/fingerprint.ts';
import type { ProjectHistory } from '../src/schemas/projectHistory.ts';
import { diffData, EMPTY_DATA, type DataDiff, type FieldChange } from '../src/lib/changes/diff.ts';
import { entryContent, type EntryContent } from '../src/lib/changes/summary.ts';
import { isoDateInShanghai } from '../src/lib/dates.ts';
import { buildCatalog } from '../src/lib/downloads/catalog.ts';
import { folderSource } from '../src/lib/ingest/fsSource.ts';
import { ingest } from '../src/lib/ingest/ingest.ts';
import type { ChangeEntry } from '../src/schemas/changeEntry.ts';
import type { CorrectionRecord } from '../src/ledgers/corrections.ts';
import { listFilesRecursive } from './fsList.ts';
import { commitsOf, extractAt, gitPlace, treeOf } from './gitData.ts';

const ROOT = resolve(import.meta.dirname, '..');
/** Bump when an entry's shape or meaning changes (the code hash covers the rest). */
const LOG_FORMAT = 3;

/**
 * A hash of the code that makes entries (reading, checking and publishing the data, the downloads, the diff):
 * a cached entry from other code is never reused. Pages, components and styles are left out, so a change to
 * how the site looks does not make a national site re-read its whole history.
 */
const ENTRY_CODE = ['src/ledgers', 'src/lib', 'src/schemas', 'scripts/changeLog.ts', 'scripts/gitData.ts'];
function codeHash(): string {
  const h = createHash('sha256').update(`log-format-${LOG_FORMAT}\0`);
  for (const part of ENTRY_CODE) {
    const path = join(ROOT, part);
    for (const f of part.endsWith('.ts') ? [path] : listFilesRecursive(path))
      h.update(f.slice(ROOT.length)).update('\0').update(readFileSync(f));
  }
  h.update(readFileSync(join(ROOT, 'package-lock.json')));
  return h.digest('hex').slice(0, 16);
}

/** What happened to each notice in one version (for the notices' histories and their version pages). */
interface NoticeFacts {
  added: { id: string; fingerprint: string; reasons: string[] }[];
  changed: {
    id: string;
    fields: FieldChange[];
    reasons: string[];
    fingerprint: string;
    old: { fingerprint: string; record: Record<string, unknown> };
  }[];
  removed: { id: string; reasons: string[]; old: { fingerprint: string; record: Record<string, unknown> } }[];
}

/** What one version contributes to its entry, as cached. */
interface VersionFacts {
  valid: boolean;
  downloads: Record<string, string>;
  content: EntryContent;
  notices: NoticeFacts;
}

/** A version as read: its public data (undefined when it did not validate) and its corrections.csv rows. */
interface Version {
  data?: PublicData;
  corrections: readonly Correction[];
}
type Correction = Pick<CorrectionRecord, 'projectId' | 'date' | 'reason'>;

/** The reasons of rows added since `before` (as a multiset), by project. */
function newReasons(before: readonly Correction[], after: readonly Correction[]): Map<string, string[]> {
  const seen = new Map<string, number>();
  const key = (c: Correction) => `${c.projectId}\u0000${c.date}\u0000${c.reason}`;
  for (const c of before) seen.set(key(c), (seen.get(key(c)) ?? 0) + 1);
  const out = new Map<string, string[]>();
  for (const c of after) {
    const n = seen.get(key(c)) ?? 0;
    if (n > 0) seen.set(key(c), n - 1);
    else out.set(c.projectId, [...(out.get(c.projectId) ?? []), c.reason]);
  }
  return out;
}

const NO_NOTICES: NoticeFacts = { added: [], changed: [], removed: [] };

function noticeFacts(before: Version | undefined, after: Version, d: DataDiff): NoticeFacts {
  const reasons = newReasons(before?.corrections ?? [], after.corrections);
  const old = new Map((before?.data?.projects ?? []).map((p) => [p.id, p]));
  const now = new Map(after.data!.projects.map((p) => [p.id, p]));
  const version = (p: object) => ({ fingerprint: noticeFingerprint(p), record: noticeRecord(p) });
  return {
    added: d.projects.added.map((p) => ({
      id: p.id,
      fingerprint: noticeFingerprint(p),
      reasons: reasons.get(p.id) ?? [],
    })),
    changed: d.projects.changed.map((c) => ({
      id: c.id,
      fields: c.fields,
      reasons: reasons.get(c.id) ?? [],
      fingerprint: noticeFingerprint(now.get(c.id)!),
      old: version(old.get(c.id)!),
    })),
    removed: d.projects.removed.map((p) => ({ id: p.id, reasons: reasons.get(p.id) ?? [], old: version(p) })),
  };
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
  /** Each project's notice history, by 项目编号 (projects of every version, removed ones too). */
  histories: Map<string, ProjectHistory>;
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
  if (!place) return { entries: [], histories: new Map(), computed: 0, note: '数据文件夹不在 git 中，没有更新记录' };
  const commits = commitsOf(place.top, place.rel);
  if (commits.length === 0)
    return { entries: [], histories: new Map(), computed: 0, note: '数据文件夹还没有提交过，没有更新记录' };
  const cache = cacheDir && join(cacheDir, codeHash());
  if (cache) mkdirSync(cache, { recursive: true });
  const tmp = mkdtempSync(join(tmpdir(), 'ygdz-log-'));
  let computed = 0;
  try {
    const bodies: EntryBody[] = [];
    // The last version that passed validation, which the next one is compared with. Its data is read only when
    // the next version is not cached, so a warm cache ingests nothing.
    let base: { tree: string; commit: string; date: string; version?: Version } | undefined;
    const histories = new Map<string, ProjectHistory>();
    for (const { commit, when } of commits) {
      const tree = treeOf(place.top, commit, place.rel);
      if (!tree) continue; // the folder was deleted in this commit
      const date = isoDateInShanghai(new Date(when));
      const key = cache && join(cache, `${base?.tree ?? 'none'}-${tree}.json`);
      let facts = key && existsSync(key) ? (JSON.parse(readFileSync(key, 'utf8')) as VersionFacts) : undefined;
      let version: Version | undefined;
      if (!facts) {
        if (base && !base.version) base.version = await readVersion(place.top, base.commit, place.rel, base.date, tmp);
        version = await readVersion(place.top, commit, place.rel, date, tmp);
        computed++;
        const before = base?.version?.data ?? EMPTY_DATA;
        const data = version.data;
        if (data) {
          const d = diffData(before, data, [], []);
          facts = {
            valid: true,
            downloads: downloadHashes(data),
            content: entryContent(d),
            notices: noticeFacts(base?.version, version, d),
          };
        } else
          facts = {
            valid: false,
            downloads: {},
            content: entryContent(diffData(EMPTY_DATA, EMPTY_DATA, [], [])),
            notices: NO_NOTICES,
          };
        if (key) writeFileSync(key, JSON.stringify(facts));
      }
      bodies.push({ commit, tree, date, valid: facts.valid, downloads: facts.downloads, ...facts.content });
      recordHistory(histories, bodies.length, date, facts.notices);
      if (facts.valid) base = { tree, commit, date, version };
    }
    return { entries: chain(bodies), histories, computed };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Adds one version's events to the projects' histories (an old version is kept when a change replaces it). */
function recordHistory(histories: Map<string, ProjectHistory>, seq: number, date: string, n: NoticeFacts): void {
  const of = (id: string) => {
    let h = histories.get(id);
    if (!h) histories.set(id, (h = { events: [], superseded: [] }));
    return h;
  };
  const since = (h: ProjectHistory) => h.events.at(-1)?.date ?? date;
  for (const a of n.added)
    of(a.id).events.push({ seq, date, kind: 'added', fields: [], reasons: a.reasons, fingerprint: a.fingerprint });
  // The version a change or a removal replaces is kept, with when it was published and replaced.
  const supersede = (id: string, old: { fingerprint: string; record: Record<string, unknown> }) => {
    const h = of(id);
    h.superseded.push({ fingerprint: old.fingerprint, from: since(h), until: date, untilSeq: seq, record: old.record });
    return h;
  };
  for (const c of n.changed)
    supersede(c.id, c.old).events.push({
      seq,
      date,
      kind: 'changed',
      fields: c.fields,
      reasons: c.reasons,
      fingerprint: c.fingerprint,
    });
  for (const r of n.removed)
    supersede(r.id, r.old).events.push({
      seq,
      date,
      kind: 'removed',
      fields: [],
      reasons: r.reasons,
      fingerprint: r.old.fingerprint,
    });
}

/** The folder at a commit: its public data (undefined when that version did not pass validation), its corrections. */
async function readVersion(top: string, commit: string, rel: string, date: string, tmp: string): Promise<Version> {
  const into = mkdtempSync(join(tmp, 'v-'));
  try {
    const folder = extractAt(top, commit, rel, into);
    const r = await ingest(folderSource(folder), { today: date, committedOn: date });
    return { data: r.content, corrections: r.corrections ?? [] };
  } finally {
    rmSync(into, { recursive: true, force: true });
  }
}
