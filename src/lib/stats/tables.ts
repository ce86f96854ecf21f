/**
 * The table behind every chart on /stats/: the page shows it under the chart and /data/ publishes it,
 * from this one function, so the picture, the table and the download cannot disagree.
 */
import { WORKER_CATEGORIES, PROJECT_TYPES, SECTORS } from '../../schemas/options.ts';
import { byChinese } from '../collate.ts';
import { groupProjects, inScope, paidByMonth, trainingsByPeriod, type GroupRow, type Indicators, type PublicData, type Scope } from '../indicators/indicators.ts';
import type { Project } from '../../schemas/project.ts';
import { DAYS_TO_PAY_BUCKETS } from '../indicators/payTiming.ts';
import { showCount, SUPPRESSION_NOTE } from '../privacy/display.ts';
import type { Table } from '../downloads/table.ts';
import { yuanPlain } from '../format.ts';

export type ChartId = 'monthly-pay' | 'by-subdistrict' | 'by-sector' | 'by-type' | 'by-category' | 'trainings' | 'workers-per-project' | 'days-to-pay';

export const scopeName = (scope: Scope) => (scope === null ? 'all' : String(scope));

/** The three breakdowns of projects, in the order pages and downloads list them. */
export function projectGroups(projects: readonly Project[]) {
  return {
    bySubdistrict: groupProjects(projects, (p) => p.subdistrict, (k) => [...k].sort(byChinese)),
    bySector: groupProjects(projects, (p) => p.sector, inList(SECTORS)),
    byType: groupProjects(projects, (p) => p.type, inList(PROJECT_TYPES)),
  };
}
export const scopeLabel = (scope: Scope) => (scope === null ? '全部年度' : `${scope}年`);

const note = (column: string, description: string) => ({ column, description });
const inList = (list: readonly string[]) => (keys: string[]) => list.filter((k) => keys.includes(k));

export function chartTables(data: PublicData, i: Indicators): Record<ChartId, Table> {
  const scope = i.scope;
  const projects = inScope(data.projects, scope);
  const label = scopeLabel(scope);
  const t = (id: ChartId, title: string, description: string, header: string[], rows: Table['rows'], notes: Table['notes'] = []): Table => ({
    name: `charts/${scopeName(scope)}/${id}`,
    title: `${label}${title}`,
    description,
    header,
    rows,
    notes,
  });
  const groups = projectGroups(projects);
  const group = (rows: GroupRow[]) => rows.map((g) => [g.key, g.projects, g.workersPlaced, yuanPlain(g.plannedPayFen), yuanPlain(g.paidFen)]);
  const groupHeader = (key: string) => [key, '项目数(个)', '吸纳务工人数(人)', '预计劳务报酬(元)', '已发放劳务报酬(元)'];
  const cats = i.categories;

  return {
    'monthly-pay': t(
      'monthly-pay',
      '劳务报酬按务工月份发放情况',
      '各务工月份已发放的劳务报酬、累计发放额和这些项目的预计劳务报酬合计。',
      ['务工月份', '当月发放劳务报酬(元)', '累计发放(元)', '预计劳务报酬合计(元)'],
      paidByMonth(projects, data.payoutMonths).map((m) => [m.month, yuanPlain(m.paidFen), yuanPlain(m.cumulativeFen), yuanPlain(i.plannedPayFen)]),
      [note('务工月份', '劳务发生的月份（不是发放日期所在月份）')],
    ),
    'by-subdistrict': t('by-subdistrict', '分街道项目与劳务报酬', '按街道汇总的项目数、吸纳务工人数、预计和已发放劳务报酬。', groupHeader('街道'), group(groups.bySubdistrict)),
    'by-sector': t('by-sector', '分行业领域项目与劳务报酬', '按行业领域汇总。', groupHeader('行业领域'), group(groups.bySector)),
    'by-type': t('by-type', '分项目类型项目与劳务报酬', '按项目类型汇总。', groupHeader('项目类型'), group(groups.byType)),
    'by-category': t(
      'by-category',
      '务工人员类别',
      `吸纳务工人员按人员类别的人数。${SUPPRESSION_NOTE}`,
      ['人员类别', '务工人数(人)'],
      cats ? [...WORKER_CATEGORIES.map((c) => [c, cats.byCategory[c].suppressed === false ? cats.byCategory[c].value : showCount(cats.byCategory[c])]), ['合计', cats.workers]] : [],
    ),
    trainings: t(
      'trainings',
      scope === null ? '各年度技能培训' : '各月技能培训',
      '按培训开始日期所在月份（全部年度页按年度）汇总的期数、学时和人次。',
      [scope === null ? '年度' : '月份', '培训期数(期)', '培训学时(学时)', '培训人次(人)'],
      trainingsByPeriod(scope === null ? data.trainings : data.trainings.filter((x) => x.start.startsWith(String(scope))), scope === null ? 'year' : 'month').map((r) => [
        r.period,
        r.classes,
        r.hours,
        r.trainees,
      ]),
    ),
    'workers-per-project': t(
      'workers-per-project',
      '各项目计划与实际用工',
      '各项目实施方案的计划用工人数和务工花名册中的吸纳务工人数。',
      ['项目编号', '项目名称', '计划用工人数(人)', '吸纳务工人数(人)'],
      projects.map((p) => [p.id, p.name, p.plannedWorkers, p.workersPlaced]),
    ),
    'days-to-pay': t(
      'days-to-pay',
      '劳务报酬发放用时',
      '已发放各笔从务工月份结束到发放日期的天数分布。',
      ['发放用时', '笔数(笔)'],
      DAYS_TO_PAY_BUCKETS.map((b, k) => [b.label, i.daysToPay[k]]),
    ),
  };
}
