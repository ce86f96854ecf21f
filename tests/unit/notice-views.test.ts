/**
 * What a project's notice says, from hand-made Project objects: the list of facts (online notice and A4 board),
 * the plan period, the 落款, the labour-pay rule sentence and the complaint lines. Expected strings are typed by
 * hand.
 */
import { describe, expect, it } from 'vitest';
import { monthStatus, monthStatusText } from '../../src/lib/indicators/payoutStatus.ts';
import { complaintLines, NATIONAL_HOTLINE } from '../../src/lib/links.ts';
import { LEAD_CONTENT_CHARS, noticeGlance, noticeLead, payoutMonthsView } from '../../src/lib/views/notice.ts';
import { payRuleView } from '../../src/lib/views/payRule.ts';
import {
  factText,
  noticeSignature,
  plannedPayText,
  plannedPeriod,
  plannedWorkersText,
  projectFacts,
} from '../../src/lib/views/projectFacts.ts';
import type { PayoutMonth } from '../../src/schemas/payoutMonth.ts';
import type { Project } from '../../src/schemas/project.ts';

/** A local-money project with only the required facts. */
function project(over: Partial<Project> = {}): Project {
  return {
    id: 'P-7',
    name: '石板村产业路',
    year: 2025,
    subdistrict: '石板镇',
    location: '石板村',
    type: '农业农村基础设施项目',
    sectors: ['交通基础设施'],
    owner: '石板镇人民政府',
    investmentFen: 120_000_000,
    content: '硬化产业路 1.2 公里',
    tasks: ['路基整平'],
    plannedWorkers: 20,
    plannedPayFen: 30_000_000,
    status: '实施中',
    supervisionPhones: [],
    mediatorPhones: [],
    workersPlaced: 0,
    workersByCategory: {},
    dueFen: 0,
    paidFen: 0,
    payoutRows: 0,
    unpaidRows: 0,
    overdueRows: 0,
    latePaidRows: 0,
    sourceLine: 2,
    ...over,
  };
}

const shown = (p: Project) =>
  Object.fromEntries(projectFacts(p).map((f) => [f.label, f.value === undefined ? undefined : factText(f)]));

const CENTRAL = '以工代赈中央预算内投资';
const LINKAGE = '中央财政衔接推进乡村振兴补助资金（以工代赈任务）';
const rule30 = { required: { num: 30, den: 100 }, text: '30%', source: '国家规定', fund: CENTRAL };
/** A central-budget project with a 100 万元 fund (100,000,000 分). */
const central = (over: Partial<Project>) =>
  project({ fundType: CENTRAL, reliefFundFen: 100_000_000, payRule: rule30, ...over });

describe('projectFacts: optional facts', () => {
  it('are left out when blank, and nothing is written as “无”', () => {
    const facts = shown(project());
    expect(Object.keys(facts)).toEqual([
      '项目编号',
      '年度',
      '项目类型',
      '行业领域',
      '建设地点',
      '建设单位',
      '施工单位',
      '监理单位',
      '总投资',
      '计划工期',
      '项目状态',
      '计划用工',
      '预计劳务报酬',
    ]);
    expect(Object.values(facts)).not.toContain('无');
    expect(facts.监理单位).toBeUndefined();
  });

  it('are shown as written when filled, in the notice’s order', () => {
    const facts = shown(
      project({
        projectCode: '2510-500156-04-05-923166',
        constructionKinds: ['新建', '改建'],
        implementation: '招标',
        contractor: '某某建设有限公司',
        approvalNo: '某发改投资〔2025〕12号',
        fundingSource: '县级财政资金120万元',
        centralFundFen: 3_700_000_000,
        localFundFen: 280_000_000,
        duration: '11个月',
        plannedGroups: '脱贫人口、防止返贫监测对象55人',
        plannedTrainees: 1200,
        welfarePosts: 2,
      }),
    );
    expect(facts).toMatchObject({
      项目代码: '2510-500156-04-05-923166',
      建设性质: '新建、改建',
      实施方式: '招标',
      施工单位: '某某建设有限公司',
      批复文号: '某发改投资〔2025〕12号',
      资金来源: '县级财政资金120万元',
      // 3,700,000,000 分 = 3,700 万元; 280,000,000 分 = 280 万元
      资金构成: '中央 3,700.00 万元、市县 280.00 万元',
      建设工期: '11个月',
      计划吸纳重点群体: '脱贫人口、防止返贫监测对象55人',
      计划培训: '1,200 人',
      公益性岗位: '2 个',
    });
    expect(Object.keys(facts)).toEqual([
      '项目编号',
      '项目代码',
      '年度',
      '项目类型',
      '行业领域',
      '建设性质',
      '建设地点',
      '建设单位',
      '实施方式',
      '施工单位',
      '监理单位',
      '批复文号',
      '资金来源',
      '总投资',
      '资金构成',
      '计划工期',
      '建设工期',
      '项目状态',
      '计划用工',
      '计划吸纳重点群体',
      '计划培训',
      '公益性岗位',
      '预计劳务报酬',
    ]);
  });

  it('a count of 0 trainees or posts is a fact, not a blank', () => {
    const facts = shown(project({ plannedTrainees: 0, welfarePosts: 0 }));
    expect(facts.计划培训).toBe('0 人');
    expect(facts.公益性岗位).toBe('0 个');
  });
});

