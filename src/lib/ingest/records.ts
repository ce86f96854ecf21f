import Papa from 'papaparse';
import { isClean } from './cells.ts';

/** One CSV record with where it stands in the file. */
export interface RawRecord {
  /** Physical line where the record starts (header = 1), counting every line of a multi-line cell. */
  line: number;
  /** Row number as Excel shows it (one per record). */
  excelRow: number;
  fields: string[];
  /** Set when the record's quoting is malformed (text after a closing quote). */
  quoteError?: boolean;
  /** Set when no cell needs cleaning or trimming (see isClean in cells.ts). */
  clean?: boolean;
}

export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(message);
    this.line = line;
  }
}

const S = { FIELD_START: 0, UNQUOTED: 1, QUOTED: 2, QUOTE_SEEN: 3 } as const;
type State = (typeof S)[keyof typeof S];
const { FIELD_START, UNQUOTED, QUOTED, QUOTE_SEEN } = S;

interface Pending {
  text: string;
  line: number;
  excelRow: number;
}

/** Work counters, for tests that prove reading is linear in the input (no timing involved). */
export interface ScanStats {
  /** Characters the record scanner looked at. */
  scanned: number;
  /** Characters copied to join a record that spanned read chunks. */
  joined: number;
  /** Characters handed to papaparse, and how many times it was called. */
  parsed: number;
  parseCalls: number;
}

/** A quoted cell this long cannot come from Excel (at most 32,767 characters a cell): the quote was never closed. */
export const MAX_QUOTED_CHARS = 65_536;
/** No ledger row is this long (24 columns of full Excel cells are 786,408 characters). */
export const MAX_RECORD_CHARS = 1_048_576;

const UNCLOSED = '引号没有闭合：这一格以英文双引号 " 开头，但';
const UNCLOSED_FIX = '请检查这一格的内容，单元格中的双引号要写成两个 ""';

/**
 * Splits decoded text into records and counts physical lines itself (papaparse's row numbers are not
 * file lines). Most records have no quote: those are found with indexOf and split on commas, which is exactly what
 * papaparse makes of a quote-free line. A record with a quote or a lone CR, and one cut by the end of a read
 * chunk, goes through a small quote-aware scanner that carries its state from chunk to chunk (every character
 * is looked at once) and is then split into fields by papaparse, a batch per chunk. Yields batches so millions
 * of rows stream in constant memory. A quote that stays open for more than MAX_QUOTED_CHARS (a stray " at the
 * start of a cell) is reported at the line it opened, and reading stops there: nothing after it is buffered.
 */
