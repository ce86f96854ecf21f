/**
 * Cell parsers: each turns one CSV cell into a typed value or a typed error whose message a clerk can act on.
 * They accept what Chinese Excel really exports (full-width digits, thousands separators, 元/万元 suffixes,
 * several date spellings, Excel serial dates) and reject everything else.
 */

export type Cell<T> = { ok: true; value: T; warning?: string } | { ok: false; message: string };
const ok = <T>(value: T, warning?: string): Cell<T> => (warning ? { ok: true, value, warning } : { ok: true, value });
const fail = (message: string): Cell<never> => ({ ok: false, message });

/** Full-width ASCII (U+FF01–FF5E) and the ideographic space to half-width; 。 and ． to "." */
const WIDE = /[\uFF01-\uFF5E\u3000。．]/;
export function toHalfWidth(s: string): string {
  if (!WIDE.test(s)) return s; // the common case, checked cheaply: ledgers have millions of cells
  return s
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .replace(/[。．]/g, '.');
}

/** `U+001B`: how messages name a character. */
export const codePointName = (cp: number) => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * What a cell may not keep as it stands: C0/C1 controls (line breaks included), non-breaking and zero-width
 * spaces, bidi marks and overrides, other invisible format characters, non-characters and surrogates.
 * Everything else passes untouched, and a cell with none of these only has its ends trimmed.
 */
const SPECIAL =
  /[\x00-\x1f\x7f-\x9f\u00a0\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ufffe\uffff\ud800-\udfff]/;

type Kind = 'keep' | 'cr' | 'nbsp' | 'tab' | 'break' | 'zero' | 'bidi' | 'control' | 'invalid';

function kindOf(cp: number): Kind {
  if (cp === 10) return 'keep';
  if (cp === 13) return 'cr';
  if (cp === 9) return 'tab';
  if (cp === 0x0b || cp === 0x2028 || cp === 0x2029) return 'break';
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  if (cp === 0xa0) return 'nbsp';
  if ((cp >= 0x200b && cp <= 0x200d) || cp === 0x2060 || cp === 0xfeff) return 'zero';
  if (
    cp === 0x061c ||
    cp === 0x200e ||
    cp === 0x200f ||
    (cp >= 0x202a && cp <= 0x202e) ||
    (cp >= 0x2066 && cp <= 0x2069)
  )
    return 'bidi';
  if ((cp >= 0x2061 && cp <= 0x206f) || (cp >= 0xfff9 && cp <= 0xfffb) || (cp >= 0xe0000 && cp <= 0xe007f))
    return 'control';
  if (cp === 0xfffe || cp === 0xffff || (cp >= 0xd800 && cp <= 0xdfff)) return 'invalid';
  return 'keep';
}

const BREAK_NAME: Record<number, string> = { 0x0b: '从 Word 复制来的换行符', 0x2028: '行分隔符', 0x2029: '段分隔符' };

/** A problem with one character of a cell: an error keeps the cell from being used, a warning says what was changed. */
export interface CellNote {
  error: boolean;
  message: string;
}

export interface CleanCell {
  text: string;
  notes: readonly CellNote[];
}

const NO_NOTES: readonly CellNote[] = Object.freeze([]);

/** True when a cell needs nothing but trimming: the fast path for the millions of ordinary cells. */
export const isPlain = (raw: string): boolean => !SPECIAL.test(raw);

/** SPECIAL, or white space that String.prototype.trim removes (line terminators are in SPECIAL). */
const SPECIAL_OR_SPACE = new RegExp(`${SPECIAL.source.slice(0, -1)} \\u1680\\u2000-\\u200a\\u202f\\u205f\\u3000]`);
/** True when every cell of this text is already clean: cleanCell would return each one unchanged. */
export const isClean = (text: string): boolean => !SPECIAL_OR_SPACE.test(text);

