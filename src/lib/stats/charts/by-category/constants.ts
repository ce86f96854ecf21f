import { ADDABLE_COLUMN, TOTAL_ROW } from '../../../downloads/categoryTotals.ts';
import { SUPPRESSION_NOTE } from '../../../privacy/rule.ts';

export const ID = 'by-category' as const;
export const TITLE = '务工人员类别';
export const SVG_TITLE = '务工人员按人员类别';
export const SVG_DESC = `每个人员类别一条横条；不公布的人数只标记号，不画横条。${SUPPRESSION_NOTE}`;
export const SERIES_NAME = '务工人数';
export const TABLE_TITLE = '务工人员类别';
export const TABLE_DESCRIPTION =
  `吸纳务工人员按人员类别的人数；一人属于多个类别时每个类别都计入，“${TOTAL_ROW}”按人计一次；` +
  `只有“${ADDABLE_COLUMN}”为“是”的行可以相加，类别行之和可能大于务工人数。${SUPPRESSION_NOTE}`;
/** The last row: the people counted once (overlapping categories add up to more), as in category-totals.csv. */
export const TOTAL_LABEL = TOTAL_ROW;
export const TABLE_HEADER = ['人员类别', '务工人数(人)', ADDABLE_COLUMN] as const;
