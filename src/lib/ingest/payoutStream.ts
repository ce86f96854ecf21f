/**
 * payouts.csv, the largest ledger, read into compact batches: each accepted row as numbers in typed arrays (its
 * text cells interned), the problems of the reading in order, with where they fall among the rows. The ingest
 * then checks references and folds the batches (ingest.ts, readPayouts). Reading needs nothing of the other
 * ledgers, so a large file is read in a worker thread (payoutWorker.ts) while the main thread reads the roster;
 * small ones are read in place, by the same code, so both ways give the same problems in the same order.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { payouts, type PayoutRecord } from '../../ledgers/payouts.ts';
import type { ReadContext } from '../../ledgers/types.ts';
import type { buildVocabularies } from '../vocab/vocabulary.ts';
import { Fault } from './ioErrors.ts';
import { type Problem, Problems } from './problems.ts';
import { hash53, hashCheck, readLedger, type ByteSource, type Row } from './table.ts';

/** Rows per batch: about 1.5 MB, so a few batches in flight cost little memory. */
export const BATCH_ROWS = 16_384;

/** Per row: 日工资, 应发, 实发 (fen), the row's fingerprint, the hash53 of its 人员编号. */
export const F64_FIELDS = 5;
export const F = { wage: 0, due: 1, paid: 2, fingerprint: 3, idHash: 4 } as const;
/**
 * Per row: line, Excel row, string ids of 项目编号, 务工月份, 发放日期 and 发放方式 (-1: blank), 务工天数 in
 * hundredths, the hashCheck of its 人员编号, and where its 人员编号 ends in `ids`.
 */
export const I32_FIELDS = 9;
export const I = {
  line: 0,
  excelRow: 1,
  project: 2,
  month: 3,
  paidOn: 4,
  method: 5,
  days: 6,
  idCheck: 7,
  idEnd: 8,
} as const;

export interface PayoutBatch {
  rows: number;
  f64: Float64Array;
  i32: Int32Array;
  /** The rows' 人员编号 one after another (UTF-16 code units): read only for a key not found by its hash. */
  ids: Uint16Array;
  /** Strings interned since the previous batch, in id order (ids count from 0 over the whole file). */
  strings: string[];
  /**
   * Problems of the reading, in the order reported; past the consumer's limit only the severity (it will only
   * count them). `at[k]`: how many rows of this batch came before problem k.
   */
  problems: (Problem | Problem['severity'])[];
  at: number[];
  /** On the last batch: whether the file could be read (readLedger's result). */
  read?: boolean;
}

/** Batches as they fill: rows, interned strings and problems since the last one. */
class BatchWriter {
  private readonly size: number;
  private f64: Float64Array;
  private i32: Int32Array;
  private ids: Uint16Array;
  private idLength = 0;
  private rows = 0;
  private strings: string[] = [];
  private problems: PayoutBatch['problems'] = [];
  private at: number[] = [];
  private readonly interned = new Map<string, number>();
  private readonly listed = { error: 0, warning: 0 };
  private readonly limit: number;
  private readonly emit: (b: PayoutBatch) => void;

  constructor(limit: number, emit: (b: PayoutBatch) => void, size: number) {
    this.limit = limit;
    this.emit = emit;
    this.size = size;
    this.f64 = new Float64Array(size * F64_FIELDS);
    this.i32 = new Int32Array(size * I32_FIELDS);
    this.ids = new Uint16Array(size * 12);
  }

  /** Per field: the previous row's text and id (rows of a project and month come together). */
  private readonly lastText: (string | undefined)[] = [undefined, undefined, undefined, undefined];
  private readonly lastId = [-1, -1, -1, -1];

  private intern(field: number, s: string | undefined): number {
    if (s === undefined) return -1;
    if (s === this.lastText[field]) return this.lastId[field];
    let id = this.interned.get(s);
    if (id === undefined) {
      this.interned.set(s, (id = this.interned.size));
      this.strings.push(s);
    }
    this.lastText[field] = s;
    this.lastId[field] = id;
    return id;
  }

