/** Planned and paid pay per 项目类型. */
import type { Chart } from '../chart.ts';
import { payGroupsTable, type PayGroupsState } from '../pay-groups/groups.ts';
import { ID, KEY, TABLE_DESCRIPTION, TABLE_TITLE, TITLE } from './constants.ts';
import { drawByType } from './draw.ts';
import { byTypeState } from './state.ts';

export const byType: Chart<PayGroupsState> = {
  id: ID,
  state: byTypeState,
  title: (s) => `${s.label}${TITLE}`,
  caption: (s) => (s.groups.length ? `${s.groups.map((g) => `${g.key} ${g.projects} 个`).join('，')}。` : '暂无项目。'),
  table: (s) => payGroupsTable(s, { title: TABLE_TITLE, description: TABLE_DESCRIPTION, key: KEY }),
  draw: drawByType,
};
