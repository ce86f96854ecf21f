import type { ColumnDef, ReadContext, ValueOf } from '../../ledgers/types.ts';
import { buildVocabularies } from '../vocab/vocabulary.ts';
import { type Cell, type CleanCell, cleanCell, cleanText, isPlain, toHalfWidth } from './cells.ts';
import { decodeStream, DecodeError } from './decode.ts';
import { type Problems, WHOLE_FILE, WHOLE_ROW } from './problems.ts';
import { DEFAULT_NOTICE_DAYS } from '../../schemas/site.ts';
import { CsvSyntaxError, readRecords } from './records.ts';

/** What reading a file needs to know of its ledger (a LedgerDef is one). */
export interface LedgerSpec<C extends ColumnDef = ColumnDef> {
  /** File name inside the data folder, e.g. projects.csv */
  file: string;
  /** What staff call the ledger, for messages. */
  title: string;
  columns: readonly C[];
  /** The error when the file has a header but no row. */
  emptyMessage?: string;
}

/** Header text as clerks type it: full-width brackets and stray spaces do not matter. */
export function normaliseHeader(h: string): string {
  return toHalfWidth(cleanText(h)).replace(/\s+/g, '');
}

/** Used when a caller has no run to take the context from (tests, the privacy scan). */
const NO_CONTEXT: ReadContext = {
  today: '2100-12-31',
  asOf: '2100-12-31',
  noticeDays: DEFAULT_NOTICE_DAYS,
  publishPayoutList: false,
  vocab: buildVocabularies(),
  funding: {},
};

const TOTAL_ROW = /^(合计|总计|小计|累计)/;

/**
 * A data row being read: raw cells by key, and helpers that parse a cell with its column's cell type (or a
 * parser given) and report a problem at its column. `C` is the union of the ledger's column types.
 */
/** Where the columns of a ledger stand in one file's records; made once per file and shared by its rows. */
export interface Layout<C extends ColumnDef = ColumnDef> {
  /** Column key → its definition and its index in a record (-1: the file has no such column). */
  readonly slots: ReadonlyMap<string, { readonly col: C; readonly index: number }>;
  /** The record index of each column in column order (-1: absent), for the fingerprint. */
  readonly order: readonly number[];
}

/** The layout of a file whose header gave `keys` (null: an ignored header cell). */
export function layoutOf<C extends ColumnDef>(spec: LedgerSpec<C>, keys: readonly (string | null)[]): Layout<C> {
  const at = new Map<string, number>();
  keys.forEach((k, i) => k !== null && at.set(k, i));
  const order = spec.columns.map((c) => at.get(c.key) ?? -1);
  return { slots: new Map(spec.columns.map((col, j) => [col.key, { col, index: order[j] }])), order };
}

/** The error for a row whose cleaned cells all equal those of the row at `line`. */
export const identicalMessage = (line: number) => `这一行与第 ${line} 行完全相同，是重复录入，请删除`;

export class Row<C extends ColumnDef = ColumnDef> {
  readonly line: number;
  readonly excelRow: number;
  readonly spec: LedgerSpec<C>;
  /** The record's cleaned cells, placed by the file's layout. */
  private readonly fields: readonly string[];
  private readonly layout: Layout<C>;
  private readonly problems: Problems;
  private readonly ctx: ReadContext;
  /** Cells refused while cleaning (a control character): already reported, never parsed. Made when needed. */
  private refused?: Set<K<C>>;
  /** True once any error was reported for this row: its values must not be used further. */
  failed = false;

  constructor(
    spec: LedgerSpec<C>,
    line: number,
    excelRow: number,
    fields: readonly string[],
    layout: Layout<C>,
    problems: Problems,
    ctx: ReadContext = NO_CONTEXT,
  ) {
    this.spec = spec;
    this.line = line;
    this.excelRow = excelRow;
    this.fields = fields;
    this.layout = layout;
    this.problems = problems;
    this.ctx = ctx;
  }

  /** Reports what cleaning found in a cell; an error marks the cell refused. */
  noteCleaning(key: K<C>, notes: CleanCell['notes']): void {
    for (const n of notes) {
      if (n.error) {
        (this.refused ??= new Set()).add(key);
        this.error(key, n.message);
      } else this.warning(key, n.message);
    }
  }

  /**
   * 53-bit hash of the row's cleaned cells in column order: equal rows have equal fingerprints, and different
   * rows collide with odds of about 1 in 9·10^15, so duplicates can be found without keeping any row's text.
   */
  fingerprint(): number {
    const h = new Hash53();
    for (const i of this.layout.order) h.add(i < 0 ? '' : this.fields[i]).add('\u0000');
    return h.value();
  }

  header(key: K<C>): string {
    return this.layout.slots.get(key)?.col.header ?? key;
  }

