/** How a chart is shown on a page: the two widths it is drawn at and the part of its table shown under it. */
import type { CellValue } from '../../downloads/csv.ts';
import type { Table } from '../../downloads/table.ts';

/** Drawn twice from the same state: sized for phones and for wide screens (CSS shows one). */
export const NARROW_WIDTH = 340;
export const WIDE_WIDTH = 720;

/** The page shows at most this many rows; the download always has them all. */
export const MAX_TABLE_ROWS = 60;

export interface FigureCell {
  text: string;
  /** Right-aligned as a figure: a number, or a number written as text ("12.50"). */
  numeric: boolean;
}

export interface FigureTable {
  header: string[];
  /** The first cell of each row heads it. */
  rows: FigureCell[][];
  /** All rows of the table (more than shown when cut at MAX_TABLE_ROWS). */
  total: number;
}

const cell = (c: CellValue): FigureCell => ({
  text: c === null ? '' : String(c),
  numeric: typeof c === 'number' || /^[\d.]+$/.test(String(c)),
});

export function figureTable(table: Table): FigureTable {
  const rows = table.rows.slice(0, MAX_TABLE_ROWS).map((r) => r.map(cell));
  return { header: table.header, rows, total: table.rows.length };
}