describe('projectFacts: 以工代赈专项资金', () => {
  it('shows the amount where it is given', () => {
    expect(shown(central({ reliefFundFen: 3_700_000_000 })).以工代赈专项资金).toBe('3,700.00 万元');
  });

  it('is “未填写” where a special fund pays but no amount was given', () => {
    expect(shown(central({ reliefFundFen: undefined })).以工代赈专项资金).toBe('未填写');
    expect(shown(project({ fundType: LINKAGE })).以工代赈专项资金).toBe('未填写');
  });

  it('is absent for local money', () => {
    const facts = shown(project({ fundType: '地方政府投资', fundingSource: '县级财政资金' }));
    expect('以工代赈专项资金' in facts).toBe(false);
  });
});

describe('projectFacts: 施工单位', () => {
  it('blank with 实施方式 村民自建: “村民自建，不设施工单位”', () => {
    expect(shown(project({ implementation: '村民自建' })).施工单位).toBe('村民自建，不设施工单位');
  });

  it('blank with 项目理事会: “项目理事会，不设施工单位”', () => {
    expect(shown(project({ implementation: '项目理事会' })).施工单位).toBe('项目理事会，不设施工单位');
  });

  it('blank with 招标 or without 实施方式: “尚未确定”', () => {
    expect(shown(project({ implementation: '招标' })).施工单位).toBe('尚未确定');
    expect(shown(project()).施工单位).toBe('尚未确定');
  });

  it('a named contractor is shown even for 村民自建', () => {
    expect(shown(project({ implementation: '村民自建', contractor: '石板村股份经济合作社' })).施工单位).toBe(
      '石板村股份经济合作社',
    );
  });
});

describe('projectFacts: amounts and counts as written', () => {
  it('floors and approximations keep the notice’s words', () => {
    const p = project({
      investmentFen: 4_000_000_000,
      investmentText: '4000多万元',
      investmentQualifier: '下限',
      plannedWorkers: 90,
      plannedWorkersText: '90余人',
      plannedWorkersQualifier: '下限',
      plannedPayFen: 157_500_000,
      plannedPayText: '不低于157.50万元',
      plannedPayQualifier: '下限',
    });
    expect(shown(p)).toMatchObject({ 总投资: '4000多万元', 计划用工: '90余人', 预计劳务报酬: '不低于157.50万元' });
    expect(plannedWorkersText(p)).toBe('90余人');
    expect(plannedPayText(p)).toBe('不低于157.50万元');
  });

  it('exact figures are written by the site', () => {
    const p = project({ investmentFen: 123_456_789, plannedWorkers: 1234, plannedPayFen: 30_000_000 });
    // 123,456,789 分 = 123.45679 万元 → 123.46
    expect(shown(p)).toMatchObject({ 总投资: '123.46 万元', 计划用工: '1,234 人', 预计劳务报酬: '30.00 万元' });
  });
});

