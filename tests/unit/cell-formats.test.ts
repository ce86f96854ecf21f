// The looser cell formats of projects.csv (src/lib/ingest/approx.ts). Every expectation is written by hand.
import { describe, expect, it } from 'vitest';
import {
  parseApproxCount,
  parseApproxMoney,
  parseDuration,
  parseNoticePeriod,
  parsePhones,
  parsePlanDate,
  parseTaskList,
} from '../../src/lib/ingest/approx.ts';
import { parsePhone } from '../../src/lib/ingest/cells.ts';
import {
  approxCount,
  approxMoney,
  duration,
  noticePeriod,
  phones,
  planDate,
  taskList,
} from '../../src/ledgers/cellTypes.ts';

type R<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };
const value = <T>(r: R<T>) => (r.ok ? r.value : `ERR ${r.message}`);
const message = <T>(r: R<T>) => (r.ok ? `OK ${JSON.stringify(r.value)}` : r.message);

describe('parseApproxMoney', () => {
  it.each([
    ['450万元', '万元', 4_500_000_00, 'exact'],
    ['450', '万元', 4_500_000_00, 'exact'],
    ['3,300.50', '元', 330050, 'exact'],
    ['不低于157.50万元', '万元', 157_500_000, 'floor'],
    ['不少于96.07万元', '万元', 96_070_000, 'floor'],
    ['至少20万元', '万元', 20_000_000, 'floor'],
    ['约30万元', '万元', 30_000_000, 'approx'],
    ['大约30万', '万元', 30_000_000, 'approx'],
    ['近30万元', '万元', 30_000_000, 'approx'],
    ['4000多万元', '万元', 4_000_000_000, 'floor'],
    ['90余万元', '万元', 90_000_000, 'floor'],
    ['90万余元', '万元', 90_000_000, 'floor'],
    ['30万元以上', '万元', 30_000_000, 'floor'],
    ['30万元左右', '万元', 30_000_000, 'approx'],
    ['约30万元左右', '万元', 30_000_000, 'approx'], // two words that agree
    ['约３０万元', '万元', 30_000_000, 'approx'], // full-width digits, as parseMoney
    ['约 1,200 元', '万元', 120_000, 'approx'], // the cell's own unit wins, as in parseMoney
    ['3000多元', '万元', 300_000, 'floor'],
  ] as const)('%s (%s) → %i 分, %s', (raw, unit, fen, qualifier) => {
    expect(value(parseApproxMoney(raw, unit))).toEqual({ fen, qualifier, text: raw });
  });

  it('keeps the cell as written (trimmed) for display', () => {
    expect(value(parseApproxMoney('  不低于 157.50 万元 ', '万元'))).toEqual({
      fen: 157_500_000,
      qualifier: 'floor',
      text: '不低于 157.50 万元',
    });
  });

  it('refuses a negative amount', () => {
    expect(message(parseApproxMoney('不低于-5万元', '万元'))).toBe('“不低于-5万元” 是负数：金额不能小于 0，请检查');
  });

  it('refuses a qualifier without a number', () => {
    expect(message(parseApproxMoney('约', '万元'))).toBe('“约” 只写了“约”，没有写金额，请补上数字');
    expect(message(parseApproxMoney('以上', '万元'))).toBe('“以上” 只写了“以上”，没有写金额，请补上数字');
  });

  it('refuses words that contradict each other', () => {
    expect(message(parseApproxMoney('约30万元以上', '万元'))).toContain('既写了“约”又写了“以上”');
  });

  it('names the cell, not its number part, when the number is wrong', () => {
    expect(message(parseApproxMoney('约12.345元', '元'))).toBe(
      '“约12.345元” 的小数位太多：金额只能精确到分（元后最多两位小数）',
    );
    expect(message(parseApproxMoney('约三十万元', '万元'))).toMatch(/^“约三十万元” 不是有效金额：请写数字/);
    expect(message(parseApproxMoney('30万元（暂定）', '万元'))).toMatch(/^“30万元（暂定）” 不是有效金额/);
  });
});

