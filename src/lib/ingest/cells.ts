/**
 * Cell parsers: each turns one CSV cell into a typed value or a typed error whose message a clerk can act on.
 * They accept what Chinese Excel really exports (full-width digits, thousands separators, 元/万元 suffixes,
 * several date spellings, Excel serial dates) and reject everything else.
 */

export type Cell<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): Cell<T> => ({ ok: true, value });
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

/** Trim, drop zero-width and non-breaking spaces Excel and WeChat copy-paste leave behind; keep inner line breaks as \n. */
const UNCLEAN = /[\r\u200B-\u200D\uFEFF\u00A0]/;
export function cleanText(s: string): string {
  if (!UNCLEAN.test(s)) return s.trim();
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\u00A0/g, ' ')
    .trim();
}

/** Normalised form of a number or date cell. */
function numeric(raw: string): string {
  return toHalfWidth(cleanText(raw)).replace(/\s+/g, '');
}

const quote = (raw: string) => `“${cleanText(raw)}”`;

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
  let s = numeric(raw).replace(/^[¥￥]/, '').replace(/^RMB/i, '');
  let cellUnit: MoneyUnit = unit;
  const m = /(万元|万|元)$/.exec(s);
  if (m) {
    cellUnit = m[1] === '元' ? '元' : '万元';
    s = s.slice(0, -m[1].length);
  }
  const scale = cellUnit === '元' ? 2 : 6;
  const v = decimalToScaled(s, scale);
  if (v === 'bad') return fail(`${quote(raw)} 不是有效金额，请只填数字（单位：${unit}），例如 ${unit === '元' ? '3300 或 3,300.50' : '12.5'}`);
  if (v === 'precision')
    return fail(`${quote(raw)} 的小数位太多：金额只能精确到分（${cellUnit === '元' ? '元后最多两位小数' : '万元后最多六位小数'}）`);
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < -BigInt(Number.MAX_SAFE_INTEGER)) return fail(`${quote(raw)} 金额过大，请检查单位`);
  return ok(Number(v));
}

/** A whole count such as 计划用工人数; accepts "12", "１２", "1,200", "12人". */
export function parseCount(raw: string, suffix = ''): Cell<number> {
  let s = numeric(raw);
  if (suffix && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  const v = decimalToScaled(s, 0);
  if (v === 'bad' || v === 'precision') return fail(`${quote(raw)} 不是有效的整数，请只填数字${suffix ? `（单位：${suffix}）` : ''}`);
  if (v < 0n) return fail(`${quote(raw)} 不能是负数`);
  if (v > 1_000_000_000n) return fail(`${quote(raw)} 数值过大，请检查`);
  return ok(Number(v));
}

/** A decimal with up to `scale` places as an integer of 10^-scale units (务工天数 in 0.01 days). */
export function parseScaled(raw: string, scale: number, suffix = ''): Cell<number> {
  let s = numeric(raw);
  if (suffix && s.endsWith(suffix)) s = s.slice(0, -suffix.length);
  const v = decimalToScaled(s, scale);
  if (v === 'bad') return fail(`${quote(raw)} 不是有效的数字，请只填数字${suffix ? `（单位：${suffix}）` : ''}`);
  if (v === 'precision') return fail(`${quote(raw)} 最多保留 ${scale} 位小数`);
  if (v > 1_000_000_000n) return fail(`${quote(raw)} 数值过大，请检查`);
  return ok(Number(v));
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/** Excel's day 1 is 1900-01-01 and it counts a 1900-02-29 that never was; serials above 60 are days since 1899-12-30. */
export function excelSerialToIso(serial: number): string {
  const d = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const DATE_HELP = '请写成 2023-05-01、2023/5/1 或 2023年5月1日';

/** A calendar date → ISO `YYYY-MM-DD`. Accepts -, /, ., 年月日, an optional 00:00 time, and Excel serial numbers. */
export function parseDate(raw: string): Cell<string> {
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

/** 项目编号 / 人员编号 / 班期编号: letters, digits and "-", full-width accepted. */
export function parseCode(raw: string): Cell<string> {
  const s = toHalfWidth(cleanText(raw)).replace(/\s+/g, '');
  if (/^[A-Za-z0-9-]{1,64}$/.test(s)) return ok(s);
  return fail(`${quote(raw)} 不是有效编号：只能用英文字母、数字和“-”，不能有空格或汉字`);
}

/** A phone number as published or kept: digits with optional -, spaces, parentheses; 5 to 20 characters. */
export function parsePhone(raw: string): Cell<string> {
  const s = toHalfWidth(cleanText(raw)).replace(/[（）]/g, (c) => (c === '（' ? '(' : ')'));
  const digits = s.replace(/\D/g, '');
  if (/^[0-9()\- ]+$/.test(s) && digits.length >= 5 && digits.length <= 15) return ok(s.replace(/\s+/g, ' '));
  return fail(`${quote(raw)} 不是有效电话号码，例如 13805351234 或 0535-6923456`);
}