describe('plannedPeriod', () => {
  it('writes approximate ends as the notice did', () => {
    expect(
      plannedPeriod({
        plannedStart: '2025-09-01',
        plannedStartText: '2025年9月上旬',
        plannedEnd: '2025-12-31',
        plannedEndText: '2025年底',
      }),
    ).toBe('2025年9月上旬 至 2025年底');
  });

  it('mixes an exact start with an approximate end', () => {
    expect(plannedPeriod({ plannedStart: '2025-09-05', plannedEnd: '2026-11-30', plannedEndText: '2026年11月' })).toBe(
      '2025年9月5日 至 2026年11月',
    );
  });

  it('an unknown start is 未定', () => {
    expect(plannedPeriod({ plannedEnd: '2025-12-31', plannedEndText: '年底' })).toBe('未定 至 年底');
  });
});

describe('noticeSignature', () => {
  it('the project’s publisher and the date, separated by a full-width space', () => {
    expect(noticeSignature({ noticePublisher: '石板镇人民政府', noticeDate: '2025-10-08' }, '某县发展改革局')).toBe(
      '石板镇人民政府　2025年10月8日',
    );
  });

  it('without a date, the publisher alone', () => {
    expect(noticeSignature({ noticePublisher: '石板镇人民政府' }, '某县发展改革局')).toBe('石板镇人民政府');
  });

  it('without a publisher, the site’s', () => {
    expect(noticeSignature({ noticeDate: '2025-01-02' }, '某县发展改革局')).toBe('某县发展改革局　2025年1月2日');
    expect(noticeSignature({}, '某县发展改革局')).toBe('某县发展改革局');
  });
});

describe('payRuleView', () => {
  it('met: pay, fund, share, rule with its source, verdict', () => {
    const v = payRuleView(
      central({
        plannedPayFen: 31_000_000,
        payShare: { num: 31_000_000, den: 100_000_000, text: '31.00%', met: true },
      }),
    );
    expect(v).toEqual({
      text: '预计劳务报酬 31.00 万元，占以工代赈中央预算内投资 100.00 万元的 31.00%。要求：不低于 30%（依据：国家规定）。达到要求。',
      verdict: 'met',
    });
  });

  it('not met', () => {
    const v = payRuleView(
      central({
        plannedPayFen: 29_960_000,
        payShare: { num: 29_960_000, den: 100_000_000, text: '29.96%', met: false },
      }),
    );
    expect(v).toEqual({
      text: '预计劳务报酬 29.96 万元，占以工代赈中央预算内投资 100.00 万元的 29.96%。要求：不低于 30%（依据：国家规定）。未达到要求。',
      verdict: 'not-met',
    });
  });

  it('no rule but a 衔接 share: the province sets the minimum, no verdict', () => {
    const v = payRuleView(
      project({
        fundType: LINKAGE,
        reliefFundFen: 100_000_000,
        plannedPayFen: 25_000_000,
        payShare: { num: 25_000_000, den: 100_000_000, text: '25.00%' },
      }),
    );
    expect(v).toEqual({
      text: `预计劳务报酬 25.00 万元，占${LINKAGE} 100.00 万元的 25.00%。${LINKAGE}的劳务报酬占比要求由省级部门确定，本站点尚未设置，不作判断。`,
      verdict: undefined,
    });
    expect(v!.text).not.toContain('达到要求');
  });

  it('a rule without the fund’s amount: says the share cannot be worked out', () => {
    const v = payRuleView(central({ reliefFundFen: undefined, payShare: undefined }));
    expect(v).toEqual({
      text: '要求：不低于 30%（依据：国家规定）。台账未填写以工代赈中央预算内投资的金额，无法计算占比。',
      verdict: undefined,
    });
  });

  it('a floor of pay that meets the rule: the share is a floor, met', () => {
    const v = payRuleView(
      central({
        plannedPayFen: 31_000_000,
        plannedPayText: '不低于31万元',
        plannedPayQualifier: '下限',
        payShare: { num: 31_000_000, den: 100_000_000, text: '31.00%', met: true },
      }),
    );
    expect(v).toEqual({
      text: '预计劳务报酬 不低于31万元，占以工代赈中央预算内投资 100.00 万元的 不低于 31.00%（按预计劳务报酬下限计算）。要求：不低于 30%（依据：国家规定）。达到要求。',
      verdict: 'met',
    });
  });

  // Product bug: a floor below the rule is called "约数" (an approximation); 不低于25万元 is a lower bound.
  it('a floor of pay below the rule: no verdict, and the floor is not called an approximation', () => {
    const v = payRuleView(
      central({
        plannedPayFen: 25_000_000,
        plannedPayText: '不低于25万元',
        plannedPayQualifier: '下限',
        payShare: { num: 25_000_000, den: 100_000_000, text: '25.00%' },
      }),
    );
    expect(v!.verdict).toBeUndefined();
    expect(v!.text).toContain('不低于 25.00%（按预计劳务报酬下限计算）');
    expect(v!.text).toContain('无法判断');
    expect(v!.text).not.toContain('约数');
  });

  it('an approximate pay: “约” share and no verdict', () => {
    const v = payRuleView(
      central({
        plannedPayFen: 30_000_000,
        plannedPayText: '约30万元',
        plannedPayQualifier: '约数',
        payShare: { num: 30_000_000, den: 100_000_000, text: '30.00%' },
      }),
    );
    expect(v).toEqual({
      text: '预计劳务报酬 约30万元，占以工代赈中央预算内投资 100.00 万元的 约 30.00%。要求：不低于 30%（依据：国家规定）。预计劳务报酬是约数，无法判断是否达到要求。',
      verdict: undefined,
    });
  });

  it('a 25% rule never mentions 30%', () => {
    const v = payRuleView(
      project({
        fundType: LINKAGE,
        reliefFundFen: 100_000_000,
        plannedPayFen: 25_500_000,
        payRule: { required: { num: 25, den: 100 }, text: '25%', source: '某省文件', fund: LINKAGE },
        payShare: { num: 25_500_000, den: 100_000_000, text: '25.50%', met: true },
      }),
    );
    expect(v!.text).toBe(
      `预计劳务报酬 25.50 万元，占${LINKAGE} 100.00 万元的 25.50%。要求：不低于 25%（依据：某省文件）。达到要求。`,
    );
    expect(v!.text).not.toContain('30');
    expect(v!.verdict).toBe('met');
  });

  it('nothing for a fund without a rule or a share (local money)', () => {
    expect(payRuleView(project({ fundType: '地方政府投资' }))).toBeUndefined();
  });
});

