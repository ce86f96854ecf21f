import { describe, expect, it } from 'vitest';
import {
  cleanCell,
  excelSerialToIso,
  parseCode,
  parseCount,
  parseDate,
  parseMoney,
  parseMonth,
  parseOption,
  parsePhone,
  parseScaled,
} from '../../src/lib/ingest/cells.ts';

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
  it('rejects Chinese in codes', () => {
    expect(parseCode('项目1').ok).toBe(false);
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

describe('ids (项目编号, 人员编号, 班期编号)', () => {
  const message = (r: ReturnType<typeof parseCode>) => (r.ok ? `OK ${r.value}` : r.message);

  it('converts full-width letters, digits and hyphen with a warning that says what the id became', () => {
    expect(parseCode('ＬＳ２０２３－００１', '项目编号')).toEqual({
      ok: true,
      value: 'LS2023-001',
      warning: '项目编号“ＬＳ２０２３－００１”已按半角写作“LS2023-001”',
    });
    expect(parseCode('W０１', '人员编号')).toEqual({
      ok: true,
      value: 'W01',
      warning: '人员编号“W０１”已按半角写作“W01”',
    });
  });

  it('trims the ends silently (Excel noise), with no warning', () => {
    expect(parseCode('  LS2023-001 \u3000', '项目编号')).toEqual({ ok: true, value: 'LS2023-001' });
  });

  it('refuses a space or a line break inside, pointing at it', () => {
    expect(message(parseCode('LS 2023', '项目编号'))).toBe(
      '“LS 2023” 第 3 个字符是空格：项目编号中间不能有空格或换行，请删除',
    );
    expect(message(parseCode('LS\u30002023', '项目编号'))).toBe(
      '“LS\u30002023” 第 3 个字符是空格：项目编号中间不能有空格或换行，请删除',
    );
    expect(message(parseCode('LS\n2023', '班期编号'))).toBe(
      '“LS\n2023” 第 3 个字符是换行：班期编号中间不能有空格或换行，请删除',
    );
  });

  it('names a Cyrillic or Greek look-alike letter, its position and its code', () => {
    expect(message(parseCode('LС2023-001', '项目编号'))).toBe(
      '“LС2023-001” 第 2 个字符“С”是西里尔字母（U+0421），看起来像英文字母 C，请改用英文字母',
    );
    expect(message(parseCode('W-0о1'))).toBe(
      '“W-0о1” 第 4 个字符“о”是西里尔字母（U+043E），看起来像英文字母 o，请改用英文字母',
    );
    expect(message(parseCode('Ρ-1'))).toBe(
      '“Ρ-1” 第 1 个字符“Ρ”是希腊字母（U+03A1），看起来像英文字母 P，请改用英文字母',
    );
    expect(message(parseCode('Ж-1'))).toBe('“Ж-1” 第 1 个字符“Ж”是西里尔字母（U+0416），请改用英文字母');
  });

  it('refuses a dash that is not "-"', () => {
    expect(message(parseCode('LS2023–001'))).toBe('“LS2023–001” 第 7 个字符“–”不是英文连字符，请改用英文的“-”');
  });
});

describe('cell cleaning: control and invisible characters', () => {
  const notes = (raw: string, multiline = false) => {
    const c = cleanCell(raw, multiline);
    return [c.text, ...c.notes.map((n) => `${n.error ? 'ERR' : 'WARN'} ${n.message}`)];
  };

  it('passes ordinary text, trimming the ends and turning CR/CRLF and NBSP silently', () => {
    expect(notes('  于家汤村 ')).toEqual(['于家汤村']);
    expect(notes('a\r\nb\rc\r\n')).toEqual(['a\nb\nc']);
    expect(notes('a\u00a0b')).toEqual(['a b']);
    expect(notes('𠮷䶮村')).toEqual(['𠮷䶮村']);
  });

  it.each([
    ['ESC', 'abcd\x1b[31m红', '第 5 个字符是不可见的控制字符 U+001B，请删除'],
    ['NUL', '\x00道路', '第 1 个字符是不可见的控制字符 U+0000，请删除'],
    ['form feed', '道\x0c路', '第 2 个字符是不可见的控制字符 U+000C，请删除'],
    ['DEL', '道\x7f路', '第 2 个字符是不可见的控制字符 U+007F，请删除'],
    ['C1 CSI', '道\x9b路', '第 2 个字符是不可见的控制字符 U+009B，请删除'],
    ['right-to-left override', '工程\u202e1202', '第 3 个字符是不可见的文字方向控制字符 U+202E，请删除'],
    ['left-to-right embedding', '\u202a工程', '第 1 个字符是不可见的文字方向控制字符 U+202A，请删除'],
    [
      'first-strong isolate',
      '工程\u2068x\u2069',
      '第 3 个字符是不可见的文字方向控制字符 U+2068，请删除（这一格共有 2 个要删除的字符）',
    ],
    ['right-to-left mark', '工程\u200f', '第 3 个字符是不可见的文字方向控制字符 U+200F，请删除'],
    ['left-to-right mark', '\u200e工程', '第 1 个字符是不可见的文字方向控制字符 U+200E，请删除'],
    ['a non-character', '工程\uffff', '第 3 个字符是无效字符 U+FFFF，请删除'],
    ['an invisible tag character', '工程\u{e0041}', '第 3 个字符是不可见的控制字符 U+E0041，请删除'],
  ])('rejects %s, naming its position and code', (_name, raw, message) => {
    const c = cleanCell(raw);
    expect(c.notes).toEqual([{ error: true, message }]);
  });

  it('counts positions in characters, not UTF-16 units', () => {
    expect(cleanCell('𠮷𠮷\x1b').notes[0].message).toBe('第 3 个字符是不可见的控制字符 U+001B，请删除');
  });

  it('removes zero-width spaces and BOMs with a warning', () => {
    expect(notes('项目\u200b名称')).toEqual(['项目名称', 'WARN 已删除第 3 个字符：不可见的零宽字符 U+200B']);
    expect(notes('\ufeff项目\ufeff')).toEqual([
      '项目',
      'WARN 已删除第 1 个字符：不可见的零宽字符 U+FEFF（这一格共 2 个）',
    ]);
  });

  it('turns a tab into a space with a warning', () => {
    expect(notes('解甲庄\t街道')).toEqual(['解甲庄 街道', 'WARN 第 4 个字符是制表符（Tab），已替换为空格']);
  });

  it("reads Word's vertical-tab line break as a line break in a multi-line column, a space elsewhere", () => {
    expect(notes('河道清淤\x0b护岸砌筑', true)).toEqual([
      '河道清淤\n护岸砌筑',
      'WARN 第 5 个字符是从 Word 复制来的换行符 U+000B，已按换行处理',
    ]);
    expect(notes('河道清淤\x0b护岸砌筑')).toEqual([
      '河道清淤 护岸砌筑',
      'WARN 第 5 个字符是从 Word 复制来的换行符 U+000B，这一栏不换行，已替换为空格',
    ]);
    expect(notes('a\u2028b', true)).toEqual(['a\nb', 'WARN 第 2 个字符是行分隔符 U+2028，已按换行处理']);
  });

  it('reports an error and a warning in the same cell', () => {
    expect(notes('\t\x1b')).toEqual([
      '\x1b',
      'ERR 第 2 个字符是不可见的控制字符 U+001B，请删除',
      'WARN 第 1 个字符是制表符（Tab），已替换为空格',
    ]);
  });
});
