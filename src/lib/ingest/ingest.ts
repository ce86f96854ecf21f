/**
 * Reads a data folder ledger by ledger as the registry (src/ledgers/registry.ts) declares them: each file after
 * the files it refers to, every row parsed by its ledger, keys and unique columns checked, every declared
 * reference checked against the target's key index, and accepted rows handed to the ledger's collector.
 */
import type { CorrectionRecord } from '../../ledgers/corrections.ts';
import { checkCorrections, type NoPreviousVersion, type PreviousVersion } from '../changes/corrections.ts';
import type { PublicData } from '../../ledgers/collections.ts';
import { checkBatchAgreement, projectPaidFen } from '../../ledgers/payoutBatches.ts';
import { LEDGERS, REGISTRY, type AnyLedger, type Ledgers, type Registry } from '../../ledgers/registry.ts';
import type { KeyDef, LedgerRecord, ReadContext } from '../../ledgers/types.ts';
import { wan } from '../format.ts';
import { buildContent, type PrivacyAudit } from './publish.ts';
import { Problems, WHOLE_FILE } from './problems.ts';
import { DEFAULT_NOTICE_DAYS } from '../../schemas/site.ts';
import { parseSiteConfig, SITE_FILE } from './siteConfig.ts';
import { buildVocabularies } from '../vocab/vocabulary.ts';
import { Hash53, readLedger, type ByteSource, type Row } from './table.ts';
import { HashTable } from './spill.ts';

/** The files of a data folder, in the order problems are listed. */
export const DATA_FILES: readonly string[] = [SITE_FILE, ...REGISTRY.ledgers.map((l) => l.file)];

/** The data folder, passed in so tests can serve files from memory. */
export interface DataSource {
  /** Names of the files in the folder. */
  list(): Promise<string[]>;
  /** A byte stream of the file, or null if absent. */
  open(name: string): ByteSource | null;
  readText(name: string): Promise<string | null>;
}

export interface IngestOptions {
  /**
   * The last committed version of the folder, to check that changes to a published notice give a reason
   * (src/lib/changes/corrections.ts); or why there is none. Absent: no check (in-memory folders, tests).
   */
  previous?: PreviousVersion | NoPreviousVersion;
  /** Today in Asia/Shanghai: the fallback date of the data and the limit for dates of birth. */
  today: string;
  /** Date of the last commit that changed the data folder, if known and the folder is clean. */
  committedOn?: string;
  /** The ledgers to read: the registry, or (in tests) the registry with more ledgers. */
  registry?: Registry;
}

export interface IngestResult {
  problems: Problems;
  /** Present only when there is no error: what may be published. */
  content?: PublicData;
  /** What the disclosure audit did (with `content`). */
  privacy?: PrivacyAudit;
  /** corrections.csv as read (with `content`): the publication log names each change's 更正原因. */
  corrections?: readonly CorrectionRecord[];
}

/** A row that was not accepted, and the rows of other ledgers skipped because they refer to it. */
interface Rejection {
  file: string;
  line: number;
  column: string;
  noun: string;
  /** Skipped rows by file. */
  skipped: Map<string, number>;
  /**
   * The whole file is the cause: it could not be read, or it is an optional file that is absent (rows referring
   * to it then make that an error of its own).
   */
  wholeFile?: 'unreadable' | 'absent';
}

/**
 * A ledger's keys: accepted rows by exact key (what references resolve to), and the keys of rejected rows
 * with the rejection that rows referring to them are counted against.
 */
class KeyIndex {
  readonly rows = new Map<string, LedgerRecord>();
  readonly rejected = new Map<string, Rejection>();
  /** Set when the file could not be read (absent, a required column missing): every key counts against it. */
  unreadable?: Rejection;
  /** For case-insensitive keys or identical-row checks: key as compared → first row. Small ledgers only. */
  private readonly seen?: Map<string, { id: string; line: number; hash: number }>;
  readonly def: KeyDef<string>;

  constructor(def: KeyDef<string>) {
    this.def = def;
    if (def.caseInsensitive || def.identicalRows) this.seen = new Map();
  }

  private norm(id: string): string {
    return this.def.caseInsensitive ? id.toLowerCase() : id;
  }

  /** The accepted row whose key conflicts with `id`, if any. */
  conflict(id: string): { id: string; line: number; hash?: number } | undefined {
    if (this.seen) return this.seen.get(this.norm(id));
    const r = this.rows.get(id);
    return r && { id, line: r.line };
  }

  add(id: string, record: LedgerRecord, hash: number): void {
    this.rows.set(id, record);
    this.seen?.set(this.norm(id), { id, line: record.line, hash });
  }
}