  /** The cell's text, cleaned when the row was read; '' when blank or the column is absent. */
  text(key: K<C>): string {
    const s = this.layout.slots.get(key);
    return s === undefined || s.index < 0 ? '' : this.fields[s.index];
  }

  error(key: K<C> | typeof WHOLE_ROW, message: string): void {
    this.failed = true;
    const column = key === WHOLE_ROW ? WHOLE_ROW : this.header(key as K<C>);
    this.problems.error(this.spec.file, this.line, column, message, this.excelRow);
  }

  warning(key: K<C> | typeof WHOLE_ROW, message: string): void {
    const column = key === WHOLE_ROW ? WHOLE_ROW : this.header(key as K<C>);
    this.problems.warning(this.spec.file, this.line, column, message, this.excelRow);
  }

  /** The error for a row whose cleaned cells all equal those of the row at `line`. */
  identicalTo(line: number): void {
    this.error(WHOLE_ROW, identicalMessage(line));
  }

  /** A required cell: blank is an error. Parsed with the column's cell type unless `parse` is given. */
  req<Key extends K<C>>(key: Key): ValueOf<C, Key> | undefined;
  req<T>(key: K<C>, parse: (raw: string) => Cell<T>): T | undefined;
  req(key: K<C>, parse?: (raw: string) => Cell<unknown>): unknown {
    if (this.refused?.has(key)) return undefined;
    const s = this.layout.slots.get(key);
    const raw = s === undefined || s.index < 0 ? '' : this.fields[s.index];
    if (raw === '') {
      this.error(key, `必填项为空，请填写“${this.header(key)}”`);
      return undefined;
    }
    return this.parse(key, raw, s!.col, parse);
  }

  /** An optional cell: blank gives undefined, a bad value is an error. */
  opt<Key extends K<C>>(key: Key): ValueOf<C, Key> | undefined;
  opt<T>(key: K<C>, parse: (raw: string) => Cell<T>): T | undefined;
  opt(key: K<C>, parse?: (raw: string) => Cell<unknown>): unknown {
    const s = this.layout.slots.get(key);
    const raw = s === undefined || s.index < 0 ? '' : this.fields[s.index];
    if (raw === '' || this.refused?.has(key)) return undefined;
    return this.parse(key, raw, s!.col, parse);
  }

  private parse(key: K<C>, raw: string, col: C, parse?: (raw: string) => Cell<unknown>): unknown {
    const r = parse ? parse(raw) : col.cell.parse(raw, this.ctx);
    if (r.ok) {
      if (r.warning) this.warning(key, r.warning);
      return r.value;
    }
    this.error(key, r.message);
    return undefined;
  }
}

/** The key type of a column union. */
type K<C extends ColumnDef> = C['key'];

export type ByteSource = AsyncIterable<Uint8Array>;

/**
 * Reads one ledger: decodes, maps the header to the spec, skips blank and 合计 rows, checks field counts,
 * and hands each data row to `onRow`. Returns false if the file could not be read at all.
 */
