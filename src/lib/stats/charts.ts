/**
 * The charts of a /stats/ page: for each, a one-sentence takeaway, its table (the same as the download)
 * and a pure function from width to SVG. Order is the order on the page.
 */
import { WORKER_CATEGORIES } from '../../schemas/options.ts';
import { columnChart } from '../charts/columns.ts';
import { hBarChart } from '../charts/hBars.ts';
import type { SvgNode } from '../charts/svg.ts';
import { int, wan, yuanText } from '../format.ts';
import { inScope, paidByMonth, trainingsByPeriod, type GroupRow, type Indicators, type PublicData } from '../indicators/indicators.ts';
import { DAYS_TO_PAY_BUCKETS } from '../indicators/payTiming.ts';
import { formatRatio } from '../indicators/ratio.ts';
import { showCount, SUPPRESSION_NOTE } from '../privacy/display.ts';
import type { Table } from '../downloads/table.ts';
import { chartTables, projectGroups, scopeLabel, scopeName, type ChartId } from './tables.ts';

export interface StatChart {
  id: ChartId;
  title: string;
  /** The takeaway, stated as a fact. */
  caption: string;
  table: Table;
  render: (width: number) => SvgNode;
}

// Bar labels are figures (万元, like tables); captions are prose (元).
const wanLabel = (fen: number) => `${wan(fen)} 万元`;
/** Most bars a per-project chart draws. */
export const MAX_BARS = 30;