/** Reads and checks a data folder; on success returns the public content, never the private ledgers. */
export async function ingest(source: DataSource, options: IngestOptions): Promise<IngestResult> {
  const registry = options.registry ?? REGISTRY;
  const problems = new Problems();
  const site = parseSiteConfig(await source.readText(SITE_FILE), problems);
  const asOf = site?.dataUpdated ?? options.committedOn ?? options.today;
  const ctx: ReadContext = {
    today: options.today,
    asOf,
    noticeDays: site?.noticeDays ?? DEFAULT_NOTICE_DAYS,
    publishPayoutList: site?.privacy.publishPayoutList ?? false,
    vocab: buildVocabularies(site?.vocabularies),
    funding: site?.funding ?? {},
  };

  const files = new Set(await source.list());
  const known = registry.ledgers.map((l) => l.file);
  for (const f of files)
    if (/\.csv$/i.test(f) && !known.includes(f))
      problems.warning(f, 1, WHOLE_FILE, `不认识的文件，已忽略。台账文件名必须是：${known.join('、')}`);

  const run: Run = { registry, source, problems, ctx, indexes: new Map(), rejections: [] };
  const read: Record<string, unknown> = {};
  for (const ledger of registry.readOrder) read[ledger.name] = await readOne(ledger, run);

  for (const r of run.rejections) {
    if (r.skipped.size === 0) continue;
    const counts = [...r.skipped].map(([file, n]) => `${file} 有 ${n} 行`).join('、');
    if (r.wholeFile === 'absent') {
      problems.error(r.file, r.line, r.column, `没有 ${r.file}，但${counts}引用其中的${r.noun}：请补上这个文件`);
      continue;
    }
    const what = r.wholeFile ? `这个文件中的${r.noun}` : `这个${r.noun}`;
    const note = `${counts}引用${what}，已跳过检查，改正后会一并检查`;
    if (!problems.amendError(r.file, r.line, note)) problems.warning(r.file, r.line, r.column, note);
  }

  const led = read as Ledgers;
  checkAcross(led, problems);
  if (options.previous) checkCorrections(led.projects, led.corrections, options.previous, options.today, problems);
  if (!problems.ok || !site) return { problems };
  const dataSource = site.dataUpdated ? 'config' : options.committedOn ? 'git' : 'today';
  const { content, privacy } = await buildContent(led, site, asOf, dataSource);
  return { problems, content, privacy, corrections: led.corrections };
}

/** A column's header by its key; a key no column has is a programming error, caught by any test that reaches it. */
function headerOf(ledger: AnyLedger, key: string): string {
  const c = ledger.columns.find((col) => col.key === key);
  if (!c) throw new Error(`${ledger.file} has no column ${key}`);
  return c.header;
}

/** Checks that involve more than one ledger, once all are read. */
function checkAcross(led: Ledgers, problems: Problems): void {
  // Paid above plan is possible (more work than planned) but worth a second look.
  const { file } = LEDGERS.projects;
  const column = headerOf(LEDGERS.projects, 'plannedPay');
  checkBatchAgreement(led.payouts, led.payoutBatches, problems);
  for (const p of led.projects.values()) {
    const paid = projectPaidFen(p.id, led.payouts, led.payoutBatches);
    // A floor (不低于…) promises at least that much: paying more is what it says.
    if (paid > p.plannedPayFen && p.plannedPayQualifier !== '下限')
      problems.warning(
        file,
        p.line,
        column,
        `已发放劳务报酬 ${wan(paid)} 万元，超过了预计劳务报酬 ${p.plannedPayText ?? `${wan(p.plannedPayFen)} 万元`}，请核对`,
      );
  }
}

/** The error for a reference to a key that is not in the target ledger (same wording for every reference). */
function missingMessage(target: AnyLedger, index: KeyIndex, id: string): string {
  const hint = index.def.caseInsensitive && index.conflict(id) ? '（注意大小写）' : '';
  const { column, missingFix } = index.def;
  return `${headerOf(target, column)}“${id}”在${target.title}（${target.file}）中不存在，${missingFix}${hint}`;
}

/** What the ledgers of one ingest share. */
interface Run {
  registry: Registry;
  source: DataSource;
  problems: Problems;
  ctx: ReadContext;
  /** Key indexes of the ledgers read so far. */
  indexes: Map<string, KeyIndex>;
  rejections: Rejection[];
}