/**
 * The one cleaning step every cell (and every site.json string) goes through. Silently: ends trimmed, CR and
 * CRLF inside a cell become \n, non-breaking spaces become spaces. With a warning: tabs become spaces,
 * zero-width spaces and BOMs are removed, and Word's vertical-tab line break (or U+2028/2029) becomes a line
 * break in a `multiline` column and a space elsewhere. Rejected (an error naming the character and its
 * position): every other control character, bidi marks/overrides/isolates, non-characters.
 */
export function cleanCell(raw: string, multiline = false): CleanCell {
  if (!SPECIAL.test(raw)) return { text: raw.trim(), notes: NO_NOTES };
  let text = '';
  let pos = 0; // 1-based character (code point) position in the raw cell
  let firstError: { pos: number; cp: number; kind: Kind } | undefined;
  let errors = 0;
  const changed = new Map<Kind, { pos: number; cp: number; n: number }>();
  for (let i = 0; i < raw.length;) {
    const cp = raw.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    const ch = raw.slice(i, i + len);
    i += len;
    pos++;
    const kind = kindOf(cp);
    if (kind === 'keep') text += ch;
    else if (kind === 'cr') text += raw.charCodeAt(i) === 10 ? '' : '\n';
    else if (kind === 'nbsp') text += ' ';
    else if (kind === 'tab' || kind === 'break' || kind === 'zero') {
      text += kind === 'zero' ? '' : kind === 'break' && multiline ? '\n' : ' ';
      const c = changed.get(kind);
      if (c) c.n++;
      else changed.set(kind, { pos, cp, n: 1 });
    } else {
      text += ch;
      errors++;
      firstError ??= { pos, cp, kind };
    }
  }
  const notes: CellNote[] = [];
  if (firstError) {
    const { pos: at, cp, kind } = firstError;
    const what = kind === 'bidi' ? '不可见的文字方向控制字符' : kind === 'invalid' ? '无效字符' : '不可见的控制字符';
    const more = errors > 1 ? `（这一格共有 ${errors} 个要删除的字符）` : '';
    notes.push({ error: true, message: `第 ${at} 个字符是${what} ${codePointName(cp)}，请删除${more}` });
  }
  for (const [kind, { pos: at, cp, n }] of changed) {
    const more = n > 1 ? `（这一格共 ${n} 个）` : '';
    const message =
      kind === 'tab'
        ? `第 ${at} 个字符是制表符（Tab），已替换为空格${more}`
        : kind === 'zero'
          ? `已删除第 ${at} 个字符：不可见的零宽字符 ${codePointName(cp)}${more}`
          : `第 ${at} 个字符是${BREAK_NAME[cp]} ${codePointName(cp)}，${multiline ? '已按换行处理' : '这一栏不换行，已替换为空格'}${more}`;
    notes.push({ error: false, message });
  }
  return { text: text.trim(), notes };
}

/** A cell's text as the parsers see it: cleaned, notes dropped (they are reported once, when the row is read). */
export function cleanText(s: string): string {
  return isPlain(s) ? s.trim() : cleanCell(s).text;
}

/** Normalised form of a number or date cell. */
function numeric(raw: string): string {
  return toHalfWidth(cleanText(raw)).replace(/\s+/g, '');
}

const quote = (raw: string) => `“${cleanText(raw)}”`;

/**
 * Fast path for the cells nearly every row has: ASCII digits with at most one "." and at most `scale` fraction
 * digits, small enough to be exact in a double. Gives what decimalToScaled gives, or undefined for anything else.
 */
function plainDecimal(s: string, scale: number): number | undefined {
  const n = s.length;
  if (n === 0 || n > 15) return undefined;
  let int = 0;
  let i = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) break;
    int = int * 10 + c;
  }
  if (i === 0) return undefined;
  let frac = 0;
  let digits = 0;
  if (i < n) {
    if (s.charCodeAt(i) !== 46 || i === n - 1 || n - i - 1 > scale) return undefined;
    for (i++; i < n; i++, digits++) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) return undefined;
      frac = frac * 10 + c;
    }
  }
  for (; digits < scale; digits++) frac *= 10;
  const v = int * 10 ** scale + frac;
  return Number.isSafeInteger(v) ? v : undefined;
}

