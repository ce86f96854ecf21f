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

/** `文件:行号:列名: 说明`, the line a clerk can act on. */
export function formatProblem(p: Problem): string {
  const row = p.excelRow !== undefined && p.excelRow !== p.line ? `（Excel 第 ${p.excelRow} 行）` : '';
  const tag = p.severity === 'warning' ? '警告：' : '';
  return `${p.file}:${p.line}:${p.column}: ${tag}${p.message}${row}`;
}

/** Collects problems; keeps the first `limit` per file and counts the rest so a broken file cannot flood memory. */
export class Problems {
  readonly list: Problem[] = [];
  readonly omitted = new Map<string, number>();
  private perFile = new Map<string, number>();
  private readonly limit: number;
  errorCount = 0;
  warningCount = 0;

  constructor(limit = 500) {
    this.limit = limit;
  }

  add(p: Problem): void {
    if (p.excelRow === undefined || p.excelRow === p.line) delete p.excelRow;
    if (p.severity === 'error') this.errorCount++;
    else this.warningCount++;
    const n = (this.perFile.get(p.file) ?? 0) + 1;
    this.perFile.set(p.file, n);
    if (n > this.limit) {
      this.omitted.set(p.file, (this.omitted.get(p.file) ?? 0) + 1);
      return;
    }
    this.list.push(p);
  }

  error(file: string, line: number, column: string, message: string, excelRow?: number): void {
    this.add({ severity: 'error', file, line, column, message, excelRow });
  }

  warning(file: string, line: number, column: string, message: string, excelRow?: number): void {
    this.add({ severity: 'warning', file, line, column, message, excelRow });
  }

  get ok(): boolean {
    return this.errorCount === 0;
  }

  /** Problems in file order, then line order, so output reads like the files. */
  sorted(fileOrder: readonly string[]): Problem[] {
    const rank = (f: string) => {
      const i = fileOrder.indexOf(f);
      return i < 0 ? fileOrder.length : i;
    };
    return [...this.list].sort((a, b) => rank(a.file) - rank(b.file) || a.line - b.line);
  }
}