describe('parseApproxCount', () => {
  it.each([
    ['90余人', '人', 90, 'floor'],
    ['60多人', '人', 60, 'floor'],
    ['60多人次', '人次', 60, 'floor'],
    ['约50人', '人', 50, 'approx'],
    ['不少于30人', '人', 30, 'floor'],
    ['30人以上', '人', 30, 'floor'],
    ['30人左右', '人', 30, 'approx'],
    ['20', '人', 20, 'exact'],
    ['20人', '人', 20, 'exact'],
    ['１,２００人', '人', 1200, 'exact'],
    ['约50', '', 50, 'approx'],
  ] as const)('%s (%s) → %i, %s', (raw, suffix, n, qualifier) => {
    expect(value(parseApproxCount(raw, suffix))).toEqual({ value: n, qualifier, text: raw });
  });

  it('refuses fractions, negatives and words', () => {
    expect(message(parseApproxCount('约12.5人', '人'))).toMatch(/^“约12.5人” 不是有效的数：请写整数（单位：人）/);
    expect(message(parseApproxCount('不少于-3人', '人'))).toBe('“不少于-3人” 不能是负数');
    expect(message(parseApproxCount('若干人', '人'))).toMatch(/^“若干人” 不是有效的数/);
    expect(message(parseApproxCount('约', '人'))).toBe('“约” 只写了“约”，没有写人数，请补上数字');
  });
});

describe('parsePlanDate', () => {
  const plan = (date: string, latest: string, precision: string, text: string) => ({ date, latest, precision, text });

  it.each([
    ['2025-12-01', plan('2025-12-01', '2025-12-01', 'day', '2025-12-01')],
    ['2025/12/1', plan('2025-12-01', '2025-12-01', 'day', '2025-12-01')],
    ['2025年12月1日', plan('2025-12-01', '2025-12-01', 'day', '2025-12-01')],
    ['45992', plan('2025-12-01', '2025-12-01', 'day', '2025-12-01')], // Excel serial, as parseDate
    ['2025年12月', plan('2025-12-01', '2025-12-31', 'month', '2025年12月')],
    ['2025-12', plan('2025-12-01', '2025-12-31', 'month', '2025-12')],
    ['2025.12', plan('2025-12-01', '2025-12-31', 'month', '2025.12')],
    ['2024年2月', plan('2024-02-01', '2024-02-29', 'month', '2024年2月')],
    ['2023年9月初', plan('2023-09-01', '2023-09-10', 'part', '2023年9月初')],
    ['2023年9月上旬', plan('2023-09-01', '2023-09-10', 'part', '2023年9月上旬')],
    ['2023年9月中旬', plan('2023-09-11', '2023-09-20', 'part', '2023年9月中旬')],
    ['2023年9月中', plan('2023-09-11', '2023-09-20', 'part', '2023年9月中')],
    ['2023年9月下旬', plan('2023-09-21', '2023-09-30', 'part', '2023年9月下旬')],
    ['2023年9月底', plan('2023-09-21', '2023-09-30', 'part', '2023年9月底')],
    ['2023年2月末', plan('2023-02-21', '2023-02-28', 'part', '2023年2月末')],
    ['2025年底', plan('2025-12-01', '2025-12-31', 'year', '2025年底')],
    ['2025年末', plan('2025-12-01', '2025-12-31', 'year', '2025年末')],
    ['2025年年底', plan('2025-12-01', '2025-12-31', 'year', '2025年年底')],
    ['2025年初', plan('2025-01-01', '2025-03-31', 'year', '2025年初')],
    ['2025年上半年', plan('2025-01-01', '2025-06-30', 'year', '2025年上半年')],
    ['2025年第三季度', plan('2025-07-01', '2025-09-30', 'year', '2025年第三季度')],
    ['2025年', plan('2025-01-01', '2025-12-31', 'year', '2025年')],
    ['２０２５年１２月', plan('2025-12-01', '2025-12-31', 'month', '２０２５年１２月')],
  ])('%s', (raw, expected) => {
    expect(value(parsePlanDate(raw))).toEqual(expected);
  });

  it('takes the default year for a cell without one', () => {
    expect(value(parsePlanDate('3月上旬', 2024))).toEqual(plan('2024-03-01', '2024-03-10', 'part', '3月上旬'));
    expect(value(parsePlanDate('9月', 2023))).toEqual(plan('2023-09-01', '2023-09-30', 'month', '9月'));
    expect(value(parsePlanDate('年底', 2023))).toEqual(plan('2023-12-01', '2023-12-31', 'year', '年底'));
    expect(value(parsePlanDate('9月15日', 2023))).toEqual(plan('2023-09-15', '2023-09-15', 'day', '2023-09-15'));
    expect(value(parsePlanDate('2022年9月', 2023))).toEqual(plan('2022-09-01', '2022-09-30', 'month', '2022年9月'));
  });

  it('asks for the year when there is no default', () => {
    expect(message(parsePlanDate('3月上旬'))).toBe('“3月上旬” 没有写年份，请在前面写上年份，例如“2025年3月上旬”');
    expect(message(parsePlanDate('年底'))).toContain('没有写年份');
  });

  it('warns that 2025.1 may be October with its zero dropped by Excel', () => {
    const r = parsePlanDate('2025.1');
    expect(r).toEqual({
      ok: true,
      value: plan('2025-01-01', '2025-01-31', 'month', '2025.1'),
      warning: '“2025.1” 按 2025年1月 读取；如果是 10 月，请写成“2025年10月”（Excel 会把 2025.10 变成 2025.1）',
    });
  });

  it.each([
    ['2023年13月', '“2023年13月” 的月份 13 不存在，月份只能是 1–12'],
    ['2023-02-29', '“2023-02-29” 不存在：2023年2月没有29日'],
    ['2月30日', '不存在：2024年2月没有30日'],
    ['1850年3月', '年份 1850 不合理'],
    ['明年春天', '“明年春天” 不是可识别的计划时间，请写成 2025-12-01、2025年12月'],
    ['2025年9月上中旬', '不是可识别的计划时间'],
  ])('rejects %s', (raw, msg) => {
    expect(message(parsePlanDate(raw, 2024))).toContain(msg);
  });
});