/**
 * A decimal with at most `scale` fraction digits as an exact integer of 10^-scale units.
 * "1,234.5" with scale 2 → 123450. No floating point anywhere.
 */
function decimalToScaled(s: string, scale: number): bigint | 'bad' | 'precision' {
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return 'bad';
  const neg = s.startsWith('-');
  const [int, frac = ''] = s.replace(/^-/, '').replace(/,/g, '').split('.');
  if (frac.replace(/0+$/, '').length > scale) return 'precision';
  const units = BigInt(int + frac.padEnd(scale, '0').slice(0, scale));
  return neg ? -units : units;
}

export type MoneyUnit = '元' | '万元';

/**
 * Money to integer 分. `unit` is the column's unit; a cell may carry its own 元/万元 suffix
 * (then it wins, as the clerk said so), a leading ¥/￥, and thousands separators.
 */
export function parseMoney(raw: string, unit: MoneyUnit): Cell<number> {
  const plain = plainDecimal(raw, unit === '元' ? 2 : 6);
  if (plain !== undefined) return { ok: true, value: plain };
  let s = numeric(raw)
    .replace(/^[¥￥]/, '')
    .replace(/^RMB/i, '');
  let cellUnit: MoneyUnit = unit;
  const m = /(万元|万|元)$/.exec(s);
  if (m) {
    cellUnit = m[1] === '元' ? '元' : '万元';
    s = s.slice(0, -m[1].length);
  }
  const scale = cellUnit === '元' ? 2 : 6;
  const v = decimalToScaled(s, scale);
  if (v === 'bad')
    return fail(
      `${quote(raw)} 不是有效金额，请只填数字（单位：${unit}），例如 ${unit === '元' ? '3300 或 3,300.50' : '12.5'}`,
    );
  if (v === 'precision')
    return fail(
      `${quote(raw)} 的小数位太多：金额只能精确到分（${cellUnit === '元' ? '元后最多两位小数' : '万元后最多六位小数'}）`,
    );
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER))
    return fail(`${quote(raw)} 金额过大，请检查单位`);
  return ok(Number(v));
}

