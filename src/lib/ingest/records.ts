import Papa from 'papaparse';

/** One CSV record with where it stands in the file. */
export interface RawRecord {
  /** Physical line where the record starts (header = 1), counting every line of a multi-line cell. */
  line: number;
  /** Row number as Excel shows it (one per record). */
  excelRow: number;
  fields: string[];
  /** Set when the record's quoting is malformed (text after a closing quote). */
  quoteError?: boolean;
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

/**
 * Splits decoded text into records and counts physical lines itself (papaparse's row numbers are not
 * file lines). A small quote-aware scanner finds record boundaries; papaparse then splits each batch of
 * whole records into fields. Yields batches so millions of rows stream in constant memory.
 */
export async function* readRecords(chunks: AsyncIterable<string>): AsyncGenerator<RawRecord[]> {
  let state: State = FIELD_START;
  let line = 1; // physical line of the current position
  let recLine = 1;
  let quoteLine = 1;
  let excelRow = 1;
  let prevCR = false;
  let carry = '';

  for await (const chunk of chunks) {
    if (!chunk) continue;
    const buf = carry + chunk;
    let recStart = 0;
    let i = carry.length;
    const batch: Pending[] = [];
    for (; i < buf.length; i++) {
      const c = buf.charCodeAt(i);
      const isCR = c === 13;
      const isLF = c === 10;
      if (isLF && prevCR) {
        // second half of a CRLF: the line was counted at the CR
        prevCR = false;
        if (i === recStart && state === FIELD_START) recStart = i + 1;
        continue;
      }
      prevCR = isCR;
      if (isCR || isLF) {
        line++;
        if (state === QUOTED) continue;
        batch.push({ text: buf.slice(recStart, i), line: recLine, excelRow: excelRow++ });
        recStart = i + 1;
        recLine = line;
        state = FIELD_START;
        continue;
      }
      if (c === 34) {
        if (state === FIELD_START) {
          state = QUOTED;
          quoteLine = line;
        } else if (state === QUOTED) state = QUOTE_SEEN;
        else if (state === QUOTE_SEEN) state = QUOTED;
      } else if (c === 44) {
        if (state !== QUOTED) state = FIELD_START;
      } else if (state === FIELD_START || state === QUOTE_SEEN) state = UNQUOTED;
    }
    carry = buf.slice(recStart);
    if (batch.length) yield parseBatch(batch);
  }
  if (state === QUOTED)
    throw new CsvSyntaxError(
      quoteLine,
      '引号没有闭合：这一格以英文双引号 " 开头，但到文件末尾都没有找到配对的引号。请检查这一格的内容，单元格中的双引号要写成两个 ""',
    );
  if (carry.length) yield parseBatch([{ text: carry, line: recLine, excelRow }]);
}

function papa(text: string) {
  return Papa.parse<string[]>(text, { delimiter: ',', newline: '\n', quoteChar: '"', escapeChar: '"', skipEmptyLines: false });
}

function parseBatch(batch: Pending[]): RawRecord[] {
  // Inner line breaks stay inside their quotes; records are joined by \n, which papaparse is told is the newline.
  const result = papa(batch.map((r) => r.text.replace(/\r(?!\n)/g, '\n')).join('\n'));
  if (result.data.length === batch.length) {
    const bad = new Set(result.errors.filter((e) => e.type === 'Quotes').map((e) => e.row));
    return batch.map((r, k) => ({ line: r.line, excelRow: r.excelRow, fields: result.data[k], quoteError: bad.has(k) || undefined }));
  }
  // The scanner and papaparse disagree only on malformed quoting: parse record by record to keep lines exact.
  return batch.map((r) => {
    const one = papa(r.text);
    return {
      line: r.line,
      excelRow: r.excelRow,
      fields: one.data.flat(),
      quoteError: one.errors.length > 0 || one.data.length !== 1 || undefined,
    };
  });
}