describe('parseDuration', () => {
  it.each([
    ['11个月', { text: '11个月', months: 11 }],
    ['12 个月', { text: '12 个月', months: 12 }],
    ['三个月', { text: '三个月', months: 3 }],
    ['十二个月', { text: '十二个月', months: 12 }],
    ['90天', { text: '90天', days: 90 }],
    ['90日历天', { text: '90日历天', days: 90 }],
    ['90个日历天', { text: '90个日历天', days: 90 }],
    ['1年', { text: '1年', months: 12 }],
    ['两年', { text: '两年', months: 24 }],
    ['1年半', { text: '1年半', months: 18 }],
    ['半年', { text: '半年', months: 6 }],
    ['2025年12月-2026年11月', { text: '2025年12月-2026年11月', months: 12, from: '2025-12', to: '2026-11' }],
    ['2025年12月至2026年11月', { text: '2025年12月至2026年11月', months: 12, from: '2025-12', to: '2026-11' }],
    ['2025.12—2026.11', { text: '2025.12—2026.11', months: 12, from: '2025-12', to: '2026-11' }],
    ['2025-12-2026-11', { text: '2025-12-2026-11', months: 12, from: '2025-12', to: '2026-11' }],
    ['2025年3月-10月', { text: '2025年3月-10月', months: 8, from: '2025-03', to: '2025-10' }],
    ['2025年5月-5月', { text: '2025年5月-5月', months: 1, from: '2025-05', to: '2025-05' }],
    [
      '2025年12月1日-2026年2月28日',
      { text: '2025年12月1日-2026年2月28日', days: 90, from: '2025-12', to: '2026-02' }, // 31 + 31 + 28
    ],
  ])('%s', (raw, expected) => {
    expect(value(parseDuration(raw))).toEqual(expected);
  });

  it('reads a bare 12月 as twelve months, with a warning', () => {
    expect(parseDuration('12月')).toEqual({
      ok: true,
      value: { text: '12月', months: 12 },
      warning: '“12月” 按 12 个月的工期读取；请写成“12个月”，以免看成月份',
    });
  });

  it.each([
    ['2026年11月-2025年12月', '“2026年11月-2025年12月” 的完工月份 2025-12 早于开工月份 2026-11'],
    ['2025年12月-3月', '完工月份 2025-03 早于开工月份 2025-12'],
    ['2025年12月1日-11月30日', '完工日期 2025-11-30 早于开工日期 2025-12-01，请检查；跨月或跨年时完工日期要写上'],
    ['2025年13月-2026年2月', '月份 13 不存在'],
    ['0天', '“0天” 工期不能是 0'],
    ['36500天', '“36500天” 的工期太长（超过 3650 天），请检查'],
    ['11个月左右', '不是可识别的工期'],
    ['3个半月', '请换算成整月或天数'],
    ['尽快完成', '“尽快完成” 不是可识别的工期，请写成 11个月'],
    ['2025年', '不是可识别的工期'],
  ])('rejects %s', (raw, msg) => {
    expect(message(parseDuration(raw))).toContain(msg);
  });
});