describe('complaintLines', () => {
  it('lists each number once, digits compared: a district or national line keeps its own label', () => {
    const lines = complaintLines(
      {
        supervisionPhones: ['0838-5512345', '13800001111'],
        mediatorName: '刘振华',
        mediatorPhones: ['08385512345', '0838-5512346'],
      },
      [
        { label: '县发展改革局监督电话', number: '0838-5512346' },
        { label: '县纪委监委举报电话', number: '(0838) 5512345' },
        { label: '县乡村振兴局', number: '0838-5512399' },
      ],
    );
    expect(lines).toEqual([
      { label: '项目监督电话', numbers: ['13800001111'] },
      { label: '矛盾协调联系人：刘振华', numbers: [], person: true },
      { label: '县发展改革局监督电话', numbers: ['0838-5512346'] },
      { label: '县纪委监委举报电话', numbers: ['(0838) 5512345'] },
      { label: '县乡村振兴局', numbers: ['0838-5512399'] },
      { label: '全国乡村振兴监督举报电话', numbers: ['12317'] },
    ]);
  });

  it('a site hotline that is 12317 takes the number; the national line is not repeated', () => {
    const lines = complaintLines({ supervisionPhones: [], mediatorPhones: [] }, [
      { label: '县纪委监委举报电话', number: '12317' },
    ]);
    expect(lines).toEqual([{ label: '县纪委监委举报电话', numbers: ['12317'] }]);
  });

  it('a project phone that is 12317 is listed once, under the national line', () => {
    const lines = complaintLines({ supervisionPhones: ['12317'], mediatorPhones: [] }, []);
    expect(lines).toEqual([{ label: '全国乡村振兴监督举报电话', numbers: ['12317'] }]);
  });

  it('mediator phones without a name are 矛盾协调电话; nothing else gives the national line alone', () => {
    expect(complaintLines({ supervisionPhones: [], mediatorPhones: ['13900002222'] }, [])).toEqual([
      { label: '矛盾协调电话', numbers: ['13900002222'] },
      { label: NATIONAL_HOTLINE.label, numbers: ['12317'] },
    ]);
    expect(complaintLines({ supervisionPhones: [], mediatorPhones: [] }, [])).toEqual([
      { label: '全国乡村振兴监督举报电话', numbers: ['12317'] },
    ]);
  });

  it('a named mediator whose only number is the project’s keeps the name, with no number repeated', () => {
    const lines = complaintLines(
      { supervisionPhones: ['0838-5512345'], mediatorName: '刘振华', mediatorPhones: ['0838-5512345'] },
      [],
    );
    expect(lines).toEqual([
      { label: '项目监督电话', numbers: ['0838-5512345'] },
      { label: '矛盾协调联系人：刘振华', numbers: [], person: true },
      { label: '全国乡村振兴监督举报电话', numbers: ['12317'] },
    ]);
  });
});