  problem(p: Problem): void {
    this.problems.push(++this.listed[p.severity] > this.limit ? p.severity : p);
    this.at.push(this.rows);
  }

  row(r: PayoutRecord, row: Row): void {
    const k = this.rows;
    const f = k * F64_FIELDS;
    const i = k * I32_FIELDS;
    const { f64, i32 } = this;
    const id = r.workerId;
    f64[f + F.wage] = r.wageFen;
    f64[f + F.due] = r.dueFen;
    f64[f + F.paid] = r.paidFen;
    f64[f + F.fingerprint] = row.fingerprint();
    f64[f + F.idHash] = hash53(id);
    i32[i + I.line] = r.line;
    i32[i + I.excelRow] = row.excelRow;
    i32[i + I.project] = this.intern(0, r.projectId);
    i32[i + I.month] = this.intern(1, r.month);
    i32[i + I.paidOn] = this.intern(2, r.paidOn);
    i32[i + I.method] = this.intern(3, r.method);
    i32[i + I.days] = r.workDaysHundredths;
    i32[i + I.idCheck] = hashCheck(id);
    if (this.idLength + id.length > this.ids.length) {
      const grown = new Uint16Array(Math.max(this.ids.length * 2, this.idLength + id.length));
      grown.set(this.ids.subarray(0, this.idLength));
      this.ids = grown;
    }
    for (let c = 0; c < id.length; c++) this.ids[this.idLength++] = id.charCodeAt(c);
    i32[i + I.idEnd] = this.idLength;
    if (++this.rows === this.size) this.flush();
  }

  flush(read?: boolean): void {
    const n = this.rows;
    this.emit({
      rows: n,
      f64: n === this.size ? this.f64 : this.f64.slice(0, n * F64_FIELDS),
      i32: n === this.size ? this.i32 : this.i32.slice(0, n * I32_FIELDS),
      ids: this.ids.slice(0, this.idLength),
      strings: this.strings,
      problems: this.problems,
      at: this.at,
      ...(read === undefined ? {} : { read }),
    });
    // The arrays went with the batch (maybe to another thread): start new ones.
    if (read === undefined) {
      this.f64 = new Float64Array(this.size * F64_FIELDS);
      this.i32 = new Int32Array(this.size * I32_FIELDS);
    }
    this.idLength = 0;
    this.rows = 0;
    this.strings = [];
    this.problems = [];
    this.at = [];
  }
}

/** Problems of the reading go to the batches, not to a list. */
class Recorder extends Problems {
  private readonly writer: BatchWriter;
  constructor(writer: BatchWriter) {
    super(Infinity);
    this.writer = writer;
  }
  override add(p: Problem): void {
    this.writer.problem(p);
  }
}

/** Batch size and how many batches a worker thread may post ahead of the folding; tests make them small. */
export interface BatchTuning {
  rows: number;
  ahead: number;
}
export const DEFAULT_TUNING: BatchTuning = { rows: BATCH_ROWS, ahead: 8 };

/**
 * Reads payouts.csv from `source` and hands its batches to `emit` in file order, the last one with `read` set.
 * `limit` is the consumer's per-file problem limit: problems past it go as their severity alone.
 */
export async function readPayoutBatches(
  source: ByteSource,
  ctx: ReadContext,
  limit: number,
  emit: (b: PayoutBatch) => void,
  rows = BATCH_ROWS,
): Promise<void> {
  const writer = new BatchWriter(limit, emit, rows);
  const read = await readLedger(
    payouts,
    source,
    new Recorder(writer),
    (row) => {
      const r = payouts.parse(row, ctx);
      if (r) writer.row(r, row);
    },
    ctx,
  );
  writer.flush(read);
}

/** What the worker thread is given: the file, the reading context (its vocabularies rebuilt there), the limit. */
export interface PayoutWorkerData {
  path: string;
  highWaterMark: number;
  ctx: Omit<ReadContext, 'vocab'>;
  vocabularies: Parameters<typeof buildVocabularies>[0];
  limit: number;
  /** One Int32: batches the main thread has folded (the worker writes to disk when far ahead). */
  progress: SharedArrayBuffer;
  /** The temporary file (already unlinked) for batches written to disk. */
  fd: number;
  tuning: BatchTuning;
}

