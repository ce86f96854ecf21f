import { describe, expect, it } from 'vitest';
import { excelSerialToIso, parseCode, parseCount, parseDate, parseMoney, parseMonth, parseOption, parsePhone, parseScaled } from '../../src/lib/ingest/cells.ts';

const value = <T>(r: { ok: true; value: T } | { ok: false; message: string }) => (r.ok ? r.value : `ERR ${r.message}`);

describe('parseMoney to integer 分', () => {
  it.each([
    ['3300', '元', 330000],
    ['3,300.50', '元', 330050],
    ['３３００．５', '元', 330050],
    ['¥1,234.56', '元', 123456],
    ['1500元', '元', 150000],
    ['0.01', '元', 1],
    ['12.5', '万元', 12_500_000], // 1 万元 = 10,000 元 = 1,000,000 分
    ['276.50', '万元', 276_500_000],
    ['1,200.000001', '万元', 1_200_000_001],
    ['12万元', '元', 12_000_000],
    ['120000元', '万元', 12_000_000],
  ] as const)('%s (%s) → %i 分', (raw, unit, fen) => {
    expect(value(parseMoney(raw, unit))).toBe(fen);
  });

  it('keeps sums exact where floating point would not', () => {
    const a = value(parseMoney('0.1', '元')) as number;
    const b = value(parseMoney('0.2', '元')) as number;
    expect(a + b).toBe(value(parseMoney('0.3', '元')));
  });

  it.each(['3,3OO', 'abc', '12.345', '1,23', ''])('rejects %j', (raw) => {
    const r = parseMoney(raw, '元');
    expect(r.ok).toBe(false);
  });

  it('explains a letter O typed for a zero', () => {
    const r = parseMoney('3,3OO', '元');
    expect(r.ok ? '' : r.message).toBe('“3,3OO” 不是有效金额，请只填数字（单位：元），例如 3300 或 3,300.50');
  });
});

describe('parseDate to ISO', () => {
  it.each([
    ['2023-05-01', '2023-05-01'],
    ['2023/5/1', '2023-05-01'],
    ['2023.5.1', '2023-05-01'],
    ['2023年5月1日', '2023-05-01'],
    ['２０２３年５月１日', '2023-05-01'],
    ['2023/5/12 0:00', '2023-05-12'],
    ['2023/5/1 0:00', '2023-05-01'],
    ['20230501', '2023-05-01'],
    ['45047', '2023-05-01'], // Excel serial
    ['2024-02-29', '2024-02-29'],
  ])('%s → %s', (raw, iso) => expect(value(parseDate(raw))).toBe(iso));

  it.each([
    ['2023-02-29', '不存在'],
    ['2023-13-01', '月份 13 不存在'],
    ['2023/4/31', '不存在'],
    ['下周一', '不是有效日期'],
  ])('rejects %s', (raw, msg) => {
    const r = parseDate(raw);
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.message).toContain(msg);
  });

  it('counts Excel serial days from 1899-12-30 (Excel treats 1900 as a leap year)', () => {
    expect(excelSerialToIso(1)).toBe('1899-12-31'); // only serials after 60 are used; 1990+ are accepted
    expect(excelSerialToIso(43831)).toBe('2020-01-01');
  });
});

describe('parseMonth', () => {
  it.each([
    ['2023-05', '2023-05'],
    ['2023/5', '2023-05'],
    ['2023年5月', '2023-05'],
    ['202305', '2023-05'],
    ['2023-05-01', '2023-05'],
    ['２０２３－０５', '2023-05'],
  ])('%s → %s', (raw, m) => expect(value(parseMonth(raw))).toBe(m));

  it('rejects a month that does not exist', () => {
    const r = parseMonth('2023-13');
    expect(r.ok ? '' : r.message).toContain('月份 13 不存在');
  });
});

describe('counts, codes, options, phones', () => {
  it('reads full-width and suffixed counts', () => {
    expect(value(parseCount('１２'))).toBe(12);
    expect(value(parseCount('12人', '人'))).toBe(12);
    expect(value(parseCount('1,200'))).toBe(1200);
    expect(parseCount('12.5').ok).toBe(false);
    expect(parseCount('-3').ok).toBe(false);
  });
  it('reads days in hundredths', () => {
    expect(value(parseScaled('20.5', 2))).toBe(2050);
    expect(value(parseScaled('２０．５天', 2, '天'))).toBe(2050);
    expect(parseScaled('1.234', 2).ok).toBe(false);
  });
  it('normalises codes and rejects Chinese in them', () => {
    expect(value(parseCode('ＬＳ２０２３－００１'))).toBe('LS2023-001');
    expect(parseCode('项目1').ok).toBe(false);
    expect(parseCode('LS 2023').ok).toBe(true); // inner spaces from copy-paste are dropped
    expect(value(parseCode('LS 2023'))).toBe('LS2023');
  });
  it('accepts only listed options', () => {
    expect(value(parseOption(' 水利 ', ['交通', '水利']))).toBe('水利');
    const r = parseOption('水务', ['交通', '水利']);
    expect(r.ok ? '' : r.message).toBe('“水务” 不是可选的值，只能填：交通、水利');
  });
  it('accepts mobile and landline numbers', () => {
    expect(value(parsePhone('0535-6901234'))).toBe('0535-6901234');
    expect(value(parsePhone('１３８０５３５１２３４'))).toBe('13805351234');
    expect(value(parsePhone('12317'))).toBe('12317');
    expect(parsePhone('见备注').ok).toBe(false);
  });
});
