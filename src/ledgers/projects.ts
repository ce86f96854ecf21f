/** projects.csv 项目清单: one row per 以工代赈 project; public, and the URL of its notice. */
import type { Project } from '../schemas/project.ts';
import { addDays } from '../lib/dates.ts';
import type { Row } from '../lib/ingest/table.ts';
import { code, count, date, list, longText, money, phone, text, year } from './cellTypes.ts';
import { term, terms } from './vocabCells.ts';
import { byKey, col, defineLedger, type ReadContext } from './types.ts';
import { EXAMPLE_PROJECT_ID } from './columns.ts';

const columns = [
  col({
    key: 'id',
    header: '项目编号',
    required: true,
    cell: code('项目编号'),
    public: true,
    example: EXAMPLE_PROJECT_ID,
    description: '项目的唯一编号，不区分大小写不能重复；也是项目公示页的网址',
  }),
  col({
    key: 'name',
    header: '项目名称',
    required: true,
    cell: text,
    public: true,
    example: '于家汤村道路硬化工程',
    description: '项目名称',
  }),
  col({
    key: 'year',
    header: '年度',
    required: true,
    cell: year,
    unit: '年',
    public: true,
    example: '2024',
    description: '项目所属的以工代赈工作年度',
  }),
  col({
    key: 'subdistrict',
    header: '街道',
    required: true,
    cell: text,
    public: true,
    example: '解甲庄街道',
    description: '项目所在街道',
  }),
  col({
    key: 'location',
    header: '建设地点',
    required: true,
    cell: text,
    public: true,
    example: '于家汤村',
    description: '项目建设的村（社区）或具体地点',
  }),
  col({
    key: 'type',
    header: '项目类型',
    required: true,
    cell: term('projectTypes'),
    public: true,
    example: '农业农村基础设施项目',
    description: '项目类型，按实施方案或公示的写法；资金来源留空时，按项目类型中写明的资金认定资金类型',
  }),
  col({
    key: 'sectors',
    header: '行业领域',
    required: true,
    cell: terms('sectors', 2),
    public: true,
    example: '交通基础设施',
    description: '项目所属行业领域，最多两个',
  }),
  col({
    key: 'owner',
    header: '建设单位',
    required: true,
    cell: text,
    public: true,
    example: '烟台市莱山区解甲庄街道办事处',
    description: '项目建设单位（项目法人）',
  }),
  col({
    key: 'contractor',
    header: '施工单位',
    required: false,
    cell: text,
    public: true,
    example: '烟台莱山建工集团有限公司',
    description: '承担施工的单位，尚未确定时留空',
  }),
  col({
    key: 'supervisor',
    header: '监理单位',
    required: false,
    cell: text,
    public: true,
    example: '',
    description: '工程监理单位，没有时留空',
  }),
  col({
    key: 'investmentFen',
    header: '总投资(万元)',
    required: true,
    cell: money('万元'),
    unit: '万元',
    public: true,
    example: '120',
    description: '项目总投资',
  }),
  col({
    key: 'reliefFundFen',
    header: '以工代赈专项资金(万元)',
    required: false,
    cell: money('万元'),
    unit: '万元',
    public: true,
    example: '',
    description: '项目使用的以工代赈专项资金，没有时留空',
  }),
  col({
    key: 'content',
    header: '建设内容',
    required: true,
    cell: longText,
    multiline: true,
    public: true,
    example: '硬化村内道路约 1.2 公里',
    description: '项目的建设规模和内容',
  }),
  col({
    key: 'tasks',
    header: '以工代赈环节',
    required: true,
    cell: list,
    multiline: true,
    public: true,
    example: '路基整平；路肩培土',
    description: '优先吸纳当地群众务工的工作环节',
  }),
  col({
    key: 'plannedWorkers',
    header: '计划用工人数',
    required: true,
    cell: count('人'),
    unit: '人',
    public: true,
    example: '20',
    description: '实施方案中计划吸纳的务工人数',
  }),
  col({
    key: 'plannedPayFen',
    header: '预计劳务报酬(万元)',
    required: true,
    cell: money('万元'),
    unit: '万元',
    public: true,
    example: '30',
    description: '实施方案中预计发放的劳务报酬总额，不能大于总投资',
  }),
  col({
    key: 'plannedStart',
    header: '计划开工日期',
    required: false,
    cell: date,
    public: true,
    example: '2024-04-01',
    description: '计划开工日期',
  }),
  col({
    key: 'plannedEnd',
    header: '计划完工日期',
    required: false,
    cell: date,
    public: true,
    example: '2024-09-30',
    description: '计划完工日期，不能早于计划开工日期',
  }),
  col({
    key: 'status',
    header: '项目状态',
    required: true,
    cell: term('projectStatuses'),
    public: true,
    example: '实施中',
    description: '数据日期时的项目状态',
  }),
  col({
    key: 'noticeStart',
    header: '公示开始日期',
    required: false,
    cell: date,
    public: true,
    example: '2024-03-10',
    description: '项目公示的开始日期',
  }),
  col({
    key: 'noticeEnd',
    header: '公示结束日期',
    required: false,
    cell: date,
    public: true,
    example: '',
    description: '项目公示的结束日期；留空则按 site.json 的公示天数计算',
  }),
  col({
    key: 'supervisionPhone',
    header: '监督电话',
    required: false,
    cell: phone,
    public: true,
    example: '0535-6901234',
    description: '接受群众监督的项目电话',
  }),
  col({
    key: 'mediatorName',
    header: '矛盾协调联系人',
    required: false,
    cell: text,
    public: true,
    example: '刘振华',
    description: '负责协调用工和报酬纠纷的工作人员（公职联系人，会公开）',
  }),
  col({
    key: 'mediatorPhone',
    header: '矛盾协调电话',
    required: false,
    cell: phone,
    public: true,
    example: '0535-6901235',
    description: '矛盾协调联系人的电话（会公开）',
  }),
] as const;

