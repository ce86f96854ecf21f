/** projects.csv 项目清单: one row per 以工代赈 project; public, and the URL of its notice. */
import type { Project, Qualifier } from '../schemas/project.ts';
import { addDays } from '../lib/dates.ts';
import type { Row } from '../lib/ingest/table.ts';
import {
  approxCount,
  approxMoney,
  code,
  count,
  date,
  duration,
  longText,
  money,
  noticePeriod,
  phones,
  planDate,
  taskList,
  text,
  year,
} from './cellTypes.ts';
import { parsePlanDate } from '../lib/ingest/approx.ts';
import { parseShareRequirement, type ShareText } from '../lib/funding/index.ts';
import { resolveFunding } from './projectFunding.ts';
import { PROJECT_YEAR_SEGMENT } from '../lib/routes.ts';
import type { CellType } from './types.ts';
import { term, terms } from './vocabCells.ts';
import { byKey, col, defineLedger, type ReadContext } from './types.ts';
import { EXAMPLE_PROJECT_ID } from './columns.ts';

/** 劳务报酬占比要求 as notices write it: 不低于33.08%, 不得低于国家下达资金计划的42%, 25%. */
const shareRequirement: CellType<ShareText> = {
  describe: '百分比，如 30%、不低于33.08%、不得低于国家下达资金计划的42%',
  parse: (raw) => parseShareRequirement(raw),
};

/** The national investment project code (YYMM-XXXXXX-XX-XX-XXXXXX; older codes start with a 4-digit year). */
const projectCode: CellType<string> = {
  describe: '项目代码，如 2510-500156-04-05-923166',
  parse: (raw) => {
    const v = raw.replace(/[—－–]/g, '-').replace(/\s+/g, '');
    return /^\d{4}-\d{6}-\d{2}-\d{2}-\d{6}$/.test(v)
      ? { ok: true, value: v }
      : { ok: true, value: v, warning: `“${raw}”不像全国投资项目代码（如 2510-500156-04-05-923166），请核对` };
  },
};

/** At most this many characters: the printed notice (one A4 page) gives 日工资标准 half a line. */
const DAILY_WAGE_MAX = 30;
/** At most this many characters: two lines of the printed notice. */
const SIGN_UP_MAX = 100;
const length = (s: string) => [...s].length;

/** 日工资标准 as written (150元/天, 不低于130元/天, 普工150元/天、技工260元/天); a wording without an amount is doubted. */
const dailyWage: CellType<string> = {
  describe: `文本，最多 ${DAILY_WAGE_MAX} 个字，如 150元/天、不低于130元/天`,
  parse: (raw) => {
    if (length(raw) > DAILY_WAGE_MAX)
      return {
        ok: false,
        message: `日工资标准最多 ${DAILY_WAGE_MAX} 个字（现在 ${length(raw)} 个），请只写标准，如“150元/天”“普工150元/天、技工260元/天”`,
      };
    return /\d/.test(raw)
      ? { ok: true, value: raw }
      : { ok: true, value: raw, warning: `日工资标准“${raw}”没有写金额，群众看不出每天多少钱，请核对（如“150元/天”）` };
  },
};