/** Where a batch written to disk stands in the worker's temporary file (byte offsets of its arrays). */
interface Spilled {
  f64: number;
  i32: number;
  ids: number;
  idChars: number;
}

export type WorkerMessage =
  | { batch: PayoutBatch; spilled?: Spilled }
  | { error: { name: string; message: string; path?: string; stack?: string } };

/** Batches in file order, from wherever they are read. */
export interface BatchSource {
  next(): Promise<PayoutBatch>;
  /** Called after each batch is folded. */
  folded(): void;
  /** Stops the reading (when the ingest ends early); idempotent. */
  close(): void;
}

function readInto(fd: number, into: ArrayBufferView, at: number): void {
  const bytes = new Uint8Array(into.buffer, into.byteOffset, into.byteLength);
  for (let done = 0; done < bytes.length;) {
    const n = readSync(fd, bytes, done, bytes.length - done, at + done);
    if (n === 0) throw new Error('payouts batch file ended early');
    done += n;
  }
}

/** Reads payouts.csv at `path` in a worker thread; its batches come out of the returned source in order. */
export function startPayoutWorker(
  path: string,
  ctx: ReadContext,
  vocabularies: PayoutWorkerData['vocabularies'],
  limit: number,
  tuning = DEFAULT_TUNING,
): BatchSource {
  const progress = new SharedArrayBuffer(4);
  const folded = new Int32Array(progress);
  const { vocab: _vocab, ...plain } = ctx;
  const dir = mkdtempSync(join(tmpdir(), 'ygdz-payouts-'));
  let fd = openSync(join(dir, 'batches'), 'w+');
  try {
    unlinkSync(join(dir, 'batches'));
    rmdirSync(dir);
  } catch {
    // a system that cannot unlink an open file: the folder stays in the temporary directory
  }
  const data: PayoutWorkerData = {
    path,
    highWaterMark: 1 << 20,
    ctx: plain,
    vocabularies,
    limit,
    progress,
    fd,
    tuning,
  };
  const worker = new Worker(new URL('./payoutWorker.ts', import.meta.url), { workerData: data });
  // Does not keep the process alive: next() is awaited while it matters.
  worker.unref();
  const queue: WorkerMessage[] = [];
  let wake: (() => void) | undefined;
  let failure: Error | undefined;
  let finished = false;
  const closeFd = () => {
    if (fd !== -1) closeSync(fd);
    fd = -1;
  };
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  worker.on('message', (m: WorkerMessage) => {
    if ('error' in m || m.batch.read !== undefined) finished = true;
    queue.push(m);
    notify();
  });
  worker.on('error', (e) => {
    failure ??= e;
    notify();
  });
  worker.on('exit', (code) => {
    if (!finished) failure ??= new Error(`读取 payouts.csv 的线程意外退出（代码 ${code}）`);
    notify();
  });
  return {
    async next() {
      for (;;) {
        const m = queue.shift();
        if (m) {
          if ('error' in m) {
            const { name, message, path: at, stack } = m.error;
            const e = name === 'Fault' && at !== undefined ? new Fault(at, message) : new Error(message);
            if (name !== 'Fault') e.stack = stack;
            throw e;
          }
          const { batch, spilled } = m;
          if (spilled) {
            batch.f64 = new Float64Array(batch.rows * F64_FIELDS);
            batch.i32 = new Int32Array(batch.rows * I32_FIELDS);
            batch.ids = new Uint16Array(spilled.idChars);
            readInto(fd, batch.f64, spilled.f64);
            readInto(fd, batch.i32, spilled.i32);
            readInto(fd, batch.ids, spilled.ids);
          }
          if (batch.read !== undefined) closeFd();
          return batch;
        }
        if (failure) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
    folded: () => void Atomics.add(folded, 0, 1),
    close() {
      finished = true;
      // The worker may still be writing to the file: close it once the worker is gone.
      void worker.terminate().then(closeFd, closeFd);
    },
  };
}
