/**
 * projects.csv as counties copy it from published notices: qualified amounts and counts, plan dates by month or
 * 旬, 公示期 in one cell, several phone numbers, task lists, 资金来源 prose and the labour-pay share rule that
 * follows from it, district vocabularies and overlapping 人员类别. Everything goes through ingest() on an
 * in-memory folder; every expected value is worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { LEDGERS } from '../../src/ledgers/registry.ts';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import { formatProblem } from '../../src/lib/ingest/problems.ts';
import type { Project } from '../../src/schemas/project.ts';
import { csv, memorySource, withoutSkipped } from '../helpers/memory.ts';
import * as L from '../helpers/ledgers.ts';

type Key = (typeof LEDGERS.projects.columns)[number]['key'];

/** A CSV cell, quoted when it holds a comma, a quote or a line break. */
const q = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** Every column of projects.csv, the new optional ones included (the registry's order). */
const HEADER = LEDGERS.projects.columns.map((c) => c.header).join(',');

/** A plain local-money project on one physical line (line 2 when first). */
const BASE: Partial<Record<Key, string>> = {
  name: '于家汤河河道修复工程',
  year: '2023',
  subdistrict: '解甲庄街道',
  location: '于家汤村',
  type: '农业农村基础设施项目',
  sectors: '水利基础设施',
  owner: '莱山区水务局',
  contractor: '烟台海岳水利工程有限公司',
  investment: '100',
  content: '河道清淤',
  tasks: '清淤；砌石',
  plannedWorkers: '10',
  plannedPay: '8',
  plannedStart: '2023-05-01',
  plannedEnd: '2023-08-31',
  status: '实施中',
  noticeStart: '2023-04-01',
  noticeEnd: '2023-04-07',
  supervisionPhones: '0535-6901234',
  mediatorName: '刘振华',
  mediatorPhones: '0535-6901235',
};

const row = (id: string, over: Partial<Record<Key, string>> = {}) => {
  const cells: Partial<Record<string, string>> = { id, ...BASE, ...over };
  return LEDGERS.projects.columns.map((c) => q(cells[c.key] ?? '')).join(',');
};

/** The valid folder with project P-1 replaced by `over` (workers, payouts, trainings, visits refer to P-1). */
async function run(over: Partial<Record<Key, string>> = {}, files: Record<string, string> = {}) {
  const r = await ingest(
    memorySource({ ...L.validFolder(), 'projects.csv': csv(HEADER, row('P-1', over)), ...files }),
    { today: '2026-01-01' },
  );
  const project = r.content?.projects.find((p) => p.id === 'P-1');
  return {
    ok: r.problems.ok,
    content: r.content,
    project: project as Project,
    errors: r.problems.list.filter((p) => p.severity === 'error').map((p) => withoutSkipped(formatProblem(p))),
    warnings: r.problems.list.filter((p) => p.severity === 'warning').map(formatProblem),
  };
}

const SITE = (extra: Record<string, unknown>) => JSON.stringify({ dataUpdated: '2023-12-31', ...extra });

const CENTRAL = '以工代赈中央预算内投资';
const LINKAGE = '中央财政衔接推进乡村振兴补助资金（以工代赈任务）';
const RULE_2022 =
  '国家发展改革委：2022 年起劳务报酬占中央预算内投资比例不低于 30%（此前不低于 15%），国办函〔2022〕58号';
const RULE_2021 = '国家发展改革委：2022 年以前劳务报酬占中央预算内投资比例不低于 15%';

describe('the base row', () => {
  it('with every new column present but blank, passes without a problem', async () => {
    const r = await run();
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    // 农业农村基础设施项目 without 资金来源: local money, no rule, no share, nothing stated loosely.
    expect(r.project).toMatchObject({ fundType: '地方政府投资', fundTypeFrom: '项目类型', plannedPayFen: 8_000_000 });
    expect(r.project.payRule).toBeUndefined();
    expect(r.project.payShare).toBeUndefined();
    expect(r.project.plannedPayText).toBeUndefined();
    expect(r.project.plannedPayQualifier).toBeUndefined();
    expect(r.project.plannedStartText).toBeUndefined();
  });
});

describe('amounts and counts as notices write them', () => {
  it('不低于157.50万元, 90余人 and 4000多万元 keep their value in 分, their qualifier and their text', async () => {
    const r = await run({ investment: '4000多万元', plannedWorkers: '90余人', plannedPay: '不低于157.50万元' });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.project).toMatchObject({
      // 4000 万元 = 40,000,000 元 = 4,000,000,000 分
      investmentFen: 4_000_000_000,
      investmentQualifier: '下限',
      investmentText: '4000多万元',
      plannedWorkers: 90,
      plannedWorkersQualifier: '下限',
      plannedWorkersText: '90余人',
      // 157.50 万元 = 1,575,000 元 = 157,500,000 分
      plannedPayFen: 157_500_000,
      plannedPayQualifier: '下限',
      plannedPayText: '不低于157.50万元',
    });
  });

  it('约30万元 and 50人左右 are approximations', async () => {
    const r = await run({ plannedWorkers: '50人左右', plannedPay: '约30万元' });
    expect(r.errors).toEqual([]);
    expect(r.project).toMatchObject({
      plannedWorkers: 50,
      plannedWorkersQualifier: '约数',
      plannedWorkersText: '50人左右',
      plannedPayFen: 30_000_000,
      plannedPayQualifier: '约数',
      plannedPayText: '约30万元',
    });
  });

  // Product bug: payouts above a floor (不低于0.5万元) are what the floor promises, yet checkAcross warns that the
  // paid sum 超过了预计劳务报酬 and drops the 不低于. The valid folder pays 1,500 + 4,100 = 5,600 元 = 0.56 万元.
  it('payouts above a floor of planned pay are no warning', async () => {
    const r = await run({ plannedPay: '不低于0.5万元' });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
  });

  it('payouts above an exact planned pay are a warning', async () => {
    const r = await run({ plannedPay: '0.5' });
    expect(r.warnings).toEqual([
      'projects.csv:2:预计劳务报酬(万元): 警告：已发放劳务报酬 0.56 万元，超过了预计劳务报酬 0.50 万元，请核对',
    ]);
  });

  it('a floor of planned pay above the total investment is still an error', async () => {
    const r = await run({ investment: '100', plannedPay: '不低于157.50万元' });
    expect(r.errors).toEqual([
      'projects.csv:2:预计劳务报酬(万元): 预计劳务报酬大于总投资，请核对单位（两列都以万元填写）',
    ]);
  });
});