type Col = (typeof columns)[number];

/** A project row as read: the public fields (and its line) before aggregates of the other ledgers are added. */
export type ProjectRecord = Omit<
  Project,
  | 'workersPlaced'
  | 'workersByCategory'
  | 'dueFen'
  | 'paidFen'
  | 'payoutRows'
  | 'unpaidRows'
  | 'overdueRows'
  | 'latePaidRows'
  | 'sourceLine'
> & { line: number };

/** Reads one projects.csv row; reports every problem in it and returns undefined if any. */
function parse(row: Row<Col>, ctx: ReadContext): ProjectRecord | undefined {
  const id = row.req('id');
  const name = row.req('name');
  const year = row.req('year');
  const subdistrict = row.req('subdistrict');
  const location = row.req('location');
  const type = row.req('type');
  const sectors = row.req('sectors');
  const owner = row.req('owner');
  const investmentFen = row.req('investmentFen');
  const reliefFundFen = row.opt('reliefFundFen');
  const content = row.req('content');
  const tasks = row.req('tasks');
  const plannedWorkers = row.req('plannedWorkers');
  const plannedPayFen = row.req('plannedPayFen');
  const plannedStart = row.opt('plannedStart');
  const plannedEnd = row.opt('plannedEnd');
  const status = row.req('status');
  const noticeStart = row.opt('noticeStart');
  let noticeEnd = row.opt('noticeEnd');
  const supervisionPhone = row.opt('supervisionPhone');
  const mediatorName = row.opt('mediatorName');
  const mediatorPhone = row.opt('mediatorPhone');

  for (const [k, v] of [
    ['investmentFen', investmentFen],
    ['plannedPayFen', plannedPayFen],
  ] as const)
    if (v !== undefined && v <= 0) row.error(k, '金额必须大于 0');
  if (reliefFundFen !== undefined && reliefFundFen <= 0)
    row.error('reliefFundFen', '金额必须大于 0；没有以工代赈专项资金时请留空');
  if (plannedStart && plannedEnd && plannedEnd < plannedStart)
    row.error('plannedEnd', `计划完工日期 ${plannedEnd} 早于计划开工日期 ${plannedStart}，请核对`);
  if (noticeEnd && !noticeStart) row.error('noticeStart', '填了公示结束日期，也要填公示开始日期');
  if (noticeStart && noticeEnd && noticeEnd < noticeStart)
    row.error('noticeEnd', `公示结束日期 ${noticeEnd} 早于公示开始日期 ${noticeStart}，请核对`);
  if (noticeStart && !noticeEnd) noticeEnd = addDays(noticeStart, ctx.noticeDays - 1);
  if (investmentFen !== undefined && plannedPayFen !== undefined && plannedPayFen > investmentFen)
    row.error('plannedPayFen', '预计劳务报酬大于总投资，请核对单位（两列都以万元填写）');
  if (investmentFen !== undefined && reliefFundFen !== undefined && reliefFundFen > investmentFen)
    row.error('reliefFundFen', '以工代赈专项资金大于总投资，请核对单位（两列都以万元填写）');
  if (tasks && tasks.length === 0) row.error('tasks', '请至少填写一个以工代赈环节，多个环节用“；”隔开');

  if (row.failed) return undefined;
  return {
    id: id!,
    name: name!,
    year: year!,
    subdistrict: subdistrict!,
    location: location!,
    type: type!,
    sectors: sectors!,
    owner: owner!,
    contractor: row.opt('contractor'),
    supervisor: row.opt('supervisor'),
    investmentFen: investmentFen!,
    reliefFundFen,
    content: content!,
    tasks: tasks!,
    plannedWorkers: plannedWorkers!,
    plannedPayFen: plannedPayFen!,
    plannedStart,
    plannedEnd,
    status: status!,
    noticeStart,
    noticeEnd,
    supervisionPhone,
    mediatorName,
    mediatorPhone,
    line: row.line,
  };
}

export const projects = defineLedger({
  name: 'projects',
  file: 'projects.csv',
  title: '项目清单',
  required: true,
  emptyMessage: '项目清单中没有任何项目',
  columns,
  parse,
  key: {
    column: 'id',
    caseInsensitive: true,
    identicalRows: true,
    duplicate: (id, first) =>
      `项目编号“${id}”与第 ${first.line} 行的“${first.id}”重复（不区分大小写），每个项目的编号必须唯一`,
    missingFix: '请核对编号',
    noun: '项目',
  },
  collect: byKey<ProjectRecord>(),
  feeds: ['projects', 'categoryTotals', 'meta'],
});