describe('parseNoticePeriod', () => {
  it.each([
    ['2022年9月19日—28日', '2022-09-19', '2022-09-28'],
    ['2022年9月19日——28日', '2022-09-19', '2022-09-28'],
    ['2022年9月19日-2022年9月28日', '2022-09-19', '2022-09-28'],
    ['2022年9月19日至9月28日', '2022-09-19', '2022-09-28'],
    ['2022年9月19日到9月28日', '2022-09-19', '2022-09-28'],
    ['2022.9.19-9.28', '2022-09-19', '2022-09-28'],
    ['2022/9/19~2022/9/28', '2022-09-19', '2022-09-28'],
    ['2022/9/19～2022/9/28', '2022-09-19', '2022-09-28'],
    ['2022-09-19 至 2022-09-28', '2022-09-19', '2022-09-28'],
    ['2022-09-19-2022-09-28', '2022-09-19', '2022-09-28'],
    ['2022-09-19－2022-09-28', '2022-09-19', '2022-09-28'],
    ['2022年12月25日—2023年1月3日', '2022-12-25', '2023-01-03'],
    ['２０２２年９月１９日–２８日', '2022-09-19', '2022-09-28'],
    ['2022年9月28日至9月28日', '2022-09-28', '2022-09-28'],
  ])('%s', (raw, start, end) => {
    expect(value(parseNoticePeriod(raw))).toEqual({ start, end });
  });

  it.each([
    ['2022年9月28日—19日', '“2022年9月28日—19日” 的结束日期 2022-09-19 早于开始日期 2022-09-28，请检查'],
    ['2022年12月25日—1月3日', '结束日期 2022-01-03 早于开始日期 2022-12-25'],
    ['2022年9月19日—31日', '“2022年9月19日—31日” 中的日期不存在：2022年9月没有31日'],
    ['2022年13月1日—5日', '月份 13 不存在'],
    ['2022年9月19日', '“2022年9月19日” 只写了一个日期：公示期要写开始和结束日期'],
    ['9月19日—28日', '不是可识别的公示期'],
    ['五个工作日', '不是可识别的公示期'],
  ])('rejects %s', (raw, msg) => {
    expect(message(parseNoticePeriod(raw))).toContain(msg);
  });
});

describe('parsePhones', () => {
  it.each([
    ['0535-6901234', ['0535-6901234']],
    ['13805351234', ['13805351234']],
    ['12317', ['12317']],
    ['０５３５－６９０１２３４', ['0535-6901234']],
    ['0535—6901234', ['0535-6901234']],
    ['0535 6901234', ['0535-6901234']],
    ['0535-690 1234', ['0535-6901234']],
    ['(0535)6901234', ['0535-6901234']],
    ['（0535）6901234', ['0535-6901234']],
    ['05356901234', ['0535-6901234']],
    ['010-62345678', ['010-62345678']],
    ['02162345678', ['021-62345678']],
    ['138 0535 1234', ['13805351234']],
    ['138-0535-1234', ['13805351234']],
    ['12317 0903-2523158', ['12317', '0903-2523158']],
    ['12317、0903-2523158', ['12317', '0903-2523158']],
    ['0535-6901234，13805351234', ['0535-6901234', '13805351234']],
    ['0535-6901234;13805351234；12345', ['0535-6901234', '13805351234', '12345']],
    ['0535-6901234/6901235', ['0535-6901234', '6901235']],
    ['0535-6901234\n13805351234', ['0535-6901234', '13805351234']],
    ['0535-6901234  0535-6901235', ['0535-6901234', '0535-6901235']],
    ['0535-6901234、05356901234、0535 6901234', ['0535-6901234']],
    ['0535-6901234转123', ['0535-6901234转123']],
    ['0535-6901234 转 123', ['0535-6901234转123']],
    ['0535-6901234-123', ['0535-6901234转123']],
    ['+86 138 0535 1234', ['13805351234']],
    ['400-123-4567', ['400-123-4567']],
  ])('%s', (raw, expected) => {
    expect(value(parsePhones(raw))).toEqual(expected);
  });

  it('gives the numbers the single-number parser accepts in the same form', () => {
    for (const raw of ['0535-6901234', '１３８０５３５１２３４', '12317'])
      expect(value(parsePhones(raw))).toEqual([value(parsePhone(raw))]);
  });

  it.each([
    ['138053512345', '“138053512345” 有 12 位数字：手机号应为 11 位，请检查'],
    ['1380535123', '“1380535123” 有 10 位数字：手机号应为 11 位，请检查'],
    ['0535-6901234、138053512345', '“0535-6901234、138053512345” 中的“138053512345” 有 12 位数字'],
    ['见备注', '“见备注” 不是电话号码：这一栏只填号码，不要写姓名或说明'],
    ['13805351234（张主任）', '不是电话号码：这一栏只填号码'],
    ['0535', '“0535” 不是有效电话号码：手机号写 11 位'],
    ['010-12345678', '不是有效电话号码'], // a local number never starts with 1
    ['6901234 5678', '不是有效电话号码'],
    ['、；', '里没有电话号码'],
  ])('rejects %s', (raw, msg) => {
    expect(message(parsePhones(raw))).toContain(msg);
  });
});