export function statCharts(data: PublicData, i: Indicators): StatChart[] {
  const scope = i.scope;
  const label = scopeLabel(scope);
  const projects = inScope(data.projects, scope);
  const tables = chartTables(data, i);
  const uid = (id: ChartId, width: number) => `c-${scopeName(scope)}-${id}-${width}`;
  const payBars = (id: ChartId, rows: GroupRow[], title: string, desc: string) => (width: number) =>
    hBarChart(
      {
        id: uid(id, width),
        title,
        desc,
        series: [
          { name: '预计劳务报酬', className: 'bar-b' },
          { name: '已发放', className: 'bar-a' },
        ],
        rows: rows.map((g) => ({ label: `${g.key}（${g.projects} 个项目）`, values: [g.plannedPayFen, g.paidFen], display: [wanLabel(g.plannedPayFen), wanLabel(g.paidFen)] })),
      },
      width,
    );

  const months = paidByMonth(projects, data.payoutMonths);
  const { bySubdistrict: bySub, bySector, byType } = projectGroups(projects);
  const top = (rows: typeof bySub) => [...rows].sort((a, b) => b.paidFen - a.paidFen)[0];
  const trainingRows = trainingsByPeriod(scope === null ? data.trainings : data.trainings.filter((t) => t.start.startsWith(String(scope))), scope === null ? 'year' : 'month');
  const cats = i.categories;
  const timelyShare = i.timely === undefined ? '无法计算' : formatRatio(i.timely);
  const moreThanPlanned = projects.filter((p) => p.workersPlaced > p.plannedWorkers).length;
  // A chart of thousands of bars says nothing on a phone: beyond MAX_BARS, show the largest shortfalls.
  const shown = projects.length <= MAX_BARS ? projects : [...projects].sort((a, b) => b.plannedWorkers - b.workersPlaced - (a.plannedWorkers - a.workersPlaced) || (a.id < b.id ? -1 : 1)).slice(0, MAX_BARS);

  const charts: StatChart[] = [
    {
      id: 'monthly-pay',
      title: `${label}劳务报酬按月发放与预计`,
      caption: months.length
        ? `${label}累计发放劳务报酬 ${yuanText(i.paidFen)}，为预计 ${yuanText(i.plannedPayFen)}的 ${i.completion === undefined ? '—' : formatRatio(i.completion)}。`
        : `${label}尚无劳务报酬发放记录。`,
      table: tables['monthly-pay'],
      render: (width) =>
        columnChart(
          {
            id: uid('monthly-pay', width),
            title: `${label}劳务报酬按务工月份发放`,
            desc: `柱为各务工月份发放额，折线为累计发放额，横线为预计劳务报酬 ${yuanText(i.plannedPayFen)}。`,
            bars: months.map((m) => ({ label: m.month.slice(scope === null ? 0 : 5), value: m.paidFen })),
            format: (v) => `${wan(v).replace(/\.00$/, '')}万`,
            barName: '当月发放',
            line: { name: '累计发放', values: months.map((m) => m.cumulativeFen) },
            reference: { name: '预计合计', value: i.plannedPayFen },
          },
          width,
        ),
    },
    {
      id: 'by-subdistrict',
      title: `${label}分街道项目与劳务报酬`,
      caption: bySub.length ? `${top(bySub).key}已发放劳务报酬最多，为 ${yuanText(top(bySub).paidFen)}（${top(bySub).projects} 个项目）。` : '暂无项目。',
      table: tables['by-subdistrict'],
      render: payBars('by-subdistrict', bySub, `${label}分街道预计和已发放劳务报酬`, '每个街道两条横条：预计劳务报酬和已发放劳务报酬，括号内为项目数。'),
    },
    {
      id: 'by-sector',
      title: `${label}分行业领域`,
      caption: bySector.length ? `${top(bySector).key}领域已发放劳务报酬最多，为 ${yuanText(top(bySector).paidFen)}。` : '暂无项目。',
      table: tables['by-sector'],
      render: payBars('by-sector', bySector, `${label}分行业领域预计和已发放劳务报酬`, '每个行业领域两条横条：预计和已发放劳务报酬。'),
    },
    {
      id: 'by-type',
      title: `${label}分项目类型`,
      caption: byType.length ? `${byType.map((g) => `${g.key} ${g.projects} 个`).join('，')}。` : '暂无项目。',
      table: tables['by-type'],
      render: payBars('by-type', byType, `${label}分项目类型预计和已发放劳务报酬`, '每种项目类型两条横条：预计和已发放劳务报酬。'),
    },
    {
      id: 'by-category',
      title: `${label}务工人员类别`,
      caption:
        cats && i.povertyShare !== undefined
          ? `吸纳务工 ${int(cats.workers)} 人中，脱贫人口占 ${formatRatio(i.povertyShare)}。`
          : `吸纳务工 ${int(i.workersPlaced)} 人；人数较少的类别不公布具体数字。`,
      table: tables['by-category'],
      render: (width) =>
        hBarChart(
          {
            id: uid('by-category', width),
            title: `${label}务工人员按人员类别`,
            desc: `每个人员类别一条横条；不公布的人数只标记号，不画横条。${SUPPRESSION_NOTE}`,
            series: [{ name: '务工人数', className: 'bar-a' }],
            rows: WORKER_CATEGORIES.map((c) => {
              const v = cats?.byCategory[c];
              return { label: c, values: [v && v.suppressed === false ? v.value : null], display: [v ? `${showCount(v)} 人` : '—'] };
            }),
          },
          width,
        ),
    },
    {
      id: 'trainings',
      title: scope === null ? '各年度技能培训' : `${label}各月技能培训`,
      caption: `${label}开展技能培训 ${int(i.trainings.classes)} 期、${int(i.trainings.hours)} 学时，培训 ${int(i.trainings.trainees)} 人次。`,
      table: tables.trainings,
      render: (width) =>
        columnChart(
          {
            id: uid('trainings', width),
            title: `${label}技能培训人次`,
            desc: '柱为按开始时间汇总的培训人次；期数和学时见下表。',
            bars: trainingRows.map((r) => ({ label: scope === null ? r.period : `${Number(r.period.slice(5))}月`, value: r.trainees })),
            format: (v) => int(v),
            barName: '培训人次',
          },
          width,
          200,
        ),
    },
    {
      id: 'workers-per-project',
      title: `${label}各项目计划与实际用工`,
      caption: `${projects.length} 个项目计划用工 ${int(i.plannedWorkers)} 人，实际吸纳 ${int(i.workersPlaced)} 人${moreThanPlanned ? `，其中 ${moreThanPlanned} 个项目超过计划` : ''}。${shown.length < projects.length ? `图中只画出实际用工比计划少得最多的 ${shown.length} 个项目，全部项目见数据表。` : ''}`,
      table: tables['workers-per-project'],
      render: (width) =>
        hBarChart(
          {
            id: uid('workers-per-project', width),
            title: `${label}各项目计划用工与吸纳务工人数`,
            desc: '每个项目两条横条：计划用工人数和实际吸纳务工人数。',
            series: [
              { name: '计划用工', className: 'bar-b' },
              { name: '实际吸纳', className: 'bar-a' },
            ],
            rows: shown.map((p) => ({ label: p.name, values: [p.plannedWorkers, p.workersPlaced], display: [`${p.plannedWorkers} 人`, `${p.workersPlaced} 人`] })),
          },
          width,
        ),
    },
    {
      id: 'days-to-pay',
      title: `${label}劳务报酬发放用时`,
      caption: `按笔计，及时发放率为 ${timelyShare}（务工月份结束后 30 天内发放到本人）。`,
      table: tables['days-to-pay'],
      render: (width) =>
        columnChart(
          {
            id: uid('days-to-pay', width),
            title: `${label}从务工月份结束到发放的天数`,
            desc: '每根柱为一个天数区间内发放的笔数；30 天以内为及时发放。',
            bars: DAYS_TO_PAY_BUCKETS.map((b, k) => ({ label: b.label.replace(' 天', '').replace('天以上', '+'), value: i.daysToPay[k] })),
            format: (v) => int(v),
            barName: '笔数',
          },
          width,
          200,
        ),
    },
  ];
  return charts;
}
