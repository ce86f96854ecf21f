import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  FUND_TYPES,
  fundingOfProjectType,
  parseShareRequirement,
  payShare,
  payShareRule,
  recogniseFunding,
  recogniseFundName,
  shareFloorFen,
  type FundingSettings,
} from '../../src/lib/funding/index.ts';
import { fundingSettingsSchema } from '../../src/schemas/funding.ts';

// Expectations below are typed by hand from the notices' wording; none is computed with the code under test.

const LINKAGE = '中央财政衔接推进乡村振兴补助资金（以工代赈任务）';
const CENTRAL = '以工代赈中央预算内投资';

describe('registry', () => {
  it('has the five fund types with unique ids and names', () => {
    expect(FUND_TYPES.map((t) => t.id)).toEqual(['linkage', 'central-budget', 'provincial', 'key-project', 'local']);
    expect(new Set(FUND_TYPES.map((t) => t.name)).size).toBe(5);
  });
  it('only central-budget has a built-in minimum; the provincial streams say the province sets it', () => {
    expect(FUND_TYPES.filter((t) => t.defaults.length > 0).map((t) => t.id)).toEqual(['central-budget']);
    expect(FUND_TYPES.find((t) => t.id === 'linkage')!.rule).toContain('由省级部门确定');
    expect(FUND_TYPES.find((t) => t.id === 'provincial')!.rule).toContain('由省级部门确定');
  });
});

