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
import { Hash53, hash53, hashCheck, identicalMessage, readLedger, type ByteSource, type Row } from './table.ts';
import { HashTable } from './spill.ts';
import { payouts, type DateFacts, type MonthFacts, type PayoutCollector } from '../../ledgers/payouts.ts';
import type { ProjectRecord } from '../../ledgers/projects.ts';
import type { WorkerRecord } from '../../ledgers/workers.ts';
import type { PayoutIn } from './payoutTotals.ts';
import { WHOLE_ROW } from './problems.ts';
import {
  BATCH_ROWS,
  F,
  F64_FIELDS,
  I,
  I32_FIELDS,
  readPayoutBatches,
  startPayoutWorker,
  type BatchSource,
  type BatchTuning,
  type PayoutBatch,
} from './payoutStream.ts';

/** payouts.csv from this size on is read in a worker thread while the main thread reads the roster. */
export const PARALLEL_BYTES = 8 << 20;

/** The files of a data folder, in the order problems are listed. */
export const DATA_FILES: readonly string[] = [SITE_FILE, ...REGISTRY.ledgers.map((l) => l.file)];

/** The data folder, passed in so tests can serve files from memory. */
export interface DataSource {
  /** Names of the files in the folder. */
  list(): Promise<string[]>;
  /** A byte stream of the file, or null if absent. */
  open(name: string): ByteSource | null;
  readText(name: string): Promise<string | null>;
  /** Where a file is on disk and its size, for a reader in another thread; absent for sources not on disk. */
  size?(name: string): { path: string; bytes: number } | null;
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
  /**
   * How payouts.csv is read: row by row like any ledger ('rows'), in compact batches on this thread
   * ('batches') or in a worker thread ('worker', for a folder on disk). Absent: a worker thread from
   * PARALLEL_BYTES on, else batches. All give the same problems and content (tests compare them).
   */
  payoutReader?: 'rows' | 'batches' | 'worker';
  /** Tests only: small batches (and none posted ahead) so that a small file crosses batches and the disk. */
  payoutBatches?: BatchTuning;
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

