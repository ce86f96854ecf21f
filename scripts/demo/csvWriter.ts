import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

export type CsvValue = string | number | undefined;

/** Quotes a cell the way Excel does: only when it holds a comma, quote or line break. */
export function csvCell(v: CsvValue): string {
  const s = v === undefined ? '' : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** What the writer needs of a ledger declaration (src/ledgers/): its columns in template order. */
export interface Columns<K extends string> {
  columns: readonly { key: K; header: string }[];
}

/** One line of a ledger as Excel's "CSV UTF-8" writes it (no line end): cells given by column key, any order. */
export function csvLine<K extends string>(ledger: Columns<K>, cells: Partial<Record<K, CsvValue>>): string {
  return ledger.columns.map((c) => csvCell(cells[c.key])).join(',');
}

/** The header line of a ledger (canonical headers, template order). */
export const csvHeader = <K extends string>(ledger: Columns<K>): string =>
  ledger.columns.map((c) => csvCell(c.header)).join(',');

/**
 * Streams a ledger as Excel's "CSV UTF-8" writes it: BOM, CRLF, with backpressure so millions of rows fit in
 * memory. Rows are given by column key (blank when left out), written in the ledger's column order.
 */
export class CsvWriter<K extends string> {
  private readonly out: WriteStream;
  private readonly ledger: Columns<K>;
  constructor(path: string, ledger: Columns<K>) {
    this.ledger = ledger;
    this.out = createWriteStream(path);
    this.out.write(`\uFEFF${csvHeader(ledger)}\r\n`);
  }
  async row(cells: Partial<Record<K, CsvValue>>): Promise<void> {
    if (!this.out.write(`${csvLine(this.ledger, cells)}\r\n`)) await once(this.out, 'drain');
  }
  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}