describe('recogniseFunding: 资金来源 as notices write it', () => {
  it('以工代赈中央投资 with 地方配套', () => {
    expect(recogniseFunding('以工代赈中央投资370万元，地方配套资金28万元')).toEqual({
      type: 'central-budget',
      text: '以工代赈中央投资370万元，地方配套资金28万元',
      parts: [
        { label: '以工代赈中央投资', fen: 370_000_000, type: 'central-budget' },
        { label: '地方配套资金', fen: 28_000_000, type: 'local' },
      ],
      totalFen: 398_000_000,
      fundFen: 370_000_000,
    });
  });
  it('a year before the fund name and two decimals of 万元, exactly', () => {
    const r = recogniseFunding('2026年以工代赈中央预算内资金640.72万元，区级配套资金34万元');
    expect(r.type).toBe('central-budget');
    expect(r.parts).toEqual([
      { label: '2026年以工代赈中央预算内资金', fen: 640_720_000, type: 'central-budget' },
      { label: '区级配套资金', fen: 34_000_000, type: 'local' },
    ]);
    expect(r.fundFen).toBe(640_720_000);
    expect(r.totalFen).toBe(674_720_000);
  });
  it('the Ministry of Finance stream keeps its full-width brackets in the label', () => {
    const r = recogniseFunding(`${LINKAGE}200万元`);
    expect(r).toMatchObject({ type: 'linkage', fundFen: 200_000_000, totalFen: 200_000_000 });
    expect(r.parts).toEqual([{ label: LINKAGE, fen: 200_000_000, type: 'linkage' }]);
  });
  it('省级以工代赈资金 is the provincial fund, not the central one', () => {
    expect(recogniseFunding('省级以工代赈资金150万元')).toMatchObject({
      type: 'provincial',
      fundFen: 150_000_000,
      parts: [{ label: '省级以工代赈资金', fen: 150_000_000, type: 'provincial' }],
    });
  });
  it('a fund name without an amount', () => {
    expect(recogniseFunding('县级财政资金')).toEqual({ type: 'local', text: '县级财政资金', parts: [] });
    expect(recogniseFunding(CENTRAL)).toEqual({ type: 'central-budget', text: CENTRAL, parts: [] });
  });
  it('中央预算内投资 with 县级配套 separated by 、', () => {
    const r = recogniseFunding('中央预算内投资450万元、县级配套50万元');
    expect(r.parts).toEqual([
      { label: '中央预算内投资', fen: 450_000_000, type: 'central-budget' },
      { label: '县级配套', fen: 50_000_000, type: 'local' },
    ]);
    expect(r.fundFen).toBe(450_000_000);
  });
  it('a stated 总投资 is the total, not a part', () => {
    const r = recogniseFunding('项目总投资520万元，其中以工代赈中央投资450万元、县级配套50万元');
    expect(r.totalFen).toBe(520_000_000);
    expect(r.parts.map((p) => p.label)).toEqual(['以工代赈中央投资', '县级配套']);
    expect(r.fundFen).toBe(450_000_000);
    expect(r.warning).toBeUndefined();
  });
  it('parts adding up to more than the stated total are a warning', () => {
    expect(recogniseFunding('总投资400万元，其中中央预算内投资450万元').warning).toContain('超过了写明的总投资400万元');
  });
  it('元 and 亿元, thousands separators and full-width digits, all exact', () => {
    expect(recogniseFunding('以工代赈资金1,234,567.89元').fundFen).toBe(123_456_789);
    expect(recogniseFunding('中央预算内投资1.2345亿元').fundFen).toBe(12_345_000_000);
    expect(recogniseFunding('中央预算内投资３７０万元').fundFen).toBe(370_000_000);
    expect(recogniseFunding('中央预算内投资0.000001万元').fundFen).toBe(1);
  });
  it('an amount finer than 1 分 is left out with a warning', () => {
    const r = recogniseFunding('中央预算内投资1.0000001万元');
    expect(r.parts).toEqual([]);
    expect(r.type).toBe('central-budget');
    expect(r.fundFen).toBeUndefined();
    expect(r.warning).toContain('小数位太多');
  });
  it('the fund name may follow the amount', () => {
    expect(recogniseFunding('安排450万元以工代赈资金').parts).toEqual([
      { label: '以工代赈资金', fen: 450_000_000, type: 'central-budget' },
    ]);
  });
  it('two parts of the same fund add up in fundFen', () => {
    const r = recogniseFunding('2025年中央预算内投资300万元；2026年中央预算内投资100万元；县级配套20万元');
    expect(r.fundFen).toBe(400_000_000);
    expect(r.totalFen).toBe(420_000_000);
  });
  it('with two special funds the first named is the type, with a warning', () => {
    const r = recogniseFunding('中央预算内投资300万元，省级以工代赈资金100万元');
    expect(r.type).toBe('central-budget');
    expect(r.fundFen).toBe(300_000_000);
    expect(r.warning).toContain('按第一个“以工代赈中央预算内投资”计算');
  });
  it('local 配套 is never the type when a special fund is named, even first', () => {
    expect(recogniseFunding('县级配套50万元，衔接资金（以工代赈任务）200万元')).toMatchObject({
      type: 'linkage',
      fundFen: 200_000_000,
    });
  });
  it('unrecognisable text: no type, no error', () => {
    expect(recogniseFunding('银行贷款')).toEqual({ text: '银行贷款', parts: [] });
    expect(recogniseFunding('见附件')).toEqual({ text: '见附件', parts: [] });
    // Central money that names neither stream is not guessed.
    expect(recogniseFunding('中央资金100万元')).toEqual({
      text: '中央资金100万元',
      parts: [{ label: '中央资金', fen: 100_000_000 }],
      totalFen: 100_000_000,
    });
  });
  it('the pay earmarked inside the fund is not a source of funds', () => {
    expect(recogniseFunding('以工代赈中央投资370万元，其中劳务报酬不低于111万元')).toMatchObject({
      parts: [{ label: '以工代赈中央投资', fen: 370_000_000, type: 'central-budget' }],
      totalFen: 370_000_000,
      fundFen: 370_000_000,
    });
  });
  it('people and area counts are not money', () => {
    expect(recogniseFunding('以工代赈资金，带动2万人').parts).toEqual([]);
  });
  it.each([
    ['中央财政以工代赈资金', 'linkage'],
    ['财政部以工代赈资金', 'linkage'],
    ['中央财政衔接资金', 'linkage'],
    ['以工代赈专项资金', 'central-budget'],
    ['县级以工代赈资金', 'local'],
    ['重点工程建设资金', 'key-project'],
    ['乡镇自筹', 'local'],
    ['中央财政资金', undefined],
  ] as const)('fund name %s → %s', (name, id) => {
    expect(recogniseFundName(name)).toBe(id);
  });
});

