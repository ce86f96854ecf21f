/** A problem found in a data folder. Errors stop publication; warnings are shown to staff. */
export interface Problem {
  severity: 'error' | 'warning';
  /** File name inside the data folder, e.g. payouts.csv */
  file: string;
  /** Physical line in the file (header = 1); 0 when the problem concerns the file as a whole. */
  line: number;
  /** Excel row number, only when it differs from `line` (a quoted cell spanning lines above). */
  excelRow?: number;
  /** Canonical column name, or "(整个文件)" / "(整行)". */
  column: string;
  /** Plain Chinese: what is wrong and how to fix it. */
  message: string;
}

export const WHOLE_FILE = '(整个文件)';
export const WHOLE_ROW = '(整行)';

/** Invisible or terminal-controlling characters, line breaks included, and unpaired surrogates. */
const INVISIBLE = new RegExp(
  [
    '[\\x00-\\x1f\\x7f-\\x9f\\u061c\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\ufeff\\ufff9-\\ufffb\\ufffe\\uffff]',
    '\\udb40[\\udc00-\\udc7f]', // invisible tag characters
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])', // unpaired high surrogate
    '(?<![\\ud800-\\udbff])[\\udc00-\\udfff]', // unpaired low surrogate
  ].join('|'),
  'g',
);

/**
 * Text from the data made safe to print: every control, bidi or zero-width character becomes a visible
 * `\u{1B}`, so a cell holding ESC[31m cannot recolour (or rewrite) the clerk's terminal.
 */
export function visible(s: string): string {
  return s.replace(INVISIBLE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** `文件:行号:列名: 说明`, the line a clerk can act on. */
export function formatProblem(p: Problem): string {
  const row = p.excelRow !== undefined && p.excelRow !== p.line ? `（Excel 第 ${p.excelRow} 行）` : '';
  const tag = p.severity === 'warning' ? '警告：' : '';
  return visible(`${p.file}:${p.line}:${p.column}: ${tag}${p.message}${row}`);
}

/** Collects problems; keeps the first `limit` per file and counts the rest so a broken file cannot flood memory. */
export class Problems {
  readonly list: Problem[] = [];
  readonly omitted = new Map<string, number>();
  /** Problems per file and severity, including those past the limit. */
  private readonly perFile = new Map<string, { error: number; warning: number }>();
  /** Problems kept per file and severity; the rest are only counted. */
  readonly limit: number;
  errorCount = 0;
  warningCount = 0;

  constructor(limit = 500) {
    this.limit = limit;
  }

  /** Stores the problem with its text made printable (see `visible`), so the JSON output is safe too. */
  add(p: Problem): void {
    if (p.excelRow === undefined || p.excelRow === p.line) delete p.excelRow;
    p.file = visible(p.file);
    p.column = visible(p.column);
    p.message = visible(p.message);
    if (p.severity === 'error') this.errorCount++;
    else this.warningCount++;
    const counts = this.perFile.get(p.file) ?? { error: 0, warning: 0 };
    this.perFile.set(p.file, counts);
    // Each severity has its own limit, so a flood of warnings never hides an error.
    if (++counts[p.severity] > this.limit) {
      this.omitted.set(p.file, (this.omitted.get(p.file) ?? 0) + 1);
      return;
    }
    this.list.push(p);
  }

  /**
   * Counts a problem that add() would only count: its file already has `limit` problems of this severity. For a
   * reader that sends on only the problems that can still be listed.
   */
  countOmitted(file: string, severity: Problem['severity']): void {
    const counts = this.perFile.get(file);
    if (!counts || counts[severity] < this.limit) throw new Error(`${file}: a ${severity} under the limit was dropped`);
    if (severity === 'error') this.errorCount++;
    else this.warningCount++;
    counts[severity]++;
    this.omitted.set(file, (this.omitted.get(file) ?? 0) + 1);
  }

  error(file: string, line: number, column: string, message: string, excelRow?: number): void {
    this.add({ severity: 'error', file, line, column, message, excelRow });
  }

  warning(file: string, line: number, column: string, message: string, excelRow?: number): void {
    this.add({ severity: 'warning', file, line, column, message, excelRow });
  }

  /**
   * Appends a sentence to the first error reported at this line of this file (the cause of what follows), so
   * one fault stays one error. False when no such error is listed.
   */
  amendError(file: string, line: number, extra: string): boolean {
    const p = this.list.find((q) => q.severity === 'error' && q.file === file && q.line === line);
    if (!p) return false;
    p.message = `${p.message}（${visible(extra)}）`;
    return true;
  }

  get ok(): boolean {
    return this.errorCount === 0;
  }

  /** Errors before warnings; within each, file order, then line order, so the output reads like the files. */
  sorted(fileOrder: readonly string[]): Problem[] {
    const rank = (f: string) => {
      const i = fileOrder.indexOf(f);
      return i < 0 ? fileOrder.length : i;
    };
    const severity = (p: Problem) => (p.severity === 'error' ? 0 : 1);
    return [...this.list].sort((a, b) => severity(a) - severity(b) || rank(a.file) - rank(b.file) || a.line - b.line);
  }

  /** Every file with a problem, in `fileOrder` (others last, by name), with its counts. */
  files(fileOrder: readonly string[]): { file: string; errors: number; warnings: number }[] {
    const rank = (f: string) => {
      const i = fileOrder.indexOf(f);
      return i < 0 ? fileOrder.length : i;
    };
    return [...this.perFile.keys()]
      .sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0))
      .map((file) => ({ file, ...this.countsOf(file) }));
  }

  /** How many errors and warnings each file has (all of them, listed or not). */
  countsOf(file: string): { errors: number; warnings: number } {
    const c = this.perFile.get(file);
    return { errors: c?.error ?? 0, warnings: c?.warning ?? 0 };
  }
}
