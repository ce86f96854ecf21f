/** The home page: the method's seven links with live figures, and the recent changes. */
import type { Inspection } from '../../schemas/inspection.ts';
import type { Indicators } from '../indicators/indicators.ts';
import { formatRatio } from '../indicators/ratio.ts';
import { quarterLabel, type QuarterSupervision } from '../indicators/supervision.ts';
import { int, wan } from '../format.ts';
import {
  ABOUT_PATH,
  newsPath,
  PAYOUTS_PATH,
  projectPath,
  PROJECTS_PATH,
  STATS_PATH,
  statsPath,
  TRAININGS_PATH,
} from '../routes.ts';

export interface RecentItem {
  date: string;
  text: string;
  href: string;
}

/** How many recent changes the home page lists. */
export const RECENT_ITEMS = 6;

export function recentUpdates(
  inspections: readonly Inspection[],
  news: ReadonlyArray<{ id: string; data: { date: string; title: string } }>,
  projectName: (id: string) => string | undefined,
): RecentItem[] {
  return [
    ...inspections.map((i) => ({
      date: i.date,
      // Named by its 检查类型 where the ledger gives one (其他 says nothing more than 检查).
      text: `${projectName(i.projectId)}：${i.stage}阶段${i.kind && i.kind !== '其他' ? i.kind : '检查'}，${i.rectification}`,
      href: projectPath(i.projectId),
    })),
    ...news.map((n) => ({ date: n.data.date, text: n.data.title, href: newsPath(n.id) })),
  ]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.href < b.href ? -1 : 1))
    .slice(0, RECENT_ITEMS);
}

/**
 * The district's method in its seven links (建机制 → 抓统计), in order, each with its live figure and its page.
 * Figures come from the indicators of the headline year (and the labour survey, the quarterly supervision),
 * so they are the same numbers the linked pages show.
 */
export interface MethodLink {
  /** 建机制, 明项目 … */
  step: string;
  /** The linked page, in words. */
  label: string;
  href: string;
  /** The live figure, in words ("2023年 18 个项目"); undefined where there is nothing to state. */
  figure: string | undefined;
}

/** The labour survey's whole-district row (the labour collection, kind 全区); counts may be "<5" or "—". */
export interface LabourTotal {
  surveyed: number | string;
  willing: number | string;
  placed: number | string;
  placedShare: number | null;
}

export interface MethodInputs {
  /** The headline year, or undefined with no data. */
  year: number | undefined;
  indicators: Indicators | undefined;
  /** The about page's method name (homeText or title), or the default text. */
  method: string;
  labour: LabourTotal | undefined;
  /** The quarter of quarterly supervision to state (src/lib/indicators/supervision.ts): see latestQuarter. */
  supervision: QuarterSupervision | undefined;
  paths: { labour: string };
}

const people = (n: number | string) => (typeof n === 'number' ? `${int(n)} 人` : `${n} 人`);

export function methodLinks({ year, indicators: i, method, labour, supervision, paths }: MethodInputs): MethodLink[] {
  const y = year === undefined ? '' : `${year}年`;
  return [
    { step: '建机制', label: '工作机制', href: ABOUT_PATH, figure: method },
    { step: '明项目', label: '项目公示', href: PROJECTS_PATH, figure: i && `${y}以工代赈项目 ${int(i.projects)} 个` },
    {
      step: '作对接',
      label: '劳动力摸底与对接',
      href: paths.labour,
      figure:
        labour &&
        `摸底 ${people(labour.surveyed)}，有务工意愿 ${people(labour.willing)}，已安排 ${people(labour.placed)}` +
          (labour.placedShare === null ? '' : `（${labour.placedShare}%）`),
    },
    {
      step: '送劳务',
      label: '吸纳务工',
      href: year === undefined ? STATS_PATH : statsPath(year),
      figure: i && `${y}吸纳务工 ${int(i.workersPlaced)} 人`,
    },
    {
      step: '推培训',
      label: '技能培训',
      href: TRAININGS_PATH,
      figure: i && `${y}培训 ${int(i.trainings.classes)} 期、${int(i.trainings.trainees)} 人次`,
    },
    {
      step: '盯报酬',
      label: '劳务报酬发放',
      href: PAYOUTS_PATH,
      figure:
        i &&
        `${y}发放劳务报酬 ${wan(i.paidFen)} 万元` +
          (i.timely === undefined ? '' : `，及时发放率 ${formatRatio(i.timely)}`),
    },
    {
      step: '抓统计',
      label: '统计与监管',
      href: STATS_PATH,
      figure:
        supervision?.share &&
        `${quarterLabel(supervision.quarter)}在监管期的 ${int(supervision.active)} 个项目中` +
          `已检查 ${int(supervision.inspected)} 个（${formatRatio(supervision.share)}）`,
    },
  ];
}

/** The latest complete quarter of supervision (the data date's own quarter has barely begun), else the latest. */
export function latestQuarter(rows: readonly QuarterSupervision[]): QuarterSupervision | undefined {
  return rows.filter((r) => !r.partial).at(-1) ?? rows.at(-1);
}