describe('plan dates by month, 旬 or stretch of a year', () => {
  it('a month starts on its first day and ends on its last; the text is kept', async () => {
    const r = await run({ plannedStart: '2023年5月', plannedEnd: '2024年2月' });
    expect(r.errors).toEqual([]);
    expect(r.project).toMatchObject({
      plannedStart: '2023-05-01',
      plannedStartText: '2023年5月',
      // 2024 is a leap year
      plannedEnd: '2024-02-29',
      plannedEndText: '2024年2月',
    });
  });

  it('旬: 上旬 begins on the 1st, 下旬 ends on the month’s last day', async () => {
    const r = await run({ plannedStart: '2023年9月上旬', plannedEnd: '2023年11月下旬' });
    expect(r.errors).toEqual([]);
    expect(r.project).toMatchObject({
      plannedStart: '2023-09-01',
      plannedStartText: '2023年9月上旬',
      plannedEnd: '2023-11-30',
      plannedEndText: '2023年11月下旬',
    });
  });

  it('“3月上旬” without a year takes the project’s 年度', async () => {
    const r = await run({ year: '2024', plannedStart: '3月上旬', plannedEnd: '年底' });
    expect(r.errors).toEqual([]);
    expect(r.project).toMatchObject({
      plannedStart: '2024-03-01',
      // The text is shown as written, with the project's year in front where it names none.
      plannedStartText: '2024年3月上旬',
      plannedEnd: '2024-12-31',
      plannedEndText: '2024年底',
    });
  });

  it('an exact day keeps no text', async () => {
    const r = await run({ plannedStart: '2023年5月6日', plannedEnd: '2023-09' });
    expect(r.errors).toEqual([]);
    expect(r.project.plannedStart).toBe('2023-05-06');
    expect(r.project.plannedStartText).toBeUndefined();
    expect(r.project).toMatchObject({ plannedEnd: '2023-09-30', plannedEndText: '2023-09' });
  });

  it('an end before the start is one error, at 计划完工日期', async () => {
    const r = await run({ plannedStart: '2023年9月', plannedEnd: '2023年8月' });
    expect(r.errors).toEqual([
      'projects.csv:2:计划完工日期: 计划完工时间“2023年8月”早于计划开工时间“2023年9月”，请核对',
    ]);
  });

  it('an end within the start’s month (9月 → 9月上旬) is not before it', async () => {
    const r = await run({ plannedStart: '2023年9月', plannedEnd: '2023年9月上旬' });
    expect(r.errors).toEqual([]);
    expect(r.project).toMatchObject({ plannedStart: '2023-09-01', plannedEnd: '2023-09-10' });
  });
});

