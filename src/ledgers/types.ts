/**
 * The shape of a ledger declaration (src/ledgers/<name>.ts). A ledger says everything about one CSV file once:
 * its columns, how a row is read, its key, what it refers to and what it feeds; the ingest, the reference checks,
 * the templates, the data dictionary and the privacy scan all read these declarations (see registry.ts).
 */
import type { Cell } from '../lib/ingest/cells.ts';
import type { Vocabularies } from '../lib/vocab/vocabulary.ts';
import type { FundingSettings } from '../schemas/funding.ts';
import type { Row } from '../lib/ingest/table.ts';
import type { CollectionName } from './collections.ts';

/** What a row parser may need besides the row: fixed for one ingest run. */
export interface ReadContext {
  /** Today in Asia/Shanghai: the limit for dates of birth. */
  today: string;
  /** The date of the data (数据更新于): what "overdue" is measured against. */
  asOf: string;
  /** 公示期 in days when a project gives a start but no end. */
  noticeDays: number;
  /** Whether the site publishes masked payout lists (only then are per-row payout data kept). */
  publishPayoutList: boolean;
  /** The district's closed lists: national defaults plus site.json's additions and synonyms. */
  vocab: Vocabularies;
  /** site.json's labour-pay share settings per fund type (project rows resolve their rule with them). */
  funding: FundingSettings;
}

/** How one cell is read: a parser with a clerk-readable error, and how the 填写说明 describes what it takes. */
export interface CellType<T> {
  /** E.g. “日期，如 2023-05-01、2023/5/1 或 2023年5月1日”. */
  readonly describe: string;
  parse(raw: string, ctx: ReadContext): Cell<T>;
}

/**
 * Personal data: identifies a worker (or complainant). Never published in any form but a masked name; the
 * privacy scan searches the built site for every value of such a column (an ID number also for its birth date).
 */
export type Personal = 'name' | 'id-number' | 'phone' | 'birth-date';

export interface ColumnDef<K extends string = string, T = unknown> {
  /** The name the code uses; a parsed record carries the cell's value under the same name. */
  readonly key: K;
  /** Canonical header, as in the template. Full-width brackets and spaces in a file's header do not matter. */
  readonly header: string;
  /** Other headers accepted for this column (what clerks commonly type instead). */
  readonly aliases?: readonly string[];
  /** The header must be present (a required column may still allow a blank cell, see the row parser). */
  readonly required: boolean;
  readonly cell: CellType<T>;
  /** Unit the clerk fills in, e.g. 万元, 元, 天, 人. */
  readonly unit?: string;
  /** One sentence for the 填写说明. */
  readonly description: string;
  /** The template's example cell; the example rows of all templates together form a valid data folder. */
  readonly example: string;
  /** True when the value itself is shown on the site or in downloads; false: used only for checks and totals. */
  readonly public: boolean;
  /** Set for names, ID numbers, phones and birth dates of private persons (must then be private). */
  readonly personal?: Personal;
  /** Free text that may hold line breaks: Word's vertical-tab line break becomes \n, not a space. */
  readonly multiline?: boolean;
}

/** The value type a column's cell parses to. */
export type ValueOf<C, K> = C extends { key: K; cell: CellType<infer T> } ? T : never;

/** A parsed row; `line` is the physical line it starts on (header = 1). */
export interface LedgerRecord {
  line: number;
}

/** The ledger's identifying column: unique, and what references to this ledger point at. */
export interface KeyDef<K extends string> {
  readonly column: K;
  /** Two keys that differ only in case are duplicates (项目编号 is a URL, and URLs fold case on some servers). */
  readonly caseInsensitive?: boolean;
  /** Report a duplicate row with identical cells as such (keeps one 53-bit fingerprint per row). */
  readonly identicalRows?: boolean;
  /** The error at a second row with the key of `first`. */
  readonly duplicate: (id: string, first: { id: string; line: number }) => string;
  /** How to fix a reference to a key that is not there, e.g. 请核对编号. */
  readonly missingFix: string;
  /** What one row is, for the summary of rows that refer to a rejected one: 项目, 人员. */
  readonly noun: string;
}

/** A further column whose values must be unique within the file (checked while reading, then forgotten). */
export interface UniqueDef<K extends string> {
  readonly column: K;
  readonly duplicate: (firstLine: number) => string;
}

/** `column` holds a key of the ledger named `to` (blank: no reference). */
export interface ReferenceDef<K extends string> {
  readonly column: K;
  readonly to: string;
}

/** The rows a reference resolved to, by referring column (only the references that are filled in). */
export type Resolved = Readonly<Record<string, unknown>>;

/**
 * Where accepted rows go. `add` may still report on the row (and refuse it by reporting an error); `done` gives
 * what the ingest keeps of the ledger. `index` is the ledger's key index (exact key → record), if it has a key.
 */
export interface Collector<R, S> {
  add(record: R, row: Row, resolved: Resolved): void;
  done(index: ReadonlyMap<string, R> | undefined): S;
}

// parse and collect are methods so that any ledger is a LedgerDef of the default (widest) types.
export interface LedgerDef<
  Cols extends readonly ColumnDef[] = readonly ColumnDef[],
  R extends LedgerRecord = LedgerRecord,
  S = unknown,
> {
  /** Registry name, used by references and in code: projects. */
  readonly name: string;
  /** File name inside the data folder: projects.csv. */
  readonly file: string;
  /** What staff call the ledger: 项目清单. */
  readonly title: string;
  /** A required file missing is an error; an optional one missing is a warning and reads as empty. */
  readonly required: boolean;
  /**
   * An optional ledger that most data folders never have (payout-batches.csv): absent is silent, not a warning.
   * Absent optional ledgers without it warn, as they did before it existed.
   */
  readonly quietWhenAbsent?: boolean;
  /** The error when the file has a header but no row; absent: an empty ledger is fine. */
  readonly emptyMessage?: string;
  /** In template order. */
  readonly columns: Cols;
  /** Reads one row and checks it on its own; reports every problem and returns undefined if there was any. */
  parse(row: Row<Cols[number]>, ctx: ReadContext): R | undefined;
  readonly key?: KeyDef<Cols[number]['key']>;
  readonly unique?: readonly UniqueDef<Cols[number]['key']>[];
  /** For a ledger without a key: a row with the same cells as an earlier one is an error. */
  readonly identicalRows?: boolean;
  readonly references?: readonly ReferenceDef<Cols[number]['key']>[];
  collect(ctx: ReadContext): Collector<R, S>;
  /** Public collections built (partly) from this ledger; they say which downloads they become. */
  readonly feeds: readonly CollectionName[];
}

/** Declares a ledger, inferring its column, record and result types. */
export const defineLedger = <const Cols extends readonly ColumnDef[], R extends LedgerRecord, S>(
  def: LedgerDef<Cols, R, S>,
): LedgerDef<Cols, R, S> => def;

/** Accepted rows in file order. */
export const inList =
  <R>() =>
  (): Collector<R, R[]> => {
    const rows: R[] = [];
    return { add: (r) => void rows.push(r), done: () => rows };
  };

/** Accepted rows by key, in file order: the key index itself, so a large roster is held once. */
export const byKey =
  <R>() =>
  (): Collector<R, ReadonlyMap<string, R>> => ({
    add: () => undefined,
    done: (index) => {
      if (!index) throw new Error('byKey() needs a ledger with a key');
      return index;
    },
  });

/** Declares a column, keeping its key and value types. */
export const col = <const K extends string, T>(c: ColumnDef<K, T>): ColumnDef<K, T> => c;
