/** Planned and paid pay per 街道. */
import { yuanText } from '../../../format.ts';
import type { Chart } from '../chart.ts';
import { mostPaid, payGroupsTable, type PayGroupsState } from '../pay-groups/groups.ts';
import { ID, KEY, TABLE_DESCRIPTION, TABLE_TITLE, TITLE } from './constants.ts';
import { drawBySubdistrict } from './draw.ts';
import { bySubdistrictState } from './state.ts';

export const bySubdistrict: Chart<PayGroupsState> = {
  id: ID,
  state: bySubdistrictState,
  title: (s) => `${s.label}${TITLE}`,
  caption: (s) => {
    if (!s.groups.length) return '暂无项目。';
    const top = mostPaid(s.groups);
    return `${top.key}已发放劳务报酬最多，为 ${yuanText(top.paidFen)}（${top.projects} 个项目）。`;
  },
  table: (s) => payGroupsTable(s, { title: TABLE_TITLE, description: TABLE_DESCRIPTION, key: KEY }),
  draw: drawBySubdistrict,
};