describe('公示期 in one cell', () => {
  it('“2022年9月19日—28日” fills the start and the end', async () => {
    const r = await run({ noticeStart: '', noticeEnd: '', noticePeriod: '2022年9月19日—28日' });
    expect(r.errors).toEqual([]);
    expect(r.project).toMatchObject({ noticeStart: '2022-09-19', noticeEnd: '2022-09-28' });
  });

  it('the same dates in the separate columns too are fine', async () => {
    const r = await run({ noticeStart: '2022-09-19', noticeEnd: '2022-09-28', noticePeriod: '2022.9.19-9.28' });
    expect(r.errors).toEqual([]);
    expect(r.project).toMatchObject({ noticeStart: '2022-09-19', noticeEnd: '2022-09-28' });
  });

  it('separate dates that disagree with it are an error at 公示期', async () => {
    const r = await run({ noticeStart: '2022-09-20', noticeEnd: '', noticePeriod: '2022年9月19日—28日' });
    expect(r.errors).toEqual(['projects.csv:2:公示期: 公示期与公示开始、结束日期不一致，请只填一种，或改成一致']);
  });
});

describe('phone numbers', () => {
  it('two numbers in one 监督电话 cell are both kept, in order', async () => {
    const r = await run({ supervisionPhones: '0535-6901234、13805351234' });
    expect(r.errors).toEqual([]);
    expect(r.project.supervisionPhones).toEqual(['0535-6901234', '13805351234']);
  });

  it('“12317 0903-2523158”, separated by a space, is two numbers', async () => {
    const r = await run({ supervisionPhones: '12317 0903-2523158' });
    expect(r.project.supervisionPhones).toEqual(['12317', '0903-2523158']);
  });

  it('a number in both 监督电话 and 矛盾协调电话 is kept once, under 监督电话 (even written without the dash)', async () => {
    const r = await run({ supervisionPhones: '0535-6901234', mediatorPhones: '05356901234、0535-6901235' });
    expect(r.errors).toEqual([]);
    expect(r.project.supervisionPhones).toEqual(['0535-6901234']);
    expect(r.project.mediatorPhones).toEqual(['0535-6901235']);
  });
});

describe('以工代赈环节', () => {
  it('splits on 、 and line breaks', async () => {
    const r = await run({ tasks: '清淤、砌石\n土方回填' });
    expect(r.errors).toEqual([]);
    expect(r.project.tasks).toEqual(['清淤', '砌石', '土方回填']);
  });
});