describe('fundingOfProjectType: 项目类型 wordings', () => {
  it.each([
    ['中央财政以工代赈项目', 'linkage', LINKAGE],
    ['以工代赈中央预算内投资项目', 'central-budget', CENTRAL],
    ['中央预算内以工代赈示范项目', 'central-budget', CENTRAL],
    ['中央财政衔接资金以工代赈项目', 'linkage', LINKAGE],
    ['农业农村中小型基础设施以工代赈项目', 'central-budget', CENTRAL],
    ['以工代赈示范项目', 'central-budget', CENTRAL],
    ['县级以工代赈项目清单项目', 'local', '地方政府投资'],
    ['县级以工代赈项目清单', 'local', '地方政府投资'],
    ['重点工程项目', 'key-project', '重点工程'],
    ['农业农村基础设施项目', 'local', '地方政府投资'],
    ['以工代赈专项资金项目', 'central-budget', CENTRAL],
  ] as const)('%s → %s', (wording, id, name) => {
    expect(fundingOfProjectType(wording)).toEqual({
      type: id,
      how: `项目类型“${wording}”按“${name}”认定资金类型；如不对，请在资金来源一列写明`,
    });
  });
  it.each([
    ['省级以工代赈项目', 'provincial'],
    ['2025年衔接资金项目', 'linkage'],
    ['区级以工代赈示范项目', 'local'],
    [' 以工代赈项目 ', 'central-budget'],
  ] as const)('keyword wording %s → %s', (wording, id) => {
    expect(fundingOfProjectType(wording)?.type).toBe(id);
  });
  it('a wording that says nothing of the fund', () => {
    expect(fundingOfProjectType('村内道路')).toBeUndefined();
    expect(fundingOfProjectType('')).toBeUndefined();
    expect(fundingOfProjectType('toString')).toBeUndefined();
  });
});

describe('parseShareRequirement: a project’s own minimum', () => {
  it.each([
    ['不得低于国家下达资金计划的42%', 42, 100, '42%'],
    ['不低于33.08%', 3308, 10000, '33.08%'],
    ['25%', 25, 100, '25%'],
    ['25', 25, 100, '25%'],
    ['30％', 30, 100, '30%'],
    ['百分之三十', 30, 100, '30%'],
    ['百分之十五', 15, 100, '15%'],
    ['百分之二十五点五', 255, 1000, '25.5%'],
    ['不低于 35 %', 35, 100, '35%'],
    ['100%', 100, 100, '100%'],
    ['30%以上', 30, 100, '30%'],
  ] as const)('%s → %i/%i', (raw, num, den, text) => {
    expect(parseShareRequirement(raw)).toEqual({ ok: true, value: { num, den, text } });
  });
  it.each([
    ['', '没有填写'],
    ['按规定执行', '没有比例数字'],
    ['120%', '超过了 100%'],
    ['0%', '必须大于 0'],
    ['0', '必须大于 0'],
    ['0.3', '小数写法'],
    ['不超过30%', '上限'],
    ['2024年不低于30', '几个数字'],
    ['不低于30%，力争40%', '几个不同的比例'],
    ['30.12345%', '最多保留 4 位小数'],
  ])('rejects %j', (raw, words) => {
    const r = parseShareRequirement(raw);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain(words);
  });
});

const settings = (json: unknown): FundingSettings => fundingSettingsSchema.parse(json);

describe('payShareRule: which minimum applies', () => {
  const site = settings({
    以工代赈中央预算内投资: { percent: 35, years: { '2024': 40 }, source: '某某县 2024 年实施方案' },
    衔接资金: { percent: 25, source: '四川省财政厅 2024 年通知' },
  });
  const project = { num: 42, den: 100, text: '42%' };

  it('central-budget: 15% up to 2021, 30% from 2022, with the national rule as source', () => {
    expect(payShareRule({ year: 2021, fundType: 'central-budget' })).toEqual({
      required: { num: 15, den: 100 },
      requiredText: '15%',
      source: '国家发展改革委：2022 年以前劳务报酬占中央预算内投资比例不低于 15%',
      origin: 'national',
      fundName: CENTRAL,
      fundType: 'central-budget',
    });
    const r2022 = payShareRule({ year: 2022, fundType: 'central-budget' });
    expect(r2022?.required).toEqual({ num: 30, den: 100 });
    expect(r2022?.requiredText).toBe('30%');
    expect(r2022?.source).toContain(
      '国家发展改革委：2022 年起劳务报酬占中央预算内投资比例不低于 30%（此前不低于 15%）',
    );
    expect(r2022?.source).toContain('国办函〔2022〕58号');
    expect(payShareRule({ year: 2026, fundType: 'central-budget' })?.requiredText).toBe('30%');
  });
  it('precedence: project > site.json year > site.json type > built-in', () => {
    expect(
      payShareRule({ year: 2024, fundType: 'central-budget', projectRequirement: project, settings: site }),
    ).toMatchObject({ requiredText: '42%', source: '项目实施方案', origin: 'project' });
    expect(payShareRule({ year: 2024, fundType: 'central-budget', settings: site })).toMatchObject({
      required: { num: 40, den: 100 },
      source: '某某县 2024 年实施方案',
      origin: 'site-year',
    });
    expect(payShareRule({ year: 2025, fundType: 'central-budget', settings: site })).toMatchObject({
      requiredText: '35%',
      origin: 'site',
    });
    expect(payShareRule({ year: 2025, fundType: 'central-budget', settings: {} })).toMatchObject({
      requiredText: '30%',
      origin: 'national',
    });
  });
  it('a year-only setting leaves other years to the built-in rule', () => {
    const yearOnly = settings({ 中央预算内投资: { years: { '2023': 32.5 }, source: '省通知' } });
    expect(payShareRule({ year: 2023, fundType: 'central-budget', settings: yearOnly })?.required).toEqual({
      num: 325,
      den: 1000,
    });
    expect(payShareRule({ year: 2024, fundType: 'central-budget', settings: yearOnly })?.origin).toBe('national');
  });
  it('linkage and provincial: nothing without a setting, the setting or the project when given', () => {
    expect(payShareRule({ year: 2024, fundType: 'linkage' })).toBeUndefined();
    expect(payShareRule({ year: 2024, fundType: 'provincial', settings: site })).toBeUndefined();
    expect(payShareRule({ year: 2024, fundType: 'linkage', settings: site })).toMatchObject({
      requiredText: '25%',
      source: '四川省财政厅 2024 年通知',
      fundName: LINKAGE,
    });
    expect(payShareRule({ year: 2024, fundType: 'provincial', projectRequirement: project })?.requiredText).toBe('42%');
  });
  it('local and key projects never have one, not even from the project column', () => {
    expect(payShareRule({ year: 2024, fundType: 'local', projectRequirement: project })).toBeUndefined();
    expect(payShareRule({ year: 2024, fundType: 'key-project', settings: site })).toBeUndefined();
    expect(payShareRule({ year: 2024 })).toBeUndefined();
  });
  it('a linkage project at 25% is never set against 30%', () => {
    const rule = payShareRule({ year: 2024, fundType: 'linkage', settings: site })!;
    // 50万元 of pay on 200万元 of 衔接资金: 25.00%, met against the province's 25%.
    expect(payShare(50_000_000, 200_000_000, rule)).toEqual({
      num: 50_000_000,
      den: 200_000_000,
      text: '25.00%',
      met: true,
    });
    expect(payShareRule({ year: 2024, fundType: 'linkage' })).toBeUndefined();
  });
});