/** One project-month of pay; counts of rows by state, amounts in 分. */
function month(over: Partial<PayoutMonth> = {}): PayoutMonth {
  return {
    id: 'P-7_2025-05',
    projectId: 'P-7',
    month: '2025-05',
    workers: 3,
    workDaysHundredths: 6000,
    dueFen: 900_000,
    paidFen: 900_000,
    rows: 3,
    timelyRows: 3,
    latePaidRows: 0,
    unpaidRows: 0,
    overdueRows: 0,
    daysToPay: [3, 0, 0, 0],
    firstPaidOn: '2025-06-10',
    lastPaidOn: '2025-06-10',
    ...over,
  };
}
const unpaid = (rows: number, over: Partial<PayoutMonth> = {}) =>
  month({ paidFen: 0, timelyRows: 0, unpaidRows: rows, firstPaidOn: undefined, lastPaidOn: undefined, ...over });

describe('month status: labels say what is true', () => {
  it('a month paid to nobody is 未发放, with no count of rows', () => {
    expect(monthStatus(unpaid(17, { rows: 17 }))).toBe('unpaid');
    expect(monthStatusText(unpaid(17, { rows: 17 }))).toBe('未发放');
  });
  it('部分未发放 only when some rows were paid', () => {
    const m = month({ rows: 3, timelyRows: 2, unpaidRows: 1 });
    expect(monthStatusText(m)).toBe('部分未发放（1 笔未发）');
  });
  it('unpaid past the deadline: 逾期未发放, the count only when some were paid', () => {
    expect(monthStatusText(unpaid(3, { overdueRows: 3 }))).toBe('逾期未发放');
    expect(monthStatusText(month({ rows: 3, timelyRows: 1, unpaidRows: 2, overdueRows: 2 }))).toBe(
      '逾期未发放（2 笔未发）',
    );
  });
  it('all paid: 按时发放, or 逾期发放 when any was late', () => {
    expect(monthStatusText(month())).toBe('按时发放');
    expect(monthStatusText(month({ timelyRows: 2, latePaidRows: 1 }))).toBe('逾期发放');
  });
});

describe('payoutMonthsView: one unit per quantity', () => {
  it('months as 2025年5月, sums in 万元, 人均 to the whole 元, dates as 2025年6月10日', () => {
    // 900,000 分 = 9,000 元 = 0.90 万元; 人均 1,000,100 分 / 3 = 3,333.67 元 → 3,334 元.
    const { rows, total } = payoutMonthsView([
      month(),
      month({
        month: '2025-06',
        paidFen: 1_000_100,
        dueFen: 1_000_100,
        firstPaidOn: '2025-07-01',
        lastPaidOn: '2025-07-09',
      }),
    ]);
    expect(rows[0]).toMatchObject({
      month: '2025年5月',
      paid: '0.90',
      due: '0.90',
      perHead: '3,000',
      paidOn: '2025年6月10日',
    });
    expect(rows[1]).toMatchObject({ month: '2025年6月', perHead: '3,334', paidOn: '2025年7月1日–2025年7月9日' });
    // 1,900,100 分 = 1.90 万元
    expect(total).toEqual({ paid: '1.90', due: '1.90' });
  });
  it('a month paid to nobody: 未发放 in status and date, marked, 人均 0', () => {
    const [row] = payoutMonthsView([unpaid(3)]).rows;
    expect(row).toMatchObject({ status: '未发放', paidOn: '未发放', late: true, paid: '0.00', perHead: '0' });
  });
  it('a single month has no totals line', () => {
    expect(payoutMonthsView([month()]).total).toBeUndefined();
  });
});

