/** Planned and paid pay per 行业领域. */
import { yuanText } from '../../../format.ts';
import type { Chart } from '../chart.ts';
import { mostPaid, payGroupsTable, type PayGroupsState } from '../pay-groups/groups.ts';
import { ID, KEY, TABLE_DESCRIPTION, TABLE_TITLE, TITLE } from './constants.ts';
import { drawBySector } from './draw.ts';
import { bySectorState } from './state.ts';

export const bySector: Chart<PayGroupsState> = {
  id: ID,
  state: bySectorState,
  title: (s) => `${s.label}${TITLE}`,
  caption: (s) => {
    if (!s.groups.length) return '暂无项目。';
    const top = mostPaid(s.groups);
    return `${top.key}领域已发放劳务报酬最多，为 ${yuanText(top.paidFen)}。`;
  },
  table: (s) => payGroupsTable(s, { title: TABLE_TITLE, description: TABLE_DESCRIPTION, key: KEY }),
  draw: drawBySector,
};