describe('payShare: two decimals that never cross the line', () => {
  const thirty = { required: { num: 30, den: 100 } };
  it.each([
    // pay 分, fund 分, printed, met
    [2_996, 10_000, '29.96%', false],
    [29_996, 100_000, '29.99%', false], // 29.996% would round to 30.00%: printed below the line
    [30_004, 100_000, '30.00%', true],
    [3_000, 10_000, '30.00%', true],
    [299_999, 1_000_000, '29.99%', false], // 29.9999%
    [157_500_000, 525_000_000, '30.00%', true],
    [100_000_000, 198_920_000, '50.27%', true], // 50.2714…%
  ] as const)('%i / %i → %s', (pay, fund, text, met) => {
    expect(payShare(pay, fund, thirty)).toEqual({ num: pay, den: fund, text, met });
  });
  it('rounds half-up without a rule', () => {
    expect(payShare(29_996, 100_000)).toEqual({ num: 29_996, den: 100_000, text: '30.00%' });
    expect(payShare(12_345, 100_000)?.text).toBe('12.35%');
    expect(payShare(12_344, 100_000)?.text).toBe('12.34%');
    expect(payShare(0, 100_000)?.text).toBe('0.00%');
    expect(payShare(150, 100)?.text).toBe('150.00%');
  });
  it('a met share never prints below a minimum with more decimals', () => {
    // Minimum 33.0849%; share 33.0849% exactly rounds to 33.08% but must not print below the line.
    expect(payShare(330_849, 1_000_000, { required: { num: 330_849, den: 1_000_000 } })).toEqual({
      num: 330_849,
      den: 1_000_000,
      text: '33.09%',
      met: true,
    });
  });
  it('exact for amounts beyond 2^53 when multiplied', () => {
    // 8 亿元 fund, pay one 分 short of 30%.
    expect(payShare(23_999_999_999, 80_000_000_000, thirty)).toEqual({
      num: 23_999_999_999,
      den: 80_000_000_000,
      text: '29.99%',
      met: false,
    });
  });
  it('no fund, no share', () => {
    expect(payShare(100, 0)).toBeUndefined();
    expect(payShare(100, undefined, thirty)).toBeUndefined();
  });
  it('shareFloorFen: the least pay meeting the rule, rounded up', () => {
    expect(shareFloorFen(525_000_000, thirty)).toBe(157_500_000); // 不低于157.50万元
    expect(shareFloorFen(320_240_000, thirty)).toBe(96_072_000); // 不少于96.072万元
    expect(shareFloorFen(1, thirty)).toBe(1);
    expect(shareFloorFen(333, { required: { num: 3308, den: 10000 } })).toBe(111); // 110.1564 → 111
  });
});

