/**
 * The 人员类别 totals download, one row per year and category, so summing it cannot double-count: one person can
 * belong to several categories, and the all-years rows repeat the years. A column, 可相加, says which rows may be
 * added: only each year's 合计（去重）. Those add up to the all-years 合计（去重） because each roster row names one
 * project (one year), so nobody is counted in two years; every other row says why it may not be added.
 */
import type { DownloadDef } from '../../ledgers/collections.ts';
import type { CategoryTotals } from '../../schemas/categoryTotals.ts';
import type { ProtectedCount } from '../../schemas/common.ts';
import { COUNT_CELL_TYPE, showCount, SUPPRESSION_NOTE } from '../privacy/display.ts';
import type { CellValue } from './csv.ts';
import type { Table } from './table.ts';

export const ALL_YEARS = '全部年度';
export const TOTAL_ROW = '合计（去重）';
export const ADDABLE = '是';
export const NOT_ADDABLE_CATEGORY = '否：一人可属于多个类别，类别人数之和可能大于合计';
export const NOT_ADDABLE_ALL_YEARS = '否：全部年度已包含各年度';
export const ADDABLE_COLUMN = '可相加';

/** How to sum the file, in one sentence for the file's description, the README and /about/data/. */
export const SUM_RULE =
  `只有“${ADDABLE_COLUMN}”为“${ADDABLE}”的行（各年度的“${TOTAL_ROW}”）可以相加，` +
  `和等于“${ALL_YEARS}”的“${TOTAL_ROW}”（花名册中每人只安排到一个项目，各年度不重复计人）；` +
  `其他行不能相加：一人可以同时属于多个人员类别，各类别人数之和可能大于务工人数；“${ALL_YEARS}”的行已包含各年度。`;

const cell = (c: ProtectedCount): CellValue => (c.suppressed === false ? c.value : showCount(c));

export function categoryTotalsTable(def: DownloadDef, records: readonly CategoryTotals[]): Table {
  const header = ['年度', '人员类别', '务工人数(人)', ADDABLE_COLUMN];
  // Years first (ascending), all years last, whatever order the collection holds.
  const ordered = [...records].sort((a, b) => (a.year ?? Infinity) - (b.year ?? Infinity));
  const rows: CellValue[][] = ordered.flatMap((t) => {
    const year = t.year ?? ALL_YEARS;
    return [
      [year, TOTAL_ROW, t.workers, t.year === null ? NOT_ADDABLE_ALL_YEARS : ADDABLE],
      ...Object.entries(t.byCategory).map(([category, n]) => [
        year,
        category,
        cell(n),
        t.year === null ? NOT_ADDABLE_ALL_YEARS : NOT_ADDABLE_CATEGORY,
      ]),
    ];
  });
  return {
    name: def.name,
    title: def.title,
    description: `${def.description}${SUM_RULE}`,
    header,
    rows,
    notes: [
      {
        column: '年度',
        type: `年份，或“${ALL_YEARS}”`,
        description: '汇总的以工代赈工作年度；全部年度合在一起的行写“全部年度”',
      },
      {
        column: '人员类别',
        type: `人员类别，或“${TOTAL_ROW}”`,
        description: `“${TOTAL_ROW}”行是这一年度安排到项目的务工人数，按人员编号去重，每人只计一次；其他行是属于这一人员类别的人数`,
      },
      {
        column: '务工人数(人)',
        unit: '人',
        type: COUNT_CELL_TYPE,
        description: `务工人数。${SUPPRESSION_NOTE}`,
      },
      { column: ADDABLE_COLUMN, type: `“${ADDABLE}”或以“否”开头的说明`, description: SUM_RULE },
    ],
  };
}
