import { describe, expect, it } from 'vitest';
import { NOTICE_LABEL, noticeState } from '../../src/lib/notice.ts';
import { filterAttributes, matches, parseSelection, selectionToSearch } from '../../src/lib/projectFilters.ts';
import { choices } from '../../src/lib/filterChoices.ts';
import { monthStatus } from '../../src/lib/indicators/payoutStatus.ts';
import { divRound } from '../../src/lib/indicators/indicators.ts';
import { daysToPay, isLate } from '../../src/lib/indicators/payTiming.ts';
import { telHref } from '../../src/lib/links.ts';
import { buildDay } from '../../src/lib/site/today.ts';
import { showCount } from '../../src/lib/privacy/display.ts';
import type { Project } from '../../src/schemas/project.ts';

describe('notice state (Asia/Shanghai calendar days)', () => {
  it.each([
    ['2023-05-16', 'upcoming', '公示未开始'],
    ['2023-05-17', 'open', '公示中'],
    ['2023-05-23', 'open', '公示中'],
    ['2023-05-24', 'closed', '公示已结束'],
  ] as const)('on %s a 5/17–5/23 notice is %s', (today, state, label) => {
    expect(noticeState('2023-05-17', '2023-05-23', today)).toBe(state);
    expect(NOTICE_LABEL[state]).toBe(label);
  });
  it('without dates there is no notice', () => {
    expect(noticeState(undefined, undefined, '2023-01-01')).toBe('none');
    expect(NOTICE_LABEL.none).toBe('未公示');
  });
  it('takes the build day from SITE_TODAY, else the clock in Shanghai', () => {
    expect(buildDay({ SITE_TODAY: '2023-05-18' })).toBe('2023-05-18');
    expect(buildDay({}, new Date('2023-05-17T16:30:00Z'))).toBe('2023-05-18'); // 00:30 in Shanghai
  });
});

describe('project filters', () => {
  const p = (year: number, subdistrict: string, sectors: string[], type: string, status: string) =>
    ({ year, subdistrict, sectors, type, status }) as Project;
  const list = [
    p(2023, '解甲庄街道', ['水利基础设施'], '农业农村基础设施项目', '已完工'),
    p(2024, '初家街道', ['交通基础设施', '灾后恢复重建'], '重点工程项目', '实施中'),
    p(2023, '莱山街道', ['乡村旅游'], '本县自定类型', '实施中'),
    p(2025, '莱山街道', ['农业农村基础设施'], '以工代赈示范项目', '谋划'),
  ];

  it('offers the values present, years newest first, names in pinyin order, closed lists in ledger order', () => {
    const c = Object.fromEntries(choices(list).map(({ def, values }) => [def.param, values]));
    expect(c.year).toEqual(['2025', '2024', '2023']);
    expect(c.subdistrict).toEqual(['初家街道', '解甲庄街道', '莱山街道']); // chu < jie < lai
    // National order; a value only this district uses comes after the defaults.
    expect(c.sector).toEqual(['农业农村基础设施', '交通基础设施', '水利基础设施', '灾后恢复重建', '乡村旅游']);
    expect(c.type).toEqual(['农业农村基础设施项目', '重点工程项目', '以工代赈示范项目', '本县自定类型']);
    expect(c.status).toEqual(['谋划', '实施中', '已完工']);
  });
  it('a project with two 行业领域 is found under either', () => {
    const row = filterAttributes(list[1]);
    const values = Object.fromEntries(Object.entries(row).map(([k, v]) => [k.replace('data-', ''), v]));
    expect(matches(values, { sector: '交通基础设施' })).toBe(true);
    expect(matches(values, { sector: '灾后恢复重建' })).toBe(true);
    expect(matches(values, { sector: '水利基础设施' })).toBe(false);
  });
  it('round-trips a selection through the URL in a fixed order', () => {
    const search = selectionToSearch({ sector: '水利', year: '2023' });
    expect(search).toBe('?year=2023&sector=%E6%B0%B4%E5%88%A9');
    expect(parseSelection(search)).toEqual({ year: '2023', sector: '水利' });
    expect(parseSelection('?utm=x&year=')).toEqual({});
  });
  it('matches on every selected field', () => {
    const row = {
      year: '2023',
      subdistrict: '解甲庄街道',
      sector: '水利',
      type: '农业农村基础设施项目',
      status: '已完工',
    };
    expect(matches(row, {})).toBe(true);
    expect(matches(row, { year: '2023', sector: '水利' })).toBe(true);
    expect(matches(row, { year: '2023', sector: '交通' })).toBe(false);
  });
});

describe('payout timing', () => {
  it('counts days from the end of the work month to the pay date', () => {
    expect(daysToPay('2023-05', '2023-06-30')).toBe(30);
    expect(daysToPay('2023-02', '2023-03-01')).toBe(1);
    expect(daysToPay('2024-02', '2024-02-29')).toBe(0);
  });
  it('is late after 30 days, paid or still unpaid on the data date', () => {
    expect(isLate('2023-05', '2023-06-30', '2024-01-01')).toBe(false);
    expect(isLate('2023-05', '2023-07-01', '2024-01-01')).toBe(true);
    expect(isLate('2023-12', undefined, '2024-01-30')).toBe(false);
    expect(isLate('2023-12', undefined, '2024-01-31')).toBe(true);
  });
  it('labels a month for residents', () => {
    expect(monthStatus({ rows: 1, unpaidRows: 0, overdueRows: 0, latePaidRows: 0 })).toBe('onTime');
    expect(monthStatus({ rows: 2, unpaidRows: 0, overdueRows: 0, latePaidRows: 2 })).toBe('late');
    expect(monthStatus({ rows: 2, unpaidRows: 1, overdueRows: 0, latePaidRows: 0 })).toBe('partlyUnpaid');
    expect(monthStatus({ rows: 1, unpaidRows: 1, overdueRows: 0, latePaidRows: 0 })).toBe('unpaid');
    expect(monthStatus({ rows: 2, unpaidRows: 1, overdueRows: 1, latePaidRows: 0 })).toBe('overdue');
  });
  it('rounds 人均 half up in 分', () => {
    expect(divRound(1000, 3)).toBe(333);
    expect(divRound(1001, 2)).toBe(501);
    expect(divRound(5, 0)).toBeUndefined();
  });
});

describe('display of data', () => {
  it('never shows a suppressed count as a number or zero', () => {
    expect(showCount({ suppressed: false, value: 12 })).toBe('12');
    expect(showCount({ suppressed: false, value: 0 })).toBe('0');
    expect(showCount({ suppressed: 'lt5' })).toBe('<5');
    expect(showCount({ suppressed: 'hidden' })).toBe('—');
  });
  it('makes phone links of digits and dashes only', () => {
    expect(telHref('0535-6901234')).toBe('tel:0535-6901234');
    expect(telHref('(0535) 690 1234')).toBe('tel:05356901234');
    expect(telHref('javascript:alert(1)')).toBe('tel:1');
  });
});