describe('parseTaskList (以工代赈环节)', () => {
  it.each([
    ['土方开挖；砌石；清运', ['土方开挖', '砌石', '清运']],
    ['土方开挖、砌石，清运,绿化;养护', ['土方开挖', '砌石', '清运', '绿化', '养护']],
    ['土方开挖\n\n砌石\n', ['土方开挖', '砌石']],
    ['1.土方开挖；2.砌石', ['土方开挖', '砌石']],
    ['1、土方开挖\n2、砌石', ['土方开挖', '砌石']],
    ['（1）土方开挖（2）砌石', ['土方开挖（2）砌石']], // numbering only counts at the start of an item
    ['（1）土方开挖；（2）砌石', ['土方开挖', '砌石']],
    ['①土方开挖②砌石③清运', ['土方开挖', '砌石', '清运']],
    ['一、土方开挖；二、砌石', ['土方开挖', '砌石']],
    ['砌石；土方开挖；砌石', ['砌石', '土方开挖']],
    ['新建道路1,200米，边沟1.5公里', ['新建道路1,200米', '边沟1.5公里']],
    ['1、2号桥维修；3.排水沟', ['1、2号桥维修', '排水沟']], // 、 between digits lists numbers
    ['  ；  ', []],
  ])('%j', (raw, expected) => {
    expect(value(parseTaskList(raw))).toEqual(expected);
  });
});

describe('cell types', () => {
  const ctx = {} as Parameters<typeof planDate.parse>[1];

  it('describe what they accept', () => {
    expect(approxMoney('万元').describe).toContain('不低于157.50万元');
    expect(approxCount('人').describe).toContain('约50人');
    expect(planDate.describe).toContain('2025年9月上旬');
    expect(duration.describe).toContain('11个月');
    expect(noticePeriod.describe).toContain('2022年9月19日—28日');
    expect(phones.describe).toContain('“、”');
    expect(taskList.describe).toContain('“；”');
  });

  it('parse with the parsers', () => {
    expect(value(approxMoney('万元').parse('约30', ctx))).toEqual({
      fen: 30_000_000,
      qualifier: 'approx',
      text: '约30',
    });
    expect(value(approxCount('人').parse('90余人', ctx))).toEqual({ value: 90, qualifier: 'floor', text: '90余人' });
    expect(planDate.parse('3月上旬', ctx).ok).toBe(false); // no default year through the cell type
    expect(value(duration.parse('90天', ctx))).toEqual({ text: '90天', days: 90 });
    expect(value(noticePeriod.parse('2022.9.19-9.28', ctx))).toEqual({ start: '2022-09-19', end: '2022-09-28' });
    expect(value(phones.parse('12317 0903-2523158', ctx))).toEqual(['12317', '0903-2523158']);
    expect(value(taskList.parse('a、b', ctx))).toEqual(['a', 'b']);
  });
});