export async function* readRecords(chunks: AsyncIterable<string>, stats?: ScanStats): AsyncGenerator<RawRecord[]> {
  let state: State = FIELD_START;
  let line = 1; // physical line of the current position
  let recLine = 1;
  let quoteLine = 1;
  let excelRow = 1;
  let prevCR = false;
  // The unfinished record: pieces from earlier chunks, joined once when it ends.
  let parts: string[] = [];
  let recLen = 0; // characters of the current record so far
  let quotedLen = 0; // characters since the current quoted cell opened

  for await (const chunk of chunks) {
    if (!chunk) continue;
    if (stats) stats.scanned += chunk.length;
    const n = chunk.length;
    let recStart = 0;
    const out: RawRecord[] = [];
    // Records for papaparse, and where each goes in `out`.
    const batch: Pending[] = [];
    const slots: number[] = [];
    // Next " and CR at or after the scan position (-1: none left in this chunk).
    let nextQuote = chunk.indexOf('"');
    let nextCR = chunk.indexOf('\r');
    let i = 0;
    while (i < n) {
      if (i === recStart && state === FIELD_START && parts.length === 0 && !prevCR) {
        // Fast path: whole quote-free records of this chunk, ended by \n or \r\n.
        for (;;) {
          const nl = chunk.indexOf('\n', i);
          if (nl === -1) break;
          if (nextQuote !== -1 && nextQuote < i) nextQuote = chunk.indexOf('"', i);
          if (nextQuote !== -1 && nextQuote < nl) break;
          if (nextCR !== -1 && nextCR < i) nextCR = chunk.indexOf('\r', i);
          let end = nl;
          if (nextCR !== -1 && nextCR < nl) {
            if (nextCR !== nl - 1) break; // a lone CR inside: the scanner counts it as a line
            end = nl - 1;
          }
          if (end - i >= MAX_RECORD_CHARS) break; // the scanner reports it
          const text = chunk.slice(i, end);
          out.push({ line: recLine, excelRow: excelRow++, fields: text.split(','), clean: isClean(text) });
          recLine = ++line;
          i = recStart = nl + 1;
        }
        if (i >= n) break;
      }
      const c = chunk.charCodeAt(i);
      recLen++;
      if ((state === QUOTED || state === QUOTE_SEEN) && ++quotedLen > MAX_QUOTED_CHARS && state === QUOTED)
        throw new CsvSyntaxError(
          quoteLine,
          `${UNCLOSED}之后 ${MAX_QUOTED_CHARS} 个字符内都没有配对的引号（Excel 一格最多 32767 个字符），已停止读取这个文件。${UNCLOSED_FIX}`,
        );
      if (recLen > MAX_RECORD_CHARS)
        throw new CsvSyntaxError(
          recLine,
          `这一行超过 ${MAX_RECORD_CHARS} 个字符，不是台账的一行，已停止读取这个文件。请在 Excel 中打开核对后重新另存为 CSV`,
        );
      const isCR = c === 13;
      const isLF = c === 10;
      if (isLF && prevCR) {
        // second half of a CRLF: the line was counted at the CR
        prevCR = false;
        if (i === recStart && state === FIELD_START && parts.length === 0) {
          recStart = i + 1;
          recLen = 0;
        }
        i++;
        continue;
      }
      prevCR = isCR;
      if (isCR || isLF) {
        line++;
        if (state === QUOTED) {
          i++;
          continue;
        }
        let text = chunk.slice(recStart, i);
        if (parts.length) {
          parts.push(text);
          text = parts.join('');
          if (stats) stats.joined += text.length;
          parts = [];
        }
        slots.push(out.length);
        out.push(undefined as unknown as RawRecord);
        batch.push({ text, line: recLine, excelRow: excelRow++ });
        recStart = i + 1;
        recLen = 0;
        recLine = line;
        state = FIELD_START;
        i++;
        continue;
      }
      if (c === 34) {
        if (state === FIELD_START) {
          state = QUOTED;
          quoteLine = line;
          quotedLen = 0;
        } else if (state === QUOTED) state = QUOTE_SEEN;
        else if (state === QUOTE_SEEN) state = QUOTED;
      } else if (c === 44) {
        if (state !== QUOTED) state = FIELD_START;
      } else if (state === FIELD_START || state === QUOTE_SEEN) state = UNQUOTED;
      i++;
    }
    if (recStart < n) parts.push(chunk.slice(recStart));
    if (batch.length) {
      const parsed = parseBatch(batch, stats);
      for (let k = 0; k < slots.length; k++) out[slots[k]] = parsed[k];
    }
    if (out.length) yield out;
  }
  if (state === QUOTED)
    throw new CsvSyntaxError(quoteLine, `${UNCLOSED}到文件末尾都没有找到配对的引号。${UNCLOSED_FIX}`);
  if (parts.length) {
    const text = parts.join('');
    if (stats) stats.joined += text.length;
    yield parseBatch([{ text, line: recLine, excelRow }], stats);
  }
}

function papa(text: string, stats: ScanStats | undefined) {
  if (stats) {
    stats.parsed += text.length;
    stats.parseCalls++;
  }
  return Papa.parse<string[]>(text, {
    delimiter: ',',
    newline: '\n',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
  });
}

function parseBatch(batch: Pending[], stats: ScanStats | undefined): RawRecord[] {
  // Inner line breaks stay inside their quotes; records are joined by \n, which papaparse is told is the newline.
  const result = papa(batch.map((r) => r.text.replace(/\r(?!\n)/g, '\n')).join('\n'), stats);
  if (result.data.length === batch.length) {
    const bad = new Set(result.errors.filter((e) => e.type === 'Quotes').map((e) => e.row));
    return batch.map((r, k) => ({
      line: r.line,
      excelRow: r.excelRow,
      fields: result.data[k],
      quoteError: bad.has(k) || undefined,
    }));
  }
  // The scanner and papaparse disagree only on malformed quoting: parse record by record to keep lines exact.
  return batch.map((r) => {
    const one = papa(r.text, stats);
    return {
      line: r.line,
      excelRow: r.excelRow,
      fields: one.data.flat(),
      quoteError: one.errors.length > 0 || one.data.length !== 1 || undefined,
    };
  });
}
