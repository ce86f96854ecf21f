/**
 * Worker thread (started by startPayoutWorker in payoutStream.ts): reads payouts.csv into batches and posts them
 * in order. The main thread folds batches only once it has read the roster, so when it falls more than a few
 * batches behind, further batches go to a temporary file instead of into memory: the memory of the ingest
 * does not grow with payout rows. The main thread opens that file (a descriptor opened here would be closed when
 * this thread ends, before the main thread has read it back).
 */
import { writeSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { buildVocabularies } from '../vocab/vocabulary.ts';
import { chunks } from './fsSource.ts';
import { readPayoutBatches, type PayoutBatch, type PayoutWorkerData, type WorkerMessage } from './payoutStream.ts';

const data = workerData as PayoutWorkerData;
const port = parentPort!;
const folded = new Int32Array(data.progress);
let posted = 0;
const { fd } = data;
let end = 0;

function write(a: ArrayBufferView): number {
  const at = end;
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  for (let done = 0; done < bytes.length;) done += writeSync(fd, bytes, done, bytes.length - done, end + done);
  end += bytes.length;
  return at;
}

function post(b: PayoutBatch): void {
  posted++;
  // Batches posted but not yet folded: beyond `ahead`, batches are written to disk.
  if (posted - Atomics.load(folded, 0) <= data.tuning.ahead) {
    const msg: WorkerMessage = { batch: b };
    port.postMessage(msg, [b.f64.buffer as ArrayBuffer, b.i32.buffer as ArrayBuffer, b.ids.buffer as ArrayBuffer]);
    return;
  }
  const { f64, i32, ids, ...rest } = b;
  const spilled = { f64: write(f64), i32: write(i32), ids: write(ids), idChars: ids.length };
  const msg: WorkerMessage = {
    batch: { ...rest, f64: new Float64Array(0), i32: new Int32Array(0), ids: new Uint16Array(0) },
    spilled,
  };
  port.postMessage(msg);
}

try {
  const ctx = { ...data.ctx, vocab: buildVocabularies(data.vocabularies) };
  await readPayoutBatches(chunks(data.path, data.highWaterMark), ctx, data.limit, post, data.tuning.rows);
} catch (e) {
  const err = e as Error & { path?: string };
  const msg: WorkerMessage = { error: { name: err.name, message: err.message, path: err.path, stack: err.stack } };
  port.postMessage(msg);
}