/** A whole count such as 计划用工人数; accepts "12", "１２", "1,200", "12人". */
export function parseCount(raw: string, suffix = ''): Cell<number> {
  const plain = plainDecimal(raw, 0);
  if (plain !== undefined && plain <= 1_000_000_000) return { ok: true, value: plain };
  let s = numeric(raw);
  if (suffix && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  const v = decimalToScaled(s, 0);
  if (v === 'bad' || v === 'precision')
    return fail(`${quote(raw)} 不是有效的整数，请只填数字${suffix ? `（单位：${suffix}）` : ''}`);
  if (v < 0n) return fail(`${quote(raw)} 不能是负数`);
  if (v > 1_000_000_000n) return fail(`${quote(raw)} 数值过大，请检查`);
  return ok(Number(v));
}

/** A decimal with up to `scale` places as an integer of 10^-scale units (务工天数 in 0.01 days). */
export function parseScaled(raw: string, scale: number, suffix = ''): Cell<number> {
  const plain = plainDecimal(raw, scale);
  if (plain !== undefined && plain <= 1_000_000_000) return { ok: true, value: plain };
  let s = numeric(raw);
  if (suffix && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  const v = decimalToScaled(s, scale);
  if (v === 'bad') return fail(`${quote(raw)} 不是有效的数字，请只填数字${suffix ? `（单位：${suffix}）` : ''}`);
  if (v === 'precision') return fail(`${quote(raw)} 最多保留 ${scale} 位小数`);
  if (v > 1_000_000_000n) return fail(`${quote(raw)} 数值过大，请检查`);
  return ok(Number(v));
}

export function daysInMonth(year: number, month: number): number {
  if (month >= 1 && month <= 12 && year >= 100 && Number.isInteger(year) && Number.isInteger(month))
    return month === 2 ? (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28) : MONTH_DAYS[month];
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days of each month of a common year, by month number (1–12). */
const MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/**
 * Excel's day 1 is 1900-01-01 and it counts a 1900-02-29 that never was;
 * serials above 60 are days since 1899-12-30.
 */
export function excelSerialToIso(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** `YYYY-MM-DD` (length 10) or `YYYY-MM` (length 7): ASCII digits with "-" at 4 and 7. */
function isIsoShape(s: string, length: number): boolean {
  for (let i = 0; i < length; i++) {
    const c = s.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/** The number written by the ASCII digits of s[from, to). */
function digits(s: string, from: number, to: number): number {
  let v = 0;
  for (let i = from; i < to; i++) v = v * 10 + s.charCodeAt(i) - 48;
  return v;
}

const DATE_HELP = '请写成 2023-05-01、2023/5/1 或 2023年5月1日';

/** A calendar date → ISO `YYYY-MM-DD`. Accepts -, /, ., 年月日, an optional 00:00 time, and Excel serial numbers. */
export function parseDate(raw: string): Cell<string> {
  if (raw.length === 10 && isIsoShape(raw, 10)) {
    const y = digits(raw, 0, 4);
    const mo = digits(raw, 5, 7);
    const d = digits(raw, 8, 10);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo) && y >= 1990 && y <= 2100)
      return { ok: true, value: raw };
  }
  // Excel appends " 0:00" to dates it recognised; drop the time before spaces go, or "5/1 0:00" reads as "5/10".
  const s = toHalfWidth(cleanText(raw))
    .replace(/\s+\d{1,2}:\d{2}(:\d{2})?$/, '')
    .replace(/\s+/g, '');
  let m = /^(\d{4})(?:[-/.](\d{1,2})[-/.](\d{1,2})|年(\d{1,2})月(\d{1,2})日?)$/.exec(s);
  if (!m && /^\d{8}$/.test(s)) m = /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2] ?? m[4]);
    const d = Number(m[3] ?? m[5]);
    if (mo < 1 || mo > 12) return fail(`${quote(raw)} 的月份 ${mo} 不存在`);
    if (d < 1 || d > daysInMonth(y, mo)) return fail(`${quote(raw)} 不存在：${y}年${mo}月没有${d}日`);
    if (y < 1990 || y > 2100) return fail(`${quote(raw)} 的年份不合理，${DATE_HELP}`);
    return ok(iso(y, mo, d));
  }
  if (/^\d{5}(\.0+)?$/.test(s)) {
    const serial = Number.parseInt(s, 10);
    if (serial >= 32874 && serial <= 73051) return ok(excelSerialToIso(serial)); // 1990–2099
  }
  return fail(`${quote(raw)} 不是有效日期，${DATE_HELP}`);
}

/** A work month → `YYYY-MM`. Accepts 2023-05, 2023/5, 2023.05, 2023年5月, 202305, and full dates Excel made of them. */
export function parseMonth(raw: string): Cell<string> {
  if (raw.length === 7 && isIsoShape(raw, 7)) {
    const y = digits(raw, 0, 4);
    const mo = digits(raw, 5, 7);
    if (mo >= 1 && mo <= 12 && y >= 1990 && y <= 2100) return { ok: true, value: raw };
  }
  const s = numeric(raw);
  const m = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})月?|(\d{2}))$/.exec(s);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2] ?? m[3] ?? m[4]);
    if (mo < 1 || mo > 12) return fail(`${quote(raw)} 的月份 ${mo} 不存在，月份只能是 1–12`);
    if (y < 1990 || y > 2100) return fail(`${quote(raw)} 的年份不合理，请写成 2023-05`);
    return ok(`${y}-${pad(mo)}`);
  }
  const d = parseDate(raw);
  if (d.ok) return ok(d.value.slice(0, 7));
  return fail(`${quote(raw)} 不是有效月份，请写成 2023-05 或 2023年5月`);
}