describe('资金来源', () => {
  it('prose names the fund and its amount: the type and the base come from the text when the column is blank', async () => {
    const r = await run({
      fundingSource: '以工代赈中央预算内投资370万元，县级配套资金28万元',
      investment: '398',
      plannedPay: '111',
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.project).toMatchObject({
      fundingSource: '以工代赈中央预算内投资370万元，县级配套资金28万元',
      fundType: CENTRAL,
      fundTypeFrom: '资金来源',
      // 370 万元 = 370,000,000 分
      reliefFundFen: 370_000_000,
      // 111 / 370 = 0.3 exactly, 2023 ≥ 2022 → 30%
      payRule: { required: { num: 30, den: 100 }, text: '30%', source: RULE_2022, fund: CENTRAL },
      payShare: { text: '30.00%', met: true },
    });
  });

  it('the column and the text disagreeing is a warning; the column is the base', async () => {
    const r = await run({
      fundingSource: '以工代赈中央预算内投资370万元，县级配套资金28万元',
      reliefFundFen: '360',
      investment: '398',
      plannedPay: '111',
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'projects.csv:2:以工代赈专项资金(万元): 警告：以工代赈专项资金 360.00 万元与资金来源中写的 370.00 万元不一致，按这一栏计算劳务报酬占比，请核对',
    ]);
    // 111 / 360 = 30.833…% → 30.83%, met
    expect(r.project).toMatchObject({ reliefFundFen: 360_000_000, payShare: { text: '30.83%', met: true } });
  });

  it('unrecognisable 资金来源 is a warning, not an error: no type, no rule', async () => {
    const r = await run({ fundingSource: '上级补助资金' });
    expect(r.ok).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'projects.csv:2:资金来源: 警告：没有从“上级补助资金”中认出资金类型，本项目不显示劳务报酬占比要求。请写明资金名称，如：以工代赈中央预算内投资、中央财政衔接推进乡村振兴补助资金（以工代赈任务）、省级以工代赈资金、地方政府投资',
    ]);
    expect(r.project.fundType).toBeUndefined();
    expect(r.project.payRule).toBeUndefined();
  });

  it('blank, with 项目类型 中央财政衔接资金以工代赈项目: 衔接资金, with a warning naming the mapping', async () => {
    const r = await run({ type: '中央财政衔接资金以工代赈项目', reliefFundFen: '100', plannedPay: '25' });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      `projects.csv:2:项目类型: 警告：项目类型“中央财政衔接资金以工代赈项目”按“${LINKAGE}”认定资金类型；如不对，请在资金来源一列写明`,
    ]);
    expect(r.project).toMatchObject({ fundType: LINKAGE, fundTypeFrom: '项目类型' });
    // No rule without site.json: the share is shown without a verdict.
    expect(r.project.payRule).toBeUndefined();
    expect(r.project.payShare).toEqual({ num: 25_000_000, den: 100_000_000, text: '25.00%' });
  });

  it('blank, with 项目类型 县级以工代赈项目清单项目: local money, no rule, and the reading is named', async () => {
    const r = await run({ type: '县级以工代赈项目清单项目', reliefFundFen: '' });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'projects.csv:2:项目类型: 警告：项目类型“县级以工代赈项目清单项目”按“地方政府投资”认定资金类型；如不对，请在资金来源一列写明',
    ]);
    expect(r.project).toMatchObject({ fundType: '地方政府投资', fundTypeFrom: '项目类型' });
    expect(r.project.payRule).toBeUndefined();
    expect(r.project.payShare).toBeUndefined();
  });

  it('blank, with 项目类型 重点工程项目 or 农业农村基础设施项目: no special fund, nothing to check, no warning', async () => {
    for (const type of ['重点工程项目', '农业农村基础设施项目']) {
      const r = await run({ type, reliefFundFen: '' });
      expect(r.warnings, type).toEqual([]);
      expect(r.project.payRule, type).toBeUndefined();
    }
  });

  it('劳务报酬占比要求 on a 地方政府投资 project is a warning and ignored', async () => {
    const r = await run({ fundingSource: '县级财政资金', shareRequirement: '不低于30%' });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'projects.csv:2:劳务报酬占比要求: 警告：资金类型为“地方政府投资”，不设劳务报酬占比下限，已忽略这一栏',
    ]);
    expect(r.project.fundType).toBe('地方政府投资');
    expect(r.project.payRule).toBeUndefined();
    expect(r.project.payShare).toBeUndefined();
  });

  it('two special funds named: the first is the type, with a warning', async () => {
    const r = await run({
      fundingSource: '以工代赈中央预算内投资370万元、省级以工代赈资金30万元',
      investment: '400',
      plannedPay: '111',
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'projects.csv:2:资金来源: 警告：资金来源写了“以工代赈中央预算内投资”、“省级以工代赈资金”，按第一个“以工代赈中央预算内投资”计算劳务报酬占比；如不对，请只写一种专项资金',
    ]);
    expect(r.project).toMatchObject({ fundType: CENTRAL, reliefFundFen: 370_000_000, payShare: { text: '30.00%' } });
  });

  it('a fund named without an amount takes the base from 中央资金(万元)', async () => {
    const r = await run({ fundingSource: CENTRAL, centralFundFen: '100', plannedPay: '30' });
    expect(r.errors).toEqual([]);
    expect(r.project).toMatchObject({ reliefFundFen: 100_000_000, payShare: { text: '30.00%', met: true } });
  });

  it('“其中劳务报酬不低于30万元” in 资金来源 is not a fund', async () => {
    const r = await run({ fundingSource: '中央财政衔接资金100万元，其中劳务报酬不低于30万元', plannedPay: '30' });
    expect(r.errors).toEqual([]);
    expect(r.project).toMatchObject({ fundType: LINKAGE, reliefFundFen: 100_000_000 });
  });

  it('the project’s own requirement wins over the national rule', async () => {
    const r = await run({
      fundingSource: CENTRAL,
      reliefFundFen: '100',
      plannedPay: '33',
      shareRequirement: '不低于33.08%',
    });
    expect(r.errors).toEqual([]);
    // 33 / 100 = 33.00% < 33.08%
    expect(r.project.payRule).toEqual({
      required: { num: 3308, den: 10000 },
      text: '33.08%',
      source: '项目实施方案',
      fund: CENTRAL,
    });
    expect(r.project.payShare).toMatchObject({ text: '33.00%', met: false });
  });
});

