/**
 * The facts of a project as its notice states them, once: the online notice (公示) and the A4 board both
 * render this list through components/ProjectFacts.astro, so the two can never disagree.
 */
import type { Project } from '../../schemas/project.ts';
import { chineseDate } from '../dates.ts';
import { int, wan } from '../format.ts';
import type { FilterParam } from '../projectFilters.ts';

export interface FactPart {
  text: string;
  /** This part is the value of a search facet, shown with the search result too (Pagefind filter and meta). */
  meta?: FilterParam;
  /** This part is one value of a search facet with several (Pagefind filter only). */
  filter?: FilterParam;
}

export interface ProjectFact {
  label: string;
  /** A shorter label where the board puts two facts on one line. */
  shortLabel?: string;
  /** Undefined: there is none (the notice writes "—"; the board leaves the line out to save paper). */
  value: FactPart[] | undefined;
  /** The whole value is a search facet (Pagefind filter only). */
  filter?: FilterParam;
  strong?: boolean;
  /** On the board, a line of its own (long values). */
  wide?: boolean;
  /** Online only: it changes while the paper hangs on the board. */
  onlineOnly?: boolean;
}

const text = (t: string): FactPart[] => [{ text: t }];
const wanText = (fen: number) => `${wan(fen)} 万元`;

/** 计划工期: "2023年7月5日 至 2023年10月31日", either end "未定"; "未定" when neither is set. */
export function plannedPeriod(p: Pick<Project, 'plannedStart' | 'plannedEnd'>): string {
  if (!p.plannedStart && !p.plannedEnd) return '未定';
  const day = (d: string | undefined) => (d ? chineseDate(d) : '未定');
  return `${day(p.plannedStart)} 至 ${day(p.plannedEnd)}`;
}

/** 公示期: "2023年6月15日 至 2023年6月21日", or "未定" without dates. */
export function noticePeriod(p: Pick<Project, 'noticeStart' | 'noticeEnd'>): string {
  return p.noticeStart && p.noticeEnd ? `${chineseDate(p.noticeStart)} 至 ${chineseDate(p.noticeEnd)}` : '未定';
}

export function projectFacts(p: Project): ProjectFact[] {
  return [
    { label: '项目编号', value: text(p.id) },
    { label: '年度', value: [{ text: String(p.year), meta: 'year' }, { text: '年' }] },
    { label: '项目类型', value: text(p.type), filter: 'type' },
    {
      label: '行业领域',
      value: p.sectors.flatMap((s, i): FactPart[] => [...(i ? text('、') : []), { text: s, filter: 'sector' }]),
    },
    {
      label: '建设地点',
      value: [{ text: p.subdistrict, meta: 'subdistrict' }, { text: ` · ${p.location}` }],
      wide: true,
    },
    { label: '建设单位', value: text(p.owner), wide: true },
    { label: '施工单位', value: text(p.contractor ?? '尚未确定'), wide: true },
    { label: '监理单位', value: p.supervisor === undefined ? undefined : text(p.supervisor), wide: true },
    { label: '总投资', value: text(wanText(p.investmentFen)) },
    {
      label: '以工代赈专项资金',
      shortLabel: '专项资金',
      value: text(p.reliefFundFen === undefined ? '无' : wanText(p.reliefFundFen)),
    },
    { label: '计划工期', value: text(plannedPeriod(p)), wide: true },
    { label: '项目状态', value: text(p.status), filter: 'status', onlineOnly: true },
    { label: '计划用工', value: text(`${int(p.plannedWorkers)} 人`) },
    { label: '预计劳务报酬', value: text(wanText(p.plannedPayFen)), strong: true },
  ];
}

/** The facts the board prints, a line each for wide ones, the others two to a line in order. */
export function boardRows(facts: readonly ProjectFact[]): ProjectFact[][] {
  const rows: ProjectFact[][] = [];
  let half: ProjectFact | undefined;
  for (const f of facts) {
    if (f.onlineOnly || f.value === undefined) continue;
    if (f.wide) {
      if (half) rows.push([half]);
      half = undefined;
      rows.push([f]);
    } else if (half) {
      rows.push([half, f]);
      half = undefined;
    } else half = f;
  }
  if (half) rows.push([half]);
  return rows;
}

/** A fact's value as plain text. */
export const factText = (f: ProjectFact): string => (f.value ?? []).map((v) => v.text).join('');
