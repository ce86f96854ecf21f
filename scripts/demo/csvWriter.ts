import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

/** Quotes a cell the way Excel does: only when it holds a comma, quote or line break. */
export function csvCell(v: string | number | undefined): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** Streams a CSV as Excel's "CSV UTF-8" writes it: BOM, CRLF, with backpressure so millions of rows fit in memory. */
export class CsvWriter {
  private readonly out: WriteStream;
  constructor(path: string, header: readonly string[]) {
    this.out = createWriteStream(path);
    this.out.write(`\uFEFF${header.map(csvCell).join(',')}\r\n`);
  }
  async row(cells: readonly (string | number | undefined)[]): Promise<void> {
    if (!this.out.write(`${cells.map(csvCell).join(',')}\r\n`)) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}