/** 报名方式: where and how to sign up; kept short enough for the printed notice. */
const signUp: CellType<string> = {
  describe: `文本，最多 ${SIGN_UP_MAX} 个字，写明报名地点和电话`,
  parse: (raw) =>
    length(raw) > SIGN_UP_MAX
      ? {
          ok: false,
          message: `报名方式最多 ${SIGN_UP_MAX} 个字（现在 ${length(raw)} 个），打印的公示要放在一页 A4 纸上，请只写报名地点、时间和电话`,
        }
      : { ok: true, value: raw },
};

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
    example: '某某村道路硬化工程',
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
    example: '某某镇',
    description: '项目所在街道',
  }),
  col({
    key: 'location',
    header: '建设地点',
    required: true,
    cell: text,
    public: true,
    example: '某某村',
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
    key: 'fundingSource',
    header: '资金来源',
    required: false,
    cell: longText,
    public: true,
    example: '以工代赈中央预算内投资100万元，县级配套资金20万元',
    description:
      '按公示的写法填资金名称和金额，如“以工代赈中央预算内投资370万元，县级配套资金28万元”；资金类型和劳务报酬占比要求由此认定',
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
    example: '某某镇人民政府',
    description: '项目建设单位（项目法人）',
  }),
  col({
    key: 'contractor',
    header: '施工单位',
    required: false,
    cell: text,
    public: true,
    example: '某某建设工程有限公司',
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
    key: 'investment',
    header: '总投资(万元)',
    required: true,
    cell: approxMoney('万元'),
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
    description:
      '项目使用的以工代赈专项资金（中央预算内投资、衔接资金或省级以工代赈资金），是计算劳务报酬占比的基数；没有时留空',
  }),
  col({
    key: 'centralFundFen',
    header: '中央资金(万元)',
    required: false,
    cell: money('万元'),
    unit: '万元',
    public: true,
    example: '',
    description: '资金构成中的中央资金，没有时留空',
  }),
  col({
    key: 'provincialFundFen',
    header: '省级资金(万元)',
    required: false,
    cell: money('万元'),
    unit: '万元',
    public: true,
    example: '',
    description: '资金构成中的省级资金，没有时留空',
  }),
  col({
    key: 'localFundFen',
    header: '市县资金(万元)',
    aliases: ['地方配套资金(万元)', '市县配套资金(万元)', '县级配套资金(万元)'],
    required: false,
    cell: money('万元'),
    unit: '万元',
    public: true,
    example: '',
    description: '资金构成中的市、县（区）配套资金，没有时留空',
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
    cell: taskList,
    multiline: true,
    public: true,
    example: '路基整平；路肩培土',
    description: '优先吸纳当地群众务工的工作环节',
  }),
  col({
    key: 'plannedWorkers',
    header: '计划用工人数',
    aliases: ['预计吸纳务工人数', '计划吸纳务工人数', '带动务工人数'],
    required: true,
    cell: approxCount('人'),
    unit: '人',
    public: true,
    example: '20',
    description: '实施方案中计划吸纳的务工人数',
  }),
  col({
    key: 'plannedPay',
    header: '预计劳务报酬(万元)',
    aliases: ['劳务报酬(万元)', '预计发放劳务报酬(万元)'],
    required: true,
    cell: approxMoney('万元'),
    unit: '万元',
    public: true,
    example: '30',
    description: '实施方案中预计发放的劳务报酬总额，不能大于总投资；可写“不低于157.50万元”',
  }),
  col({
    key: 'shareRequirement',
    header: '劳务报酬占比要求',
    required: false,
    cell: shareRequirement,
    public: true,
    example: '',
    description:
      '本项目实施方案规定的劳务报酬占比下限，如“不低于33.08%”“不得低于国家下达资金计划的42%”；留空则按资金类型和 site.json 的设置',
  }),
  col({
    key: 'plannedGroups',
    header: '计划吸纳重点群体',
    required: false,
    cell: text,
    public: true,
    example: '',
    description: '实施方案中按人员类别的计划用工，按原文，如“脱贫人口、防止返贫监测对象55人”',
  }),
  col({
    key: 'dailyWageText',
    header: '日工资标准',
    required: false,
    cell: dailyWage,
    public: true,
    example: '150元/天',
    description: '务工人员的日工资标准，按实施方案或公示的写法，如“150元/天”“不低于130元/天”；印在项目公示上',
  }),
  col({
    key: 'signUp',
    header: '报名方式',
    required: false,
    cell: signUp,
    public: true,
    example: '到某某村村委会报名，或拨打 0123-4567892',
    description: '群众报名务工的地点、时间和电话，如“到某某村村委会报名，或拨打 0123-4567892”；印在项目公示上',
  }),
  col({
    key: 'plannedStart',
    header: '计划开工日期',
    aliases: ['计划开工时间'],
    required: false,
    cell: planDate,
    public: true,
    example: '2024-04-01',
    description: '计划开工日期',
  }),
  col({
    key: 'plannedEnd',
    header: '计划完工日期',
    aliases: ['计划完工时间'],
    required: false,
    cell: planDate,
    public: true,
    example: '2024-09-30',
    description: '计划完工日期，不能早于计划开工日期；只知道月份或旬时可写“2025年12月”“2025年9月上旬”“年底”',
  }),
  col({
    key: 'duration',
    header: '建设工期',
    required: false,
    cell: duration,
    public: true,
    example: '',
    description: '建设工期，如“11个月”或“2025年12月-2026年11月”',
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
    key: 'noticePeriod',
    header: '公示期',
    required: false,
    cell: noticePeriod,
    public: true,
    example: '',
    description: '公示起止日期写在一格时填这里，如“2022年9月19日—28日”（这时公示开始、结束日期两栏可以不要）',
  }),
  col({
    key: 'supervisionPhones',
    header: '监督电话',
    aliases: ['监督举报电话'],
    required: false,
    cell: phones,
    public: true,
    example: '0123-4567890',
    description: '接受群众监督的项目电话',
  }),
  col({
    key: 'mediatorName',
    header: '矛盾协调联系人',
    required: false,
    cell: text,
    public: true,
    example: '李四',
    description: '负责协调用工和报酬纠纷的工作人员（公职联系人，会公开）',
  }),
  col({
    key: 'mediatorPhones',
    header: '矛盾协调电话',
    required: false,
    cell: phones,
    public: true,
    example: '0123-4567891',
    description: '矛盾协调联系人的电话（会公开）',
  }),
  col({
    key: 'projectCode',
    header: '项目代码',
    required: false,
    cell: projectCode,
    public: true,
    example: '',
    description: '全国投资项目在线审批监管平台的项目代码，如 2510-500156-04-05-923166',
  }),
  col({
    key: 'approvalNo',
    header: '批复文号',
    required: false,
    cell: text,
    public: true,
    example: '',
    description: '项目批复文件的文号，如“某发改投资〔2025〕12号”',
  }),
  col({
    key: 'constructionKinds',
    header: '建设性质',
    required: false,
    cell: terms('constructionKinds'),
    public: true,
    example: '',
    description: '新建、改建、扩建等',
  }),
  col({
    key: 'implementation',
    header: '实施方式',
    required: false,
    cell: term('implementationMethods'),
    public: true,
    example: '',
    description: '村民自建、项目理事会、招标等',
  }),
  col({
    key: 'plannedTrainees',
    header: '计划培训人数',
    required: false,
    cell: count('人'),
    unit: '人',
    public: true,
    example: '',
    description: '实施方案中计划培训的人数',
  }),
  col({
    key: 'welfarePosts',
    header: '公益性岗位数',
    required: false,
    cell: count('个'),
    unit: '个',
    public: true,
    example: '',
    description: '项目建成后设置的公益性岗位数',
  }),
  col({
    key: 'noticePublisher',
    header: '发布单位',
    required: false,
    cell: text,
    public: true,
    example: '',
    description: '公示落款的发布单位；留空则用 site.json 的主办单位',
  }),
  col({
    key: 'noticeDate',
    header: '发布日期',
    required: false,
    cell: date,
    public: true,
    example: '',
    description: '公示落款的日期',
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

const QUALIFIER = { floor: '下限', approx: '约数' } as const satisfies Record<string, Qualifier>;
/** The qualifier and text as written, kept only for a floor or an approximation. */
const stated = (v: { qualifier: 'floor' | 'approx' | 'exact'; text: string } | undefined) =>
  v && v.qualifier !== 'exact' ? { qualifier: QUALIFIER[v.qualifier], text: v.text } : undefined;

/** An approximate time as written, with the project's year in front when it names none (年底 → 2025年底). */
const withYear = (text: string, year: number) =>
  /\d{4}/.test(text) ? text : text.startsWith('年') ? `${year}${text}` : `${year}年${text}`;

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
  const investment = row.req('investment');
  const reliefFundFen = row.opt('reliefFundFen');
  const content = row.req('content');
  const tasks = row.req('tasks');
  const plannedWorkers = row.req('plannedWorkers');
  const plannedPay = row.req('plannedPay');
  const status = row.req('status');
  const period = row.opt('noticePeriod');
  let noticeStart = row.opt('noticeStart');
  let noticeEnd = row.opt('noticeEnd');

  // Approximate plan dates without a year (3月上旬) take the project's year; compare by their widest reading.
  const planDateOf = (key: 'plannedStart' | 'plannedEnd') => {
    const raw = row.text(key);
    // Without a readable 年度 (already an error), a date without a year is not reported a second time.
    if (!raw || (year === undefined && row.failed)) return undefined;
    const r = parsePlanDate(raw, year);
    if (!r.ok) return void row.error(key, r.message);
    if (r.warning) row.warning(key, r.warning);
    return r.value;
  };
  const start = planDateOf('plannedStart');
  const end = planDateOf('plannedEnd');

  const investmentFen = investment?.fen;
  const plannedPayFen = plannedPay?.fen;
  for (const [k, v] of [
    ['investment', investmentFen],
    ['plannedPay', plannedPayFen],
  ] as const)
    if (v !== undefined && v <= 0) row.error(k, '金额必须大于 0');
  if (reliefFundFen !== undefined && reliefFundFen <= 0)
    row.error('reliefFundFen', '金额必须大于 0；没有以工代赈专项资金时请留空');
  if (start && end && end.latest < start.date)
    row.error('plannedEnd', `计划完工时间“${end.text}”早于计划开工时间“${start.text}”，请核对`);
  if (period) {
    if ((noticeStart && noticeStart !== period.start) || (noticeEnd && noticeEnd !== period.end))
      row.error('noticePeriod', '公示期与公示开始、结束日期不一致，请只填一种，或改成一致');
    noticeStart = period.start;
    noticeEnd = period.end;
  }
  if (noticeEnd && !noticeStart) row.error('noticeStart', '填了公示结束日期，也要填公示开始日期');
  if (noticeStart && noticeEnd && noticeEnd < noticeStart)
    row.error('noticeEnd', `公示结束日期 ${noticeEnd} 早于公示开始日期 ${noticeStart}，请核对`);
  if (noticeStart && !noticeEnd) noticeEnd = addDays(noticeStart, ctx.noticeDays - 1);
  // Against a stated 总投资 this is a unit mix-up; against a floor (4000多万元) or an estimate it may be true.
  if (investmentFen !== undefined && plannedPayFen !== undefined && plannedPayFen > investmentFen) {
    if (investment?.qualifier === 'exact')
      row.error('plannedPay', '预计劳务报酬大于总投资，请核对单位（两列都以万元填写）');
    else row.warning('plannedPay', `预计劳务报酬大于总投资（${investment?.text}），请核对`);
  }
  if (investmentFen !== undefined && reliefFundFen !== undefined && reliefFundFen > investmentFen)
    row.error('reliefFundFen', '以工代赈专项资金大于总投资，请核对单位（两列都以万元填写）');
  const levels = [row.opt('centralFundFen'), row.opt('provincialFundFen'), row.opt('localFundFen')];
  const levelSum = levels.reduce<number>((a, v) => a + (v ?? 0), 0);
  if (investmentFen !== undefined && levelSum > investmentFen)
    row.warning('centralFundFen', '中央、省级、市县资金之和大于总投资，请核对');
  if (tasks && tasks.length === 0) row.error('tasks', '请至少填写一个以工代赈环节，多个环节用“；”或“、”隔开');

  if (id?.toLowerCase() === PROJECT_YEAR_SEGMENT)
    row.error('id', `项目编号不能是“${id}”：网站用 /projects/${PROJECT_YEAR_SEGMENT}/ 按年度列出项目，请换一个编号`);

  if (row.failed) return undefined;
  const funding = resolveFunding(
    {
      year: year!,
      type: type!,
      fundingSource: row.opt('fundingSource'),
      reliefFundFen,
      centralFundFen: levels[0],
      provincialFundFen: levels[1],
      plannedPayFen: plannedPayFen!,
      plannedPayQualifier: stated(plannedPay)?.qualifier,
      requirement: row.opt('shareRequirement'),
    },
    ctx.funding,
  );
  for (const w of funding.warnings) row.warning(w.column, w.message);

  const inv = stated(investment);
  const pay = stated(plannedPay);
  const workers = stated(plannedWorkers);
  const supervisionPhones = row.opt('supervisionPhones') ?? [];
  return {
    id: id!,
    name: name!,
    year: year!,
    subdistrict: subdistrict!,
    location: location!,
    type: type!,
    fundingSource: row.opt('fundingSource'),
    fundType: funding.fundType,
    fundTypeFrom: funding.fundTypeFrom,
    sectors: sectors!,
    owner: owner!,
    contractor: row.opt('contractor'),
    supervisor: row.opt('supervisor'),
    investmentFen: investmentFen!,
    investmentText: inv?.text,
    investmentQualifier: inv?.qualifier,
    reliefFundFen: funding.reliefFundFen ?? reliefFundFen,
    centralFundFen: levels[0],
    provincialFundFen: levels[1],
    localFundFen: levels[2],
    content: content!,
    tasks: tasks!,
    plannedWorkers: plannedWorkers!.value,
    plannedWorkersText: workers?.text,
    plannedWorkersQualifier: workers?.qualifier,
    plannedGroups: row.opt('plannedGroups'),
    plannedPayFen: plannedPayFen!,
    plannedPayText: pay?.text,
    plannedPayQualifier: pay?.qualifier,
    dailyWageText: row.opt('dailyWageText'),
    signUp: row.opt('signUp'),
    payRule: funding.payRule,
    payShare: funding.payShare,
    plannedStart: start?.date,
    plannedStartText: start && start.precision !== 'day' ? withYear(start.text, year!) : undefined,
    plannedEnd: end?.latest,
    plannedEndText: end && end.precision !== 'day' ? withYear(end.text, year!) : undefined,
    duration: row.opt('duration')?.text,
    status: status!,
    noticeStart,
    noticeEnd,
    supervisionPhones,
    mediatorName: row.opt('mediatorName'),
    // A number already listed as the project's 监督电话 is not listed again.
    mediatorPhones: (row.opt('mediatorPhones') ?? []).filter((n) => !supervisionPhones.includes(n)),
    projectCode: row.opt('projectCode'),
    approvalNo: row.opt('approvalNo'),
    constructionKinds: row.opt('constructionKinds'),
    implementation: row.opt('implementation'),
    plannedTrainees: row.opt('plannedTrainees'),
    welfarePosts: row.opt('welfarePosts'),
    noticePublisher: row.opt('noticePublisher'),
    noticeDate: row.opt('noticeDate'),
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