describe('noticeLead: the first phone screen', () => {
  it('the start of 建设内容, its lines run together, cut with the rest below', () => {
    const content =
      '新建产业路 2.4 公里，路面宽 4.5 米，采用 C30 混凝土硬化\n修建排水沟 3.2 公里；\n设置错车道 6 处、安全警示标志 12 块；\n路肩培土。';
    const lead = noticeLead(project({ content }), []);
    expect(lead.contentCut).toBe(true);
    // The first line has no closing punctuation, so “；” joins it to the next; 48 characters in all.
    expect(LEAD_CONTENT_CHARS).toBe(48);
    expect(lead.content).toBe('新建产业路 2.4 公里，路面宽 4.5 米，采用 C30 混凝土硬化；修建排水沟 3.2 公里');
  });
  it('a short 建设内容 is whole', () => {
    const lead = noticeLead(project({ content: '硬化产业路 1.2 公里' }), []);
    expect(lead).toMatchObject({ content: '硬化产业路 1.2 公里', contentCut: false });
  });
  it('以工代赈环节 on one line; 预计劳务报酬 in 万元 or as written', () => {
    const lead = noticeLead(project({ tasks: ['路基整平', '砌石'] }), []);
    expect(lead).toMatchObject({ tasks: '路基整平、砌石', plannedPay: '30.00 万元' });
    expect(noticeLead(project({ plannedPayText: '不低于157.50万元' }), []).plannedPay).toBe('不低于157.50万元');
  });
  it('the number to call: the project’s 监督电话, else the district’s, else 12317', () => {
    const district = [{ number: '0123-6900000' }];
    const own = noticeLead(project({ supervisionPhones: ['0123 691 1111', '0123-6922222'] }), district);
    expect(own.phone).toEqual({ number: '0123 691 1111', href: 'tel:01236911111' });
    expect(noticeLead(project(), district).phone).toEqual({ number: '0123-6900000', href: 'tel:0123-6900000' });
    expect(noticeLead(project(), []).phone.number).toBe(NATIONAL_HOTLINE.number);
  });
});

describe('noticeGlance', () => {
  it('paid of planned in 万元 with its share, the bar in tenths of a percent', () => {
    // 9,000 元 of 30 万元 = 3.0 %
    const g = noticeGlance(project({ paidFen: 900_000, workersPlaced: 7 }));
    expect(g.paid).toEqual({ text: '已发放 0.90 万元，为预计 30.00 万元 的 3.0%', filledTenths: 30 });
    expect(g.workers).toEqual({ text: '已吸纳 7 人，计划 20 人', filledTenths: 350 });
  });
  it('more than planned fills the bar, no more', () => {
    expect(noticeGlance(project({ paidFen: 40_000_000 })).paid.filledTenths).toBe(1000);
  });
  it('nothing planned: no share, an empty bar', () => {
    expect(noticeGlance(project({ plannedPayFen: 0, paidFen: 500_000 })).paid).toEqual({
      text: '已发放 0.50 万元，预计 0.00 万元',
      filledTenths: 0,
    });
  });
  it('工期: the plan’s dates, 建设工期 as written, and the status', () => {
    const g = noticeGlance(project({ plannedStart: '2025-03-01', plannedEnd: '2025-06-30', duration: '4个月' }));
    expect(g.period).toBe('2025年3月1日 至 2025年6月30日（4个月）');
    expect(g.status).toBe('实施中');
  });
});

describe('projectFacts: the village link', () => {
  it('建设地点 links its village online, the text unchanged', () => {
    const f = projectFacts(project(), { href: '/villages/石板村/' }).find((x) => x.label === '建设地点')!;
    expect(f.value).toContainEqual({ text: '石板村', href: '/villages/石板村/' });
    expect(factText(f)).toBe('石板镇 · 石板村');
  });
});