  // The largest file needs nothing of the others to be read: start it on the second core at once.
  const mode = options.payoutReader;
  let early: BatchSource | undefined;
  if (mode !== 'rows' && mode !== 'batches' && registry.ledgers.includes(payouts)) {
    const at = source.size?.(payouts.file);
    if (at && (mode === 'worker' || at.bytes >= PARALLEL_BYTES))
      early = startPayoutWorker(at.path, ctx, site?.vocabularies, problems.limit, options.payoutBatches);
  }
  const run: Run = {
    registry,
    source,
    problems,
    ctx,
    indexes: new Map(),
    rejections: [],
    batches: mode !== 'rows',
    batchRows: options.payoutBatches?.rows ?? BATCH_ROWS,
    early,
  };
  const read: Record<string, unknown> = {};
  try {
    for (const ledger of registry.readOrder) read[ledger.name] = await readOne(ledger, run);
  } finally {
    early?.close();
  }

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

/** A row of `file` skipped because the row it refers to was rejected: counted in that row's summary. */
function skip(cause: Rejection, file: string): void {
  cause.skipped.set(file, (cause.skipped.get(file) ?? 0) + 1);
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
  /** payouts.csv is read in batches (readPayouts), from `early` if it was started. */
  batches: boolean;
  batchRows: number;
  early?: BatchSource;
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
  if (ledger === payouts && run.batches) {
    const consumer = new PayoutConsumer(run, collector as PayoutCollector);
    if (run.early)
      for (;;) {
        const b = await run.early.next();
        consumer.consume(b);
        run.early.folded();
        if (b.read !== undefined) break;
      }
    else await readPayoutBatches(input, ctx, problems.limit, (b) => consumer.consume(b), run.batchRows);
    if (!consumer.read) unreadable('unreadable');
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
          skip(cause, file);
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

/** How a 项目编号 of payouts.csv resolved: its project, or the rejection it counts against, or the error. */
interface ProjectRef {
  project?: ProjectRecord;
  no: number;
  cause?: Rejection;
  missing?: string;
}

/**
 * Checks the references of payouts.csv batches and folds them, row by row in file order, with the checks of
 * readOne (the project, then the worker: resolved, counted against a rejected row, or an error) and the
 * problems of the reading put back where they fell among the rows: the same problems in the same order as
 * reading the file row by row. The roster is looked up by hash53 of the 人员编号, confirmed by hashCheck;
 * anything else is looked up by its text.
 */
class PayoutConsumer {
  read?: boolean;
  private readonly run: Run;
  private readonly collector: PayoutCollector;
  private readonly strings: string[] = [];
  private readonly projectRefs: (ProjectRef | undefined)[] = [];
  private readonly months: (MonthFacts | undefined)[] = [];
  private readonly dates: (DateFacts | undefined)[] = [];
  private readonly projects: KeyIndex;
  private readonly workers: KeyIndex;
  private readonly roster = new HashTable();
  private readonly rosterRows: WorkerRecord[] = [];
  private readonly rosterCheck: Int32Array;
  /** Reused for every row: the fold keeps nothing of it. */
  private readonly row: PayoutIn = {
    projectId: '',
    project: 0,
    month: '',
    ord: 0,
    overdue: false,
    monthEndDay: 0,
    paidOn: undefined,
    paidOnDay: 0,
    paidOnNumber: 0,
    method: undefined,
    workDaysHundredths: 0,
    wageFen: 0,
    dueFen: 0,
    paidFen: 0,
    line: 0,
  };
  private readonly report: BatchRowReport;

  constructor(run: Run, collector: PayoutCollector) {
    this.run = run;
    this.collector = collector;
    this.projects = run.indexes.get('projects')!;
    this.workers = run.indexes.get('workers')!;
    this.rosterCheck = new Int32Array(this.workers.rows.size);
    for (const [id, w] of this.workers.rows) {
      const h = hash53(id);
      const n = this.rosterRows.length;
      if (this.roster.get(h) === undefined) this.roster.set(h, n);
      this.rosterRows.push(w as WorkerRecord);
      this.rosterCheck[n] = hashCheck(id);
    }
    this.report = new BatchRowReport(run.problems);
  }

  /** A 人员编号 not in the roster: counted against the rejected row it names, or an error at this row. */
  private unresolvedWorker(id: string, line: number, excelRow: number) {
    const cause = this.workers.rejected.get(id) ?? this.workers.unreadable;
    if (cause) skip(cause, payouts.file);
    else
      this.run.problems.error(
        payouts.file,
        line,
        headerOf(payouts, 'workerId'),
        missingMessage(this.run.registry.get('workers'), this.workers, id),
        excelRow,
      );
  }

  private projectRef(id: string): ProjectRef {
    const project = this.projects.rows.get(id) as ProjectRecord | undefined;
    if (project) return { project, no: this.collector.fold.totals.projectNo(id) };
    const cause = this.projects.rejected.get(id) ?? this.projects.unreadable;
    if (cause) return { no: -1, cause };
    return { no: -1, missing: missingMessage(this.run.registry.get('projects'), this.projects, id) };
  }

  consume(b: PayoutBatch): void {
    const { problems } = this.run;
    const { file } = payouts;
    const { f64, i32, ids, at } = b;
    const strings = this.strings;
    for (const s of b.strings) strings.push(s);
    const fold = this.collector.fold;
    const p = this.row;
    const report = this.report;
    let next = 0;
    const replay = (upTo: number) => {
      for (; next < at.length && at[next] <= upTo; next++) {
        const q = b.problems[next];
        if (typeof q === 'string') problems.countOmitted(file, q);
        else problems.add(q);
      }
    };
    for (let k = 0; k < b.rows; k++) {
      if (next < at.length) replay(k);
      const i = k * I32_FIELDS;
      const f = k * F64_FIELDS;
      const line = i32[i + I.line];
      const excelRow = i32[i + I.excelRow];
      const pid = i32[i + I.project];
      const pref = (this.projectRefs[pid] ??= this.projectRef(strings[pid]));
      const project = pref.project;
      if (!project) {
        const { cause } = pref;
        if (cause) skip(cause, file);
        else problems.error(file, line, headerOf(payouts, 'projectId'), pref.missing!, excelRow);
        continue;
      }
      const r = this.roster.get(f64[f + F.idHash]);
      let w = r !== undefined && this.rosterCheck[r] === i32[i + I.idCheck] ? this.rosterRows[r] : undefined;
      if (!w) {
        const id = textOf(ids, k ? i32[i - I32_FIELDS + I.idEnd] : 0, i32[i + I.idEnd]);
        w = this.workers.rows.get(id) as WorkerRecord | undefined;
        if (!w) {
          this.unresolvedWorker(id, line, excelRow);
          continue;
        }
      }
      const mid = i32[i + I.month];
      const m = (this.months[mid] ??= fold.month(strings[mid]));
      const did = i32[i + I.paidOn];
      p.projectId = strings[pid];
      p.project = pref.no;
      p.month = strings[mid];
      p.ord = m.ord;
      p.overdue = m.overdue;
      p.monthEndDay = m.monthEndDay;
      if (did < 0) {
        p.paidOn = undefined;
        p.paidOnDay = p.paidOnNumber = 0;
      } else {
        const d = (this.dates[did] ??= fold.date(strings[did]));
        p.paidOn = strings[did];
        p.paidOnDay = d.day;
        p.paidOnNumber = d.number;
      }
      const method = i32[i + I.method];
      p.method = method < 0 ? undefined : strings[method];
      p.workDaysHundredths = i32[i + I.days];
      p.wageFen = f64[f + F.wage];
      p.dueFen = f64[f + F.due];
      p.paidFen = f64[f + F.paid];
      p.line = line;
      report.line = line;
      report.excelRow = excelRow;
      fold.add(p, w, project.year, f64[f + F.fingerprint], report);
    }
    replay(b.rows);
    if (b.read !== undefined) this.read = b.read;
  }
}

/** UTF-16 code units [from, to) as a string (in pieces: a cell may be long). */
function textOf(units: Uint16Array, from: number, to: number): string {
  let s = '';
  for (let a = from; a < to; a += 8192) s += String.fromCharCode(...units.subarray(a, Math.min(to, a + 8192)));
  return s;
}

/** Where the fold reports on a row read in a batch: what Row.warning and Row.identicalTo report. */
class BatchRowReport {
  line = 0;
  excelRow = 0;
  private readonly problems: Problems;
  constructor(problems: Problems) {
    this.problems = problems;
  }
  warning(key: (typeof payouts.columns)[number]['key'] | typeof WHOLE_ROW, message: string): void {
    const column = key === WHOLE_ROW ? WHOLE_ROW : headerOf(payouts, key);
    this.problems.warning(payouts.file, this.line, column, message, this.excelRow);
  }
  identicalTo(first: number): void {
    this.problems.error(payouts.file, this.line, WHOLE_ROW, identicalMessage(first), this.excelRow);
  }
}