/** One of a closed list; tolerant of spaces and full-width characters around it. */
export function parseOption<T extends string>(raw: string, options: readonly T[]): Cell<T> {
  const s = cleanText(raw).replace(/\s+/g, '');
  const hit = options.find((o) => o === s || o === toHalfWidth(s));
  if (hit) return ok(hit);
  return fail(`${quote(raw)} 不是可选的值，只能填：${options.join('、')}`);
}

/** Cyrillic and Greek letters that look like Latin ones, as pasted from Word or a PDF. */
const LOOKALIKE: Record<string, string> = {
  А: 'A',
  В: 'B',
  С: 'C',
  Е: 'E',
  Н: 'H',
  І: 'I',
  Ј: 'J',
  К: 'K',
  М: 'M',
  О: 'O',
  Р: 'P',
  Ѕ: 'S',
  Т: 'T',
  Х: 'X',
  Ү: 'Y',
  а: 'a',
  е: 'e',
  і: 'i',
  ј: 'j',
  о: 'o',
  р: 'p',
  с: 'c',
  ѕ: 's',
  х: 'x',
  у: 'y',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  ν: 'v',
  ρ: 'p',
  κ: 'k',
  ι: 'i',
  υ: 'u',
  α: 'a',
};
const CODE = /^[A-Za-z0-9-]{1,64}$/;
const DASHES = /[\u2010-\u2015\u2212\u30fc\ufe58\ufe63\u2e3a\u2e3b]/;

/**
 * 项目编号 / 人员编号 / 班期编号: English letters, digits and "-". The cell arrives trimmed. Full-width letters,
 * digits and "－" are converted with a warning saying what the id became; a space inside, a Cyrillic or Greek
 * look-alike letter or a dash that is not "-" is an error pointing at the character. `label` names the id.
 */
export function parseCode(raw: string, label = '编号'): Cell<string> {
  const s = cleanText(raw);
  if (CODE.test(s)) return { ok: true, value: s };
  let pos = 0;
  for (const ch of s) {
    pos++;
    const at = `“${s}” 第 ${pos} 个字符`;
    if (/\s/.test(ch)) return fail(`${at}是${ch === '\n' ? '换行' : '空格'}：${label}中间不能有空格或换行，请删除`);
    const script = /\p{Script=Cyrillic}/u.test(ch) ? '西里尔字母' : /\p{Script=Greek}/u.test(ch) ? '希腊字母' : '';
    if (script) {
      const latin = LOOKALIKE[ch];
      const like = latin ? `，看起来像英文字母 ${latin}` : '';
      return fail(`${at}“${ch}”是${script}（${codePointName(ch.codePointAt(0)!)}）${like}，请改用英文字母`);
    }
    if (DASHES.test(ch)) return fail(`${at}“${ch}”不是英文连字符，请改用英文的“-”`);
  }
  const half = toHalfWidth(s);
  if (!CODE.test(half)) return fail(`${quote(raw)} 不是有效编号：只能用英文字母、数字和“-”，不能有空格或汉字`);
  return ok(half, half === s ? undefined : `${label}“${s}”已按半角写作“${half}”`);
}

/** A phone number as published or kept: digits with optional -, spaces, parentheses; 5 to 20 characters. */
export function parsePhone(raw: string): Cell<string> {
  const s = toHalfWidth(cleanText(raw)).replace(/[（）]/g, (c) => (c === '（' ? '(' : ')'));
  const digits = s.replace(/\D/g, '');
  if (/^[0-9()\- ]+$/.test(s) && digits.length >= 5 && digits.length <= 15) return ok(s.replace(/\s+/g, ' '));
  return fail(`${quote(raw)} 不是有效电话号码，例如 13800000000 或 0123-4567890`);
}
