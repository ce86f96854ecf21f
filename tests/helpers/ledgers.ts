/**
 * A small, valid data folder written out by hand, so each test can break one thing and check
 * the exact line the problem is reported on. The header is line 1.
 */
import { csv } from './memory.ts';

export const PROJECTS_HEADER =
  '项目编号,项目名称,年度,街道,建设地点,项目类型,行业领域,建设单位,施工单位,监理单位,总投资(万元),以工代赈专项资金(万元),建设内容,以工代赈环节,计划用工人数,预计劳务报酬(万元),计划开工日期,计划完工日期,项目状态,公示开始日期,公示结束日期,监督电话,矛盾协调联系人,矛盾协调电话';
export const project = (id: string, over: Partial<Record<string, string>> = {}) => {
  const v = {
    name: '于家汤河河道修复工程', year: '2023', sub: '解甲庄街道', loc: '于家汤村', type: '农业农村基础设施项目', sector: '水利',
    owner: '莱山区水务局', contractor: '烟台海岳水利工程有限公司', supervisor: '', invest: '100', fund: '20', content: '"河道清淤\n护岸砌筑"',
    tasks: '清淤；砌石', planned: '10', pay: '8', start: '2023-05-01', end: '2023-08-31', status: '实施中', ns: '2023-04-01', ne: '2023-04-07',
    phone: '0535-6901234', mediator: '刘振华', mphone: '0535-6901235', ...over,
  };
  return [id, v.name, v.year, v.sub, v.loc, v.type, v.sector, v.owner, v.contractor, v.supervisor, v.invest, v.fund, v.content, v.tasks, v.planned, v.pay, v.start, v.end, v.status, v.ns, v.ne, v.phone, v.mediator, v.mphone].join(',');
};

export const WORKERS_HEADER = '人员编号,姓名,身份证号,性别,街道,村(社区),人员类别,务工意愿,项目编号,岗位,进场日期,联系电话';
/**
 * Valid GB 11643 numbers. The first is the standard's own example; the check digits of the others were
 * worked by hand (Σ digit × weight 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, mod 11 → "10X98765432"):
 * 110105194912310038: Σ = 169, 169 mod 11 = 4 → 8. 370613198001010011: Σ = 209 → 0 → 1. 370613199002020021: Σ = 231 → 0 → 1.
 */
export const IDS = ['11010519491231002X', '110105194912310038', '370613198001010011', '370613199002020021'];
export const worker = (id: string, card: string, over: Partial<Record<string, string>> = {}) => {
  const v = { name: '张三明', gender: '', sub: '解甲庄街道', village: '于家汤村', cat: '脱贫人口', willing: '是', project: 'P-1', post: '普工', entry: '2023-05-02', phone: '13805351234', ...over };
  return [id, v.name, card, v.gender, v.sub, v.village, v.cat, v.willing, v.project, v.post, v.entry, v.phone].join(',');
};

export const PAYOUTS_HEADER = '项目编号,人员编号,务工月份,务工天数,日工资(元),应发金额(元),实发金额(元),发放日期,发放方式';
export const payout = (over: Partial<Record<string, string>> = {}) => {
  const v = { project: 'P-1', worker: 'W1', month: '2023-05', days: '10', wage: '150', due: '1500', paid: '1500', on: '2023-06-10', method: '银行代发', ...over };
  return [v.project, v.worker, v.month, v.days, v.wage, v.due, v.paid, v.on, v.method].join(',');
};

export const TRAININGS_HEADER = '班期编号,培训名称,培训工种,开始日期,结束日期,培训学时,培训人数,承办单位,培训地点,关联项目编号';
export const training = (id: string, over: Partial<Record<string, string>> = {}) => {
  const v = { name: '砌筑工培训班', trade: '砌筑工', start: '2023-03-01', end: '2023-03-05', hours: '40', n: '30', org: '区人社局', place: '解甲庄街道', project: 'P-1', ...over };
  return [id, v.name, v.trade, v.start, v.end, v.hours, v.n, v.org, v.place, v.project].join(',');
};

export const INSPECTIONS_HEADER = '项目编号,检查日期,检查阶段,检查单位,检查情况,整改状态,整改完成日期';
export const inspection = (over: Partial<Record<string, string>> = {}) => {
  const v = { project: 'P-1', date: '2023-06-01', stage: '实施', who: '区发改局', finding: '台账齐全', state: '无需整改', done: '', ...over };
  return [v.project, v.date, v.stage, v.who, v.finding, v.state, v.done].join(',');
};

export const SITE = JSON.stringify({ dataUpdated: '2023-12-31' });

/** The valid folder: one project (lines 2–3, its 建设内容 spans two lines), two workers, two payouts, a class, a visit. */
export function validFolder(): Record<string, string> {
  return {
    'site.json': SITE,
    'projects.csv': csv(PROJECTS_HEADER, project('P-1')),
    'workers.csv': csv(WORKERS_HEADER, worker('W1', IDS[0]), worker('W2', IDS[1], { name: '欧阳明华', cat: '一般农户' })),
    'payouts.csv': csv(PAYOUTS_HEADER, payout(), payout({ worker: 'W2', days: '20.5', wage: '200', due: '4100', paid: '4100' })),
    'trainings.csv': csv(TRAININGS_HEADER, training('T-1')),
    'inspections.csv': csv(INSPECTIONS_HEADER, inspection()),
  };
}
