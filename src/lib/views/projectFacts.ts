/**
 * The facts of a project as its notice states them, once: the online notice (公示) and the A4 board both
 * render this list through components/ProjectFacts.astro, so the two can never disagree.
 */
import type { Project } from '../../schemas/project.ts';
import { fundTypeNamed } from '../funding/index.ts';
import { chineseDate } from '../dates.ts';
import { int, wan } from '../format.ts';
import type { FilterParam } from '../projectFilters.ts';

export interface FactPart {
  text: string;
  /** This part is the value of a search facet, shown with the search result too (Pagefind filter and meta). */
  meta?: FilterParam;
  /** This part is one value of a search facet with several (Pagefind filter only). */
  filter?: FilterParam;
  /** Online, this part links to a page of the site (the village page); paper prints the text. */
  href?: string;
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
/** Project-level money, as everywhere on a notice: "27.88 万元". */
export const wanText = (fen: number): string => `${wan(fen)} 万元`;

/** 计划工期: "2023年7月5日 至 2023年10月31日" (or the wording of an approximate time), either end "未定". */
export function plannedPeriod(
  p: Pick<Project, 'plannedStart' | 'plannedEnd' | 'plannedStartText' | 'plannedEndText'>,
): string {
  if (!p.plannedStart && !p.plannedEnd) return '未定';
  const when = (d: string | undefined, approx: string | undefined) => approx ?? (d ? chineseDate(d) : '未定');
  return `${when(p.plannedStart, p.plannedStartText)} 至 ${when(p.plannedEnd, p.plannedEndText)}`;
}

/** 公示期: "2023年6月15日 至 2023年6月21日", or "未定" without dates. */
export function noticePeriod(p: Pick<Project, 'noticeStart' | 'noticeEnd'>): string {
  return p.noticeStart && p.noticeEnd ? `${chineseDate(p.noticeStart)} 至 ${chineseDate(p.noticeEnd)}` : '未定';
}

/** 计划用工 as the plan states it: "90余人" kept as written, an exact count as "20 人". */
export const plannedWorkersText = (p: Pick<Project, 'plannedWorkers' | 'plannedWorkersText'>): string =>
  p.plannedWorkersText ?? `${int(p.plannedWorkers)} 人`;

/** 预计劳务报酬 as the plan states it: "不低于157.50万元" kept as written, an exact sum in 万元. */
export const plannedPayText = (p: Pick<Project, 'plannedPayFen' | 'plannedPayText'>): string =>
  p.plannedPayText ?? wanText(p.plannedPayFen);

/** The 资金构成 line: "中央 370.00 万元、市县 28.00 万元"; undefined when the ledger gives none. */
function fundLevels(p: Project): string | undefined {
  const parts = [
    ['中央', p.centralFundFen],
    ['省级', p.provincialFundFen],
    ['市县', p.localFundFen],
  ].flatMap(([label, fen]) => (fen === undefined ? [] : [`${label} ${wanText(fen as number)}`]));
  return parts.length ? parts.join('、') : undefined;
}

/** 以工代赈专项资金: the amount; 未填写 where a special fund pays but no amount was given; nothing otherwise. */
function reliefFund(p: Project): string | undefined {
  if (p.reliefFundFen !== undefined) return wanText(p.reliefFundFen);
  return fundTypeNamed(p.fundType)?.special ? '未填写' : undefined;
}

/** Villagers or a project council build it themselves: there is no contractor to name. */
const SELF_BUILT = new Set(['村民自建', '项目理事会']);

const opt = (v: string | undefined): FactPart[] | undefined => (v === undefined ? undefined : text(v));

/** `village`: the page of the project's village (建设地点 links to it online). */
export function projectFacts(p: Project, village?: { href: string }): ProjectFact[] {
  const facts: Array<ProjectFact & { optional?: boolean }> = [
    { label: '项目编号', value: text(p.id) },
    { label: '项目代码', value: opt(p.projectCode), optional: true, wide: true },
    { label: '年度', value: [{ text: String(p.year), meta: 'year' }, { text: '年' }] },
    { label: '项目类型', value: text(p.type), filter: 'type' },
    {
      label: '行业领域',
      value: p.sectors.flatMap((s, i): FactPart[] => [...(i ? text('、') : []), { text: s, filter: 'sector' }]),
    },
    { label: '建设性质', value: opt(p.constructionKinds?.join('、')), optional: true },
    {
      label: '建设地点',
      value: [{ text: p.subdistrict, meta: 'subdistrict' }, { text: ' · ' }, { text: p.location, href: village?.href }],
      wide: true,
    },
    { label: '建设单位', value: text(p.owner), wide: true },
    { label: '实施方式', value: opt(p.implementation), optional: true },
    {
      label: '施工单位',
      value: text(
        p.contractor ??
          (p.implementation && SELF_BUILT.has(p.implementation) ? `${p.implementation}，不设施工单位` : '尚未确定'),
      ),
      wide: true,
    },
    { label: '监理单位', value: opt(p.supervisor), wide: true },
    { label: '批复文号', value: opt(p.approvalNo), optional: true, wide: true },
    { label: '资金来源', value: opt(p.fundingSource), optional: true, wide: true },
    { label: '总投资', value: text(p.investmentText ?? wanText(p.investmentFen)) },
    { label: '资金构成', value: opt(fundLevels(p)), optional: true, wide: true },
    { label: '以工代赈专项资金', shortLabel: '专项资金', value: opt(reliefFund(p)), optional: true },
    { label: '计划工期', value: text(plannedPeriod(p)), wide: true },
    { label: '建设工期', value: opt(p.duration), optional: true },
    { label: '项目状态', value: text(p.status), filter: 'status', onlineOnly: true },
    { label: '计划用工', value: text(plannedWorkersText(p)) },
    { label: '计划吸纳重点群体', shortLabel: '重点群体', value: opt(p.plannedGroups), optional: true, wide: true },
    {
      label: '计划培训',
      value: opt(p.plannedTrainees === undefined ? undefined : `${int(p.plannedTrainees)} 人`),
      optional: true,
    },
    {
      label: '公益性岗位',
      value: opt(p.welfarePosts === undefined ? undefined : `${int(p.welfarePosts)} 个`),
      optional: true,
    },
    { label: '预计劳务报酬', value: text(plannedPayText(p)), strong: true },
  ];
  // A fact the ledger may leave blank and that does not apply is left out, never written as "无".
  return facts.filter((f) => !f.optional || f.value !== undefined).map(({ optional: _o, ...f }) => f);
}

/** The notice's 落款: the office that published it (the project's own, else the site's) and its date. */
/** The notice's date: the 落款 date the ledger gives, else the first day of the 公示. */
export const noticeDay = (p: Pick<Project, 'noticeDate' | 'noticeStart'>): string | undefined =>
  p.noticeDate ?? p.noticeStart;

/** 落款 in parts: the project's own office, else the site's publisher; the notice's date (never the data's). */
export function noticeSignatureParts(
  p: Pick<Project, 'noticePublisher' | 'noticeDate' | 'noticeStart'>,
  sitePublisher: string,
): { by: string; date?: string } {
  const day = noticeDay(p);
  return { by: p.noticePublisher ?? sitePublisher, date: day && chineseDate(day) };
}

/** 落款 on one line, as the online notice ends; the printed notice sets the same parts on two lines. */
export function noticeSignature(
  p: Pick<Project, 'noticePublisher' | 'noticeDate' | 'noticeStart'>,
  sitePublisher: string,
): string {
  const { by, date } = noticeSignatureParts(p, sitePublisher);
  return date ? `${by}　${date}` : by;
}

/** A "wide" fact whose text is at most this long still fits half a line of the A4 board. */
const BOARD_HALF_CHARS = 14;

/**
 * The facts the board prints, a line each for wide ones, the others two to a line. A short fact waiting for its
 * partner lets wide ones pass, so an A4 page is not spent on half-empty lines.
 */
export function boardRows(facts: readonly ProjectFact[]): ProjectFact[][] {
  const rows: ProjectFact[][] = [];
  let half: ProjectFact | undefined;
  for (const f of facts) {
    if (f.onlineOnly || f.value === undefined) continue;
    if (f.wide && factText(f).length > BOARD_HALF_CHARS) rows.push([f]);
    else if (half) {
      rows.push([half, f]);
      half = undefined;
    } else half = f;
  }
  if (half) rows.push([half]);
  return rows;
}

/** A fact's value as plain text. */
export const factText = (f: ProjectFact): string => (f.value ?? []).map((v) => v.text).join('');
