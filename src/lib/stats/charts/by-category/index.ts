/** Workers placed by 人员类别, small counts withheld. */
import type { ProtectedCount } from '../../../../schemas/common.ts';
import { int } from '../../../format.ts';
import { formatRatio } from '../../../indicators/ratio.ts';
import { showCount } from '../../../privacy/display.ts';
import type { Chart } from '../chart.ts';
import { ADDABLE, NOT_ADDABLE_CATEGORY } from '../../../downloads/categoryTotals.ts';
import { ID, TABLE_DESCRIPTION, TABLE_HEADER, TABLE_TITLE, TITLE, TOTAL_LABEL } from './constants.ts';
import { drawByCategory } from './draw.ts';
import { byCategoryState, type ByCategoryState } from './state.ts';

const cell = (c: ProtectedCount) => (c.suppressed === false ? c.value : showCount(c));

export const byCategory: Chart<ByCategoryState> = {
  id: ID,
  state: byCategoryState,
  title: (s) => `${s.label}${TITLE}`,
  caption: (s) =>
    s.totals && s.povertyShare !== undefined
      ? `吸纳务工 ${int(s.totals.workers)} 人中，脱贫人口占 ${formatRatio(s.povertyShare)}。`
      : `吸纳务工 ${int(s.workersPlaced)} 人；人数较少的类别不公布具体数字。`,
  table: (s) => ({
    title: `${s.label}${TABLE_TITLE}`,
    description: TABLE_DESCRIPTION,
    header: [...TABLE_HEADER],
    // Published counts as numbers, withheld ones as their marks; no rows without totals.
    rows: s.totals
      ? [
          ...s.rows.map(({ category, count }) => [category, cell(count!), NOT_ADDABLE_CATEGORY]),
          [TOTAL_LABEL, s.totals.workers, ADDABLE],
        ]
      : [],
  }),
  draw: drawByCategory,
};
