/**
 * Compact stores for what the ingest must remember per row of a large ledger, so its memory does not grow with
 * the rows: a 53-bit-key hash table in typed arrays, and an append-only spill file for fixed-size records.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmdirSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * 53-bit number → 32-bit integer, open addressing in a Float64Array and an Int32Array (12 bytes a slot, at most
 * 70% full). Keys are the 53-bit hashes of table.ts (Hash53) or other non-negative integers; -1 marks a free slot.
 */
export class HashTable {
  private keys = new Float64Array(1024).fill(-1);
  private values = new Int32Array(1024);
  private mask = 1023;
  size = 0;

  private slot(key: number): number {
    // The key's low 32 bits are already mixed; a multiply spreads sequential integers.
    let i = Math.imul((key % 4294967296) | 0, 0x9e3779b1) & this.mask;
    for (;;) {
      const k = this.keys[i];
      if (k === key || k === -1) return i;
      i = (i + 1) & this.mask;
    }
  }

  get(key: number): number | undefined {
    const i = this.slot(key);
    return this.keys[i] === -1 ? undefined : this.values[i];
  }

  set(key: number, value: number): void {
    let i = this.slot(key);
    if (this.keys[i] === -1) {
      if ((this.size + 1) * 10 > this.keys.length * 7) {
        this.grow();
        i = this.slot(key);
      }
      this.keys[i] = key;
      this.size++;
    }
    this.values[i] = value;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Float64Array(keys.length * 2).fill(-1);
    this.values = new Int32Array(keys.length * 2);
    this.mask = this.keys.length - 1;
    for (let j = 0; j < keys.length; j++)
      if (keys[j] !== -1) {
        const i = this.slot(keys[j]);
        this.keys[i] = keys[j];
        this.values[i] = values[j];
      }
  }
}

const BUFFER_BYTES = 4 << 20;
const closeFd = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // already closed
  }
});

/**
 * Fixed-size records appended in order and read back by number. The last 4 MB stay in memory; older ones go to
 * a temporary file, created only when there is that much (tests and small folders never touch the disk). The
 * file is unlinked as soon as it is open, so nothing is left behind even if the process is killed.
 */
export class Spill {
  readonly recordBytes: number;
  private buffer!: Buffer;
  /** The buffer seen as doubles and as 32-bit integers (native byte order: only this process reads them back). */
  f64!: Float64Array;
  i32!: Int32Array;
  /** Records on disk, and in the buffer after them. */
  private flushed = 0;
  private buffered = 0;
  private fd = -1;
  private readonly perBuffer: number;

  constructor(recordBytes: number) {
    this.recordBytes = recordBytes;
    if (recordBytes % 8) throw new Error('Spill records are whole multiples of 8 bytes');
    this.perBuffer = Math.max(1, Math.floor(BUFFER_BYTES / recordBytes));
    this.setBuffer(Buffer.from(new ArrayBuffer(Math.min(this.perBuffer, 256) * recordBytes)));
  }

  private setBuffer(b: Buffer): void {
    this.buffer = b;
    this.f64 = new Float64Array(b.buffer, b.byteOffset, b.length >>> 3);
    this.i32 = new Int32Array(b.buffer, b.byteOffset, b.length >>> 2);
  }

  get length(): number {
    return this.flushed + this.buffered;
  }

  /**
   * Room for the next record: write it into `view` (or the f64/i32 views) at byte `offset`, recordBytes long;
   * `index` is its number.
   */
  append(): { view: Buffer; offset: number; index: number } {
    const offset = this.appendAt();
    return { view: this.buffer, offset, index: this.flushed + this.buffered - 1 };
  }

  /** As append, for a caller that writes through f64/i32: only the byte offset (the record's index is length − 1). */
  appendAt(): number {
    if (this.buffered === this.perBuffer) this.flush();
    if ((this.buffered + 1) * this.recordBytes > this.buffer.length) {
      const b = Buffer.from(new ArrayBuffer(Math.min(this.perBuffer * this.recordBytes, this.buffer.length * 2)));
      this.buffer.copy(b, 0, 0, this.buffered * this.recordBytes);
      this.setBuffer(b);
    }
    return this.buffered++ * this.recordBytes;
  }

  /** Record `index` into `into` at 0 (`into` is recordBytes long or more). */
  read(index: number, into: Buffer): Buffer {
    const n = this.recordBytes;
    if (index >= this.flushed) this.buffer.copy(into, 0, (index - this.flushed) * n, (index - this.flushed + 1) * n);
    else readSync(this.fd, into, 0, n, index * n);
    return into;
  }

  private flush(): void {
    if (this.fd === -1) {
      const dir = mkdtempSync(join(tmpdir(), 'ygdz-spill-'));
      const file = join(dir, 'rows');
      this.fd = openSync(file, 'w+');
      closeFd.register(this, this.fd, this);
      try {
        unlinkSync(file);
        rmdirSync(dir);
      } catch {
        // a system that cannot unlink an open file: removed at exit instead
        process.once('exit', () => {
          try {
            closeSync(this.fd);
            unlinkSync(file);
            rmdirSync(dir);
          } catch {
            // nothing more to do
          }
        });
      }
    }
    const bytes = this.buffered * this.recordBytes;
    let done = 0;
    while (done < bytes)
      done += writeSync(this.fd, this.buffer, done, bytes - done, this.flushed * this.recordBytes + done);
    this.flushed += this.buffered;
    this.buffered = 0;
  }

  /** Closes the file; the store cannot be read afterwards. */
  close(): void {
    if (this.fd !== -1) {
      closeFd.unregister(this);
      closeSync(this.fd);
      this.fd = -1;
    }
  }
}

/** Strings to small integers and back, for records that hold text (few distinct values: villages, dates). */
export class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(s);
      this.ids.set(s, i);
    }
    return i;
  }
}