export async function readLedger<C extends ColumnDef>(
  spec: LedgerSpec<C>,
  source: ByteSource,
  problems: Problems,
  onRow: (row: Row<C>) => void,
  ctx: ReadContext = NO_CONTEXT,
): Promise<boolean> {
  const { file } = spec;
  const byKey = new Map<string, C>(spec.columns.map((c) => [c.key, c]));
  let keys: (K<C> | null)[] | null = null;
  let layout: Layout<C> | undefined;
  let multiline: boolean[] = [];
  let width = 0;
  let dataRows = 0;
  try {
    const decoded = await decodeStream(source);
    for await (const batch of readRecords(decoded.chunks)) {
      for (const rec of batch) {
        // Cleaning notes by column index, only for the rare cells that have any.
        let notes: Map<number, CleanCell['notes']> | undefined;
        const raws = rec.fields;
        const fields = keys === null ? raws.slice() : raws; // the header's raw cells are mapped below
        let blank = true;
        if (rec.clean && keys !== null) {
          for (let i = 0; i < fields.length; i++) if (fields[i] !== '') blank = false;
        } else
          for (let i = 0; i < fields.length; i++) {
            const raw = fields[i];
            let f: string;
            if (isPlain(raw)) f = raw.trim();
            else {
              const c = cleanCell(raw, multiline[i]);
              if (c.notes.length) (notes ??= new Map()).set(i, c.notes);
              f = c.text;
            }
            fields[i] = f;
            if (f !== '') blank = false;
          }
        if (keys === null) {
          if (blank) continue; // leading blank lines before the header
          const mapped = mapHeader(spec, raws, rec.line, problems);
          if (!mapped) return false;
          keys = mapped;
          layout = layoutOf(spec, mapped);
          multiline = mapped.map((k) => (k !== null && byKey.get(k)?.multiline) === true);
          width = rec.fields.length;
          continue;
        }
        if (blank) continue;
        if (rec.quoteError) {
          problems.error(
            file,
            rec.line,
            WHOLE_ROW,
            '引号用法不对：单元格中的英文双引号要写成两个 ""，或整格用双引号括起来',
            rec.excelRow,
          );
          continue;
        }
        const first = fields.find((f) => f !== '') ?? '';
        if (TOTAL_ROW.test(first)) {
          problems.warning(
            file,
            rec.line,
            WHOLE_ROW,
            `已跳过“${first}”行：合计由平台自动计算，台账中不需要合计行`,
            rec.excelRow,
          );
          continue;
        }
        if (rec.fields.length !== width) {
          problems.error(
            file,
            rec.line,
            WHOLE_ROW,
            `这一行有 ${rec.fields.length} 列，表头有 ${width} 列。常见原因：某格内容里有英文逗号，或多打/少打了逗号。请在 Excel 中打开核对后重新另存为 CSV`,
            rec.excelRow,
          );
          continue;
        }
        const row = new Row(spec, rec.line, rec.excelRow, fields, layout!, problems, ctx);
        if (notes) for (const [i, n] of notes) if (keys[i]) row.noteCleaning(keys[i], n);
        dataRows++;
        onRow(row);
      }
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) {
      problems.error(file, e.line, WHOLE_ROW, e.message);
      return false;
    }
    if (e instanceof DecodeError) {
      problems.error(file, 1, WHOLE_FILE, e.message);
      return false;
    }
    throw e;
  }
  if (keys === null) {
    problems.error(file, 1, WHOLE_FILE, `文件是空的，请导出带表头的${spec.title}`);
    return false;
  }
  if (dataRows === 0 && spec.emptyMessage) problems.error(file, 2, WHOLE_FILE, spec.emptyMessage);
  return true;
}

/** Header cells → column keys (null: ignored); null when the header cannot be used (a required column is missing). */
function mapHeader<C extends ColumnDef>(
  spec: LedgerSpec<C>,
  fields: string[],
  line: number,
  problems: Problems,
): (K<C> | null)[] | null {
  const byHeader = new Map<string, C>();
  for (const c of spec.columns) for (const h of [c.header, ...(c.aliases ?? [])]) byHeader.set(normaliseHeader(h), c);
  const seen = new Set<K<C>>();
  const keys = fields.map((raw, i) => {
    const h = normaliseHeader(raw);
    if (h === '') return null;
    const col = byHeader.get(h);
    if (!col) {
      const headers = spec.columns.map((c) => c.header).join('、');
      problems.warning(
        spec.file,
        line,
        cleanText(raw),
        `未知的列“${cleanText(raw)}”，已忽略。若是必填列写错了名字，请改成：${headers}`,
      );
      return null;
    }
    if (seen.has(col.key)) {
      problems.error(spec.file, line, col.header, `表头中“${col.header}”出现了两次（第 ${i + 1} 列），请删除重复的列`);
      return null;
    }
    seen.add(col.key);
    return col.key;
  });
  const missing = spec.columns.filter((c) => c.required && !seen.has(c.key));
  for (const c of missing)
    problems.error(
      spec.file,
      line,
      c.header,
      `缺少必填列“${c.header}”。请在第一行表头中加上这一列（列名要与模板一致）`,
    );
  if (seen.size === 0) return null;
  return missing.length ? null : keys;
}

/** Hash53 of one string, without an object: what a reference looks a key up by in a HashTable. */
export function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  const g1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  const g2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(g1 ^ (g1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & g2) + (g1 >>> 0);
}

/**
 * A second, independent 32-bit hash (FNV-1a with the length): a key found by its hash53 is taken as equal only
 * when this agrees too, so two keys are confused only if 85 bits collide.
 */
export function hashCheck(s: string): number {
  let h = 0x811c9dc5 ^ s.length;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h | 0;
}

/** cyrb53, fed piece by piece: a fast 53-bit string hash (two 32-bit multiply-xorshift lanes). Not cryptographic. */
export class Hash53 {
  private h1 = 0xdeadbeef;
  private h2 = 0x41c6ce57;

  add(s: string): this {
    let { h1, h2 } = this;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    this.h1 = h1;
    this.h2 = h2;
    return this;
  }

  value(): number {
    const h1 = Math.imul(this.h1 ^ (this.h1 >>> 16), 2246822507) ^ Math.imul(this.h2 ^ (this.h2 >>> 13), 3266489909);
    const h2 = Math.imul(this.h2 ^ (this.h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return 4294967296 * (2097151 & h2) + (h1 >>> 0);
  }
}