describe('the pay-share rule on the published project', () => {
  const central = { fundingSource: CENTRAL, reliefFundFen: '100' };

  it('central budget, 2021: 15%', async () => {
    const r = await run({ ...central, year: '2021', plannedPay: '15' });
    expect(r.errors).toEqual([]);
    expect(r.project.payRule).toEqual({
      required: { num: 15, den: 100 },
      text: '15%',
      source: RULE_2021,
      fund: CENTRAL,
    });
    expect(r.project.payShare).toEqual({ num: 15_000_000, den: 100_000_000, text: '15.00%', met: true });
  });

  it('central budget, 2022: 30% (the same 15% is then short)', async () => {
    const r = await run({ ...central, year: '2022', plannedPay: '15' });
    expect(r.errors).toEqual([]);
    expect(r.project.payRule).toEqual({
      required: { num: 30, den: 100 },
      text: '30%',
      source: RULE_2022,
      fund: CENTRAL,
    });
    expect(r.project.payShare).toEqual({ num: 15_000_000, den: 100_000_000, text: '15.00%', met: false });
  });

  it('衔接资金 with site.json funding 25%: the rule is 25% with that source, met at 25.50%', async () => {
    const r = await run(
      { fundingSource: '中央财政衔接推进乡村振兴补助资金', reliefFundFen: '100', plannedPay: '25.5' },
      { 'site.json': SITE({ funding: { 衔接资金: { percent: 25, source: '某省文件' } } }) },
    );
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.project.fundType).toBe(LINKAGE);
    expect(r.project.payRule).toEqual({
      required: { num: 25, den: 100 },
      text: '25%',
      source: '某省文件',
      fund: LINKAGE,
    });
    expect(r.project.payShare).toEqual({ num: 25_500_000, den: 100_000_000, text: '25.50%', met: true });
  });

  it('site.json years win over percent for that year only', async () => {
    const site = SITE({ funding: { 衔接资金: { percent: 25, years: { '2024': 35 }, source: '某省文件' } } });
    const linkage = { fundingSource: '衔接资金', reliefFundFen: '100', plannedPay: '30' };
    const r2024 = await run({ ...linkage, year: '2024' }, { 'site.json': site });
    expect(r2024.project.payRule).toMatchObject({ text: '35%', source: '某省文件' });
    expect(r2024.project.payShare).toMatchObject({ text: '30.00%', met: false });
    const r2023 = await run(linkage, { 'site.json': site });
    expect(r2023.project.payRule).toMatchObject({ text: '25%' });
    expect(r2023.project.payShare).toMatchObject({ text: '30.00%', met: true });
  });

  it('29.96% against 30%: text 29.96%, not met', async () => {
    const r = await run({ ...central, plannedPay: '29.96' });
    expect(r.project.payShare).toEqual({ num: 29_960_000, den: 100_000_000, text: '29.96%', met: false });
  });

  it('29.996% is printed 29.99%, never 30.00%, and is not met', async () => {
    // 29.996 万元 = 299,960 元 = 29,996,000 分
    const r = await run({ ...central, plannedPay: '29.996' });
    expect(r.project.payShare).toEqual({ num: 29_996_000, den: 100_000_000, text: '29.99%', met: false });
  });

  it('an approximate planned pay gives a share but no verdict', async () => {
    const r = await run({ ...central, plannedPay: '约31万元' });
    expect(r.project.payRule?.text).toBe('30%');
    expect(r.project.payShare).toEqual({ num: 31_000_000, den: 100_000_000, text: '31.00%' });
  });

  it('a floor of planned pay below the rule gives no verdict', async () => {
    const r = await run({ ...central, plannedPay: '不低于25万元' });
    expect(r.project.payShare).toEqual({ num: 25_000_000, den: 100_000_000, text: '25.00%' });
  });

  it('a floor of planned pay above the rule is met', async () => {
    const r = await run({ ...central, plannedPay: '不低于31万元' });
    expect(r.project.payShare).toEqual({ num: 31_000_000, den: 100_000_000, text: '31.00%', met: true });
  });
});