describe('fundingSettingsSchema: site.json funding', () => {
  const issues = (json: unknown) => {
    const r = fundingSettingsSchema.safeParse(json);
    return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('absent means no settings', () => {
    expect(fundingSettingsSchema.parse(undefined)).toEqual({});
    expect(z.object({ funding: fundingSettingsSchema }).parse({})).toEqual({ funding: {} });
  });
  it('keys by canonical name, short name or id; shares exact', () => {
    expect(
      settings({
        [LINKAGE]: { percent: 25, source: '四川省财政厅 2024 年通知' },
        中央预算内投资: { percent: 33.08, years: { '2021': 20 }, source: '县实施方案' },
        provincial: { years: { '2024': 20 }, source: '河南省通知' },
      }),
    ).toEqual({
      linkage: {
        key: LINKAGE,
        percent: { num: 25, den: 100, text: '25%' },
        years: {},
        source: '四川省财政厅 2024 年通知',
      },
      'central-budget': {
        key: '中央预算内投资',
        percent: { num: 3308, den: 10000, text: '33.08%' },
        years: { '2021': { num: 20, den: 100, text: '20%' } },
        source: '县实施方案',
      },
      provincial: { key: 'provincial', years: { '2024': { num: 20, den: 100, text: '20%' } }, source: '河南省通知' },
    });
  });
  it('half-width brackets in the canonical name are the same key', () => {
    expect(
      settings({ '中央财政衔接推进乡村振兴补助资金(以工代赈任务)': { percent: 20, source: '省通知' } }).linkage
        ?.percent,
    ).toEqual({ num: 20, den: 100, text: '20%' });
  });
  it('an unknown name is an error listing the names', () => {
    const [msg] = issues({ 以工代赈资金XX: { percent: 20, source: '省通知' } });
    expect(msg).toContain('以工代赈资金XX: 不认识的资金类型“以工代赈资金XX”，可以写：');
    expect(msg).toContain(`“${LINKAGE}”（或“衔接资金”）`);
    expect(msg).toContain(`“${CENTRAL}”`);
    expect(msg).toContain('“省级以工代赈资金”');
  });
  it('local money and key projects take no minimum', () => {
    expect(issues({ 地方政府投资: { percent: 10, source: '县通知' } })).toEqual([
      expect.stringContaining('地方政府投资: “地方政府投资”不设劳务报酬占比下限'),
    ]);
    expect(issues({ 'key-project': { percent: 10, source: '县通知' } })[0]).toContain(
      '（重点工程）不设劳务报酬占比下限',
    );
  });
  it('the same fund twice', () => {
    expect(issues({ 衔接资金: { percent: 20, source: 'a' }, linkage: { percent: 25, source: 'b' } })).toEqual([
      `linkage: “linkage”和“衔接资金”是同一种资金（${LINKAGE}），请只写一项`,
    ]);
  });
  it.each([
    [{ 衔接资金: { percent: 25 } }, '衔接资金.source: 请写明比例的依据（source）'],
    [{ 衔接资金: { percent: 25, source: '  ' } }, '衔接资金.source: 请写明比例的依据（source）'],
    [{ 衔接资金: { percent: 25, source: '省\n通知' } }, '衔接资金.source: 不能包含不可见的控制字符或换行'],
    [{ 衔接资金: { percent: '25%', source: 'a' } }, '衔接资金.percent: 请填写数字'],
    [{ 衔接资金: { percent: 0, source: 'a' } }, '衔接资金.percent: 比例必须大于 0'],
    [{ 衔接资金: { percent: 101, source: 'a' } }, '衔接资金.percent: 比例不能超过 100'],
    [{ 衔接资金: { percent: 25.00001, source: 'a' } }, '衔接资金.percent: 比例最多保留 4 位小数'],
    [{ 衔接资金: { years: { '24': 25 }, source: 'a' } }, '衔接资金.years.24: “24”不是年份'],
    [{ 衔接资金: { source: 'a' } }, '衔接资金: 请填写 percent（各年通用的比例）或 years（按年份的比例）'],
  ])('rejects %j', (json, message) => {
    expect(issues(json).join('\n')).toContain(message);
  });
  it('a misspelt field is not silently ignored', () => {
    expect(issues({ 衔接资金: { percnet: 25, percent: 25, source: 'a' } })[0]).toMatch(/^衔接资金/);
  });
});
