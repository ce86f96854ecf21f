/** CSV as Excel in China opens it correctly: UTF-8 with BOM, CRLF, quotes only where needed. */

export type CellValue = string | number | null;

/**
 * A text cell that a spreadsheet would read as a formula (=, +, -, @, or a leading tab/CR) gets a
 * leading apostrophe, so opening a download never runs anything. Numbers are written as numbers.
 */
export function neutralise(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return String(cell);
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export function csvField(cell: CellValue): string {
  const s = neutralise(cell);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  return `\uFEFF${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/** The same table as JSON: one object per row keyed by the CSV headers, so both downloads read alike. */
export function toJson(header: readonly string[], rows: readonly (readonly CellValue[])[]): string {
  return `${JSON.stringify(
    rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))),
    null,
    1,
  )}\n`;
}