/** GB 11643 check digit, to make valid 身份证号 inputs for the roster. */
const idCard = (first17: string) => {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const s = [...first17].reduce((a, d, i) => a + Number(d) * w[i], 0);
  return first17 + '10X98765432'[s % 11];
};

describe('vocabularies: 人员类别 and 行业领域', () => {
  const CATEGORIES =
    '脱贫人口、防止返贫监测对象、易地搬迁脱贫人口、农村低收入人口、返乡农民工、农村劳动力、城镇就业困难人员、家庭经济困难高校毕业生、退役军人、残疾人';
  const SECTORS =
    '农业农村基础设施、交通基础设施、水利基础设施、文化旅游基础设施、林业草原基础设施、城乡建设基础设施、灾后恢复重建、能源、生态环境、其他';

  it('an unknown 人员类别 is an error listing the values and naming the site.json vocabulary', async () => {
    const workers = csv(
      L.WORKERS_HEADER,
      L.worker('W1', L.IDS[0], { cat: '因灾需救助人口' }),
      L.worker('W2', L.IDS[1]),
    );
    const r = await run({}, { 'workers.csv': workers });
    expect(r.errors).toEqual([
      `workers.csv:2:人员类别: “因灾需救助人口” 不是可选的人员类别，只能填：${CATEGORIES}。如果这是本县使用的类别，请在 site.json 的 vocabularies.人员类别.add 中添加，或在 synonyms 中写明它对应哪个类别`,
    ]);
  });

  it('vocabularies.人员类别.add in site.json makes it valid', async () => {
    const workers = csv(
      L.WORKERS_HEADER,
      L.worker('W1', L.IDS[0], { cat: '因灾需救助人口' }),
      L.worker('W2', L.IDS[1]),
    );
    const site = SITE({ vocabularies: { 人员类别: { add: ['因灾需救助人口'] } } });
    const r = await run({}, { 'workers.csv': workers, 'site.json': site });
    expect(r.errors).toEqual([]);
    expect(r.ok).toBe(true);
    expect(r.content?.meta.categories.at(-1)).toBe('因灾需救助人口');
  });

  it('unknown 行业领域 values are one error listing the values and naming the site.json vocabulary', async () => {
    const r = await run({ sectors: '水务、环保' });
    expect(r.errors).toEqual([
      `projects.csv:2:行业领域: “水务”“环保” 不是可选的行业领域，只能填：${SECTORS}。如果这些是本县使用的领域，请在 site.json 的 vocabularies.行业领域.add 中添加，或在 synonyms 中写明它对应哪个领域`,
    ]);
  });

  it('行业领域 with three values is an error', async () => {
    const r = await run({ sectors: '交通基础设施、水利基础设施、能源' });
    expect(r.errors).toEqual([
      'projects.csv:2:行业领域: 行业领域最多填 2 个，这一格填了 3 个：交通基础设施、水利基础设施、能源',
    ]);
  });

  it('two 行业领域 are kept, in the vocabulary’s order', async () => {
    const r = await run({ sectors: '水利基础设施、交通基础设施' });
    expect(r.errors).toEqual([]);
    expect(r.project.sectors).toEqual(['交通基础设施', '水利基础设施']);
  });

  it('a worker with “脱贫人口、返乡农民工” counts in both categories, once in workersPlaced; meta says they overlap', async () => {
    // W1–W5 are 脱贫人口 and 返乡农民工, W6–W10 农村劳动力: 10 people, 5 + 5 + 5 category counts.
    const ids = Array.from({ length: 10 }, (_, i) => idCard(`3706131990010100${i}`));
    const workers = csv(
      L.WORKERS_HEADER,
      ...ids.map((card, i) =>
        L.worker(`W${i + 1}`, card, {
          name: `张${'一二三四五六七八九十'[i]}明`,
          cat: i < 5 ? '脱贫人口、返乡农民工' : '农村劳动力',
        }),
      ),
    );
    const r = await run({}, { 'workers.csv': workers });
    expect(r.errors).toEqual([]);
    expect(r.content?.meta.categoriesOverlap).toBe(true);
    expect(r.project.workersPlaced).toBe(10);
    expect(r.project.workersByCategory.脱贫人口).toEqual({ suppressed: false, value: 5 });
    expect(r.project.workersByCategory.返乡农民工).toEqual({ suppressed: false, value: 5 });
    expect(r.project.workersByCategory.农村劳动力).toEqual({ suppressed: false, value: 5 });
  });

  it('without anyone in two categories, meta says they do not overlap', async () => {
    const r = await run();
    expect(r.content?.meta.categoriesOverlap).toBe(false);
  });
});