/** Reads one ledger file (absent: an error if required, else a warning) and returns what its collector kept. */
async function readOne(ledger: AnyLedger, run: Run): Promise<unknown> {
  const { source, problems, ctx } = run;
  const { file, key } = ledger;
  const index = key ? new KeyIndex(key) : undefined;
  if (index) run.indexes.set(ledger.name, index);
  const collector = ledger.collect(ctx);
  const input = source.open(file);
  /** Rows of other files referring to this one are then counted in one summary, not reported one by one. */
  const unreadable = (wholeFile: 'unreadable' | 'absent') => {
    if (!index) return;
    index.unreadable = { file, line: 1, column: WHOLE_FILE, noun: index.def.noun, skipped: new Map(), wholeFile };
    run.rejections.push(index.unreadable);
  };
  if (!input) {
    unreadable(ledger.required ? 'unreadable' : 'absent');
    if (ledger.required)
      problems.error(
        file,
        1,
        WHOLE_FILE,
        `找不到 ${file}：数据文件夹中必须有这个文件（文件名要完全一致，包括小写的 .csv）`,
      );
    else if (!ledger.quietWhenAbsent) problems.warning(file, 1, WHOLE_FILE, `没有 ${file}，按没有这类记录处理`);
    return collector.done(index?.rows);
  }

  const keyColumn = key && ledger.columns.find((c) => c.key === key.column)!;
  // Unique values by 53-bit hash (a number is taken as its own hash): a roster of millions keeps 12 bytes a row.
  const uniques = (ledger.unique ?? []).map((u) => ({ ...u, seen: new HashTable() }));
  const uniqueKey = (v: unknown) => (typeof v === 'number' ? v : new Hash53().add(String(v)).value());
  const rowHashes = new Map<number, number>();
  const references = (ledger.references ?? []).map((r) => ({
    ...r,
    ledger: run.registry.get(r.to),
    index: run.indexes.get(r.to)!,
  }));

  /** A rejected row's key: rows referring to it are then counted against `cause` instead of each failing. */
  const rejectKey = (row: Row, record: LedgerRecord | undefined, cause?: Rejection) => {
    if (!index || !keyColumn) return;
    let id = record && (record as unknown as Record<string, string>)[keyColumn.key];
    if (id === undefined) {
      const r = keyColumn.cell.parse(row.text(keyColumn.key), ctx);
      if (!r.ok) return;
      id = r.value as string;
    }
    // A key some accepted row holds (maybe in another case) stays that row's: references resolve, or get the hint.
    if (index.conflict(id) || index.rejected.has(id)) return;
    if (!cause) {
      cause = { file, line: row.line, column: keyColumn.header, noun: index.def.noun, skipped: new Map() };
      run.rejections.push(cause);
    }
    index.rejected.set(id, cause);
  };

  const read = await readLedger(
    ledger,
    input,
    problems,
    (row) => {
      const record = ledger.parse(row, ctx);
      if (!record) return rejectKey(row, undefined);
      const fields = record as unknown as Record<string, string | undefined>;

      const id = key && fields[key.column]!;
      const hash = key?.identicalRows ? row.fingerprint() : 0;
      if (index && id !== undefined) {
        const dup = index.conflict(id);
        if (dup && key!.identicalRows && dup.hash === hash) return row.identicalTo(dup.line);
        if (dup) return row.error(key!.column, key!.duplicate(id, dup));
      }
      for (const u of uniques) {
        const first = u.seen.get(uniqueKey(fields[u.column]));
        if (first !== undefined) {
          row.error(u.column, u.duplicate(first));
          return rejectKey(row, record);
        }
      }
      if (ledger.identicalRows) {
        const h = row.fingerprint();
        const first = rowHashes.get(h);
        if (first !== undefined) return row.identicalTo(first);
        rowHashes.set(h, row.line);
      }

      const resolved: Record<string, unknown> = {};
      for (const ref of references) {
        const value = fields[ref.column];
        if (value === undefined || value === '') continue;
        const hit = ref.index.rows.get(value);
        if (hit) {
          resolved[ref.column] = hit;
          continue;
        }
        const cause = ref.index.rejected.get(value) ?? ref.index.unreadable;
        if (cause) {
          // The row it refers to was rejected: one summary at that row instead of an error here.
          cause.skipped.set(file, (cause.skipped.get(file) ?? 0) + 1);
          return rejectKey(row, record, cause);
        }
        row.error(ref.column, missingMessage(ref.ledger, ref.index, value));
        return rejectKey(row, record);
      }

      collector.add(record, row, resolved);
      if (row.failed) return rejectKey(row, record);
      if (index && id !== undefined) index.add(id, record, hash);
      for (const u of uniques) u.seen.set(uniqueKey(fields[u.column]), row.line);
    },
    ctx,
  );
  if (!read) unreadable('unreadable');
  return collector.done(index?.rows);
}
