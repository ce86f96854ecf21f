/**
 * What the three breakdowns of projects (街道, 行业领域, 项目类型) share: the state (one row per group), the
 * table columns and the drawing (planned against paid pay per group). Each chart folder adds its texts.
 */
import { hBarChart } from '../../../charts/hBars.ts';
import type { SvgNode } from '../../../charts/svg.ts';
import { wan, yuanPlain } from '../../../format.ts';
import { groupProjects, inScope, type GroupRow } from '../../../indicators/indicators.ts';
import type { Project } from '../../../../schemas/project.ts';
import { scopeLabel } from '../../scope.ts';
import type { ChartInput, ChartState, ChartTable } from '../chart.ts';

export interface PayGroupsState extends ChartState {
  /** One row per group, in the order the chart and table list them. */
  groups: GroupRow[];
}

export interface Grouping {
  by: (p: Project) => string;
  order: (keys: string[]) => string[];
}

/** Keys in the order of a closed list (行业领域, 项目类型 as the ledger lists them). */
export const inList = (list: readonly string[]) => (keys: string[]) => list.filter((k) => keys.includes(k));

export function payGroupsState({ data, indicators: i }: ChartInput, g: Grouping): PayGroupsState {
  const groups = groupProjects(inScope(data.projects, i.scope), g.by, g.order);
  return { scope: i.scope, label: scopeLabel(i.scope), groups };
}

/** The group that has been paid the most (the first such, in list order). */
export const mostPaid = (groups: readonly GroupRow[]): GroupRow => [...groups].sort((a, b) => b.paidFen - a.paidFen)[0];

export function payGroupsTable(s: PayGroupsState, t: { title: string; description: string; key: string }): ChartTable {
  return {
    title: `${s.label}${t.title}`,
    description: t.description,
    header: [t.key, '项目数(个)', '吸纳务工人数(人)', '预计劳务报酬(元)', '已发放劳务报酬(元)'],
    rows: s.groups.map((g) => [g.key, g.projects, g.workersPlaced, yuanPlain(g.plannedPayFen), yuanPlain(g.paidFen)]),
  };
}

// Bar labels are figures (万元, like tables); captions are prose (元).
const wanLabel = (fen: number) => `${wan(fen)} 万元`;

/**
 * Most groups drawn: a province has hundreds of 街道, and two bars each would make /stats/ heavier than a phone
 * should load. The table and the download keep every group.
 */
export const MAX_GROUP_BARS = 30;

/** The groups drawn: all, or beyond MAX_GROUP_BARS those with the most planned pay, in list order. */
export function drawnGroups(groups: readonly GroupRow[]): readonly GroupRow[] {
  if (groups.length <= MAX_GROUP_BARS) return groups;
  const top = new Set(
    [...groups].sort((a, b) => b.plannedPayFen - a.plannedPayFen || (a.key < b.key ? -1 : 1)).slice(0, MAX_GROUP_BARS),
  );
  return groups.filter((g) => top.has(g));
}

/** Two bars per group: planned and paid pay; the label carries the number of projects. */
export function drawPayGroups(
  s: PayGroupsState,
  texts: { title: string; desc: string },
  width: number,
  id: string,
): SvgNode {
  const drawn = drawnGroups(s.groups);
  const cut = drawn.length < s.groups.length;
  return hBarChart(
    {
      id,
      title: `${s.label}${texts.title}${cut ? `（预计劳务报酬最多的 ${drawn.length} 个，全部 ${s.groups.length} 个见表格和下载文件）` : ''}`,
      desc: texts.desc,
      series: [
        { name: '预计劳务报酬', className: 'bar-b' },
        { name: '已发放', className: 'bar-a' },
      ],
      rows: drawn.map((g) => ({
        label: `${g.key}（${g.projects} 个项目）`,
        values: [g.plannedPayFen, g.paidFen],
        display: [wanLabel(g.plannedPayFen), wanLabel(g.paidFen)],
      })),
    },
    width,
  );
}