describe('site.json', () => {
  it('the retired payShareThresholdPercent is one warning at its line, and the build still passes', async () => {
    const site = '{\n  "dataUpdated": "2023-12-31",\n  "payShareThresholdPercent": 30\n}';
    const r = await run({}, { 'site.json': site });
    expect(r.ok).toBe(true);
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([
      'site.json:3:payShareThresholdPercent: 警告：这项设置已停用，已忽略：劳务报酬占比要求现在按资金类型确定（以工代赈中央预算内投资 2022 年起 30%），省里另有规定的写在 funding 中，例如 "funding": { "衔接资金": { "percent": 25, "source": "省级文件名称" } }',
    ]);
    expect(r.content).toBeDefined();
  });
});

describe('a 项目编号 the site needs for itself', () => {
  it('“year” (any case) is refused: /projects/year/ lists the years', async () => {
    const r = await ingest(memorySource({ ...L.validFolder(), 'projects.csv': csv(HEADER, row('P-1'), row('Year')) }), {
      today: '2026-01-01',
    });
    const errors = r.problems.list.filter((p) => p.severity === 'error').map(formatProblem);
    expect(errors).toEqual([
      'projects.csv:3:项目编号: 项目编号不能是“Year”：网站用 /projects/year/ 按年度列出项目，请换一个编号',
    ]);
  });
});
