/**
 * Parsers for the looser cells of projects.csv, copied from published notices: amounts and head counts with a
 * qualifier (不低于157.50万元, 90余人), planned dates that name a month or part of one (2023年9月上旬),
 * 建设工期 (11个月, 2025年12月-2026年11月), a 公示期 in one cell, several phone numbers in one cell, and task
 * lists. Same contract as cells.ts: pure, exact integer arithmetic, a plain-Chinese message a clerk can act on.
 * These are slower than the cells.ts fast path; they are meant for one ledger of a few hundred rows.
 */
import {
  cleanText,
  daysInMonth,
  parseCount,
  parseDate,
  parseMoney,
  toHalfWidth,
  type Cell,
  type MoneyUnit,
} from './cells.ts';

const ok = <T>(value: T, warning?: string): Cell<T> => (warning ? { ok: true, value, warning } : { ok: true, value });
const fail = (message: string): Cell<never> => ({ ok: false, message });
const quote = (raw: string) => `“${cleanText(raw)}”`;
/** Cleaned, half-width, without any spaces: the form the patterns below are matched against. */
const squash = (raw: string) => toHalfWidth(cleanText(raw)).replace(/\s+/g, '');
const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;

/* ------------------------------------------------------------------------------------------------------------ */
/* Qualified amounts and counts                                                                                 */
/* ------------------------------------------------------------------------------------------------------------ */

/** exact: the number as written; floor: the true value is at least this; approx: roughly this. */
export type Qualifier = 'exact' | 'floor' | 'approx';

/** Longer words first, so 大约 is not read as 约 with 大 left over. */
const PREFIXES: readonly (readonly [string, Qualifier])[] = [
  ['不低于', 'floor'],
  ['不少于', 'floor'],
  ['至少', 'floor'],
  ['超过', 'floor'],
  ['大约', 'approx'],
  ['约', 'approx'],
  ['将近', 'approx'],
  ['接近', 'approx'],
  ['近', 'approx'],
];
const SUFFIXES: readonly (readonly [string, Qualifier])[] = [
  ['及以上', 'floor'],
  ['以上', 'floor'],
  ['左右', 'approx'],
  ['上下', 'approx'],
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Takes the qualifier words off a squashed cell: one word before the number, one after it, and 多/余 right after
 * the digits (or after 万: 90万余元). `unitRe` is the unit that may follow 多/余. Several words are fine when they
 * agree (约30万元左右); a floor word with an approx word is an error, as is a cell with nothing but the word.
 */
function splitQualifier(
  raw: string,
  s: string,
  unitRe: string,
  what: string,
): { body: string; qualifier: Qualifier } | { message: string } {
  let body = s;
  const pre = PREFIXES.find(([w]) => body.startsWith(w));
  if (pre) body = body.slice(pre[0].length);
  const post = SUFFIXES.find(([w]) => body.endsWith(w));
  if (post) body = body.slice(0, -post[0].length);
  const more = new RegExp(`(\\d|万)(多|余)(?=(?:${unitRe})?$)`).exec(body);
  if (more) body = body.slice(0, more.index + 1) + body.slice(more.index + 2);
  // in the order they are written
  const found = [pre, more && ([more[2], 'floor'] as const), post].filter((f) => !!f).map(([word, q]) => ({ word, q }));
  if (found.length === 0) return { body, qualifier: 'exact' };
  const words = found.map((f) => `“${f.word}”`).join('');
  if (new RegExp(`^(?:${unitRe})?$`).test(body))
    return { message: `${quote(raw)} 只写了${words}，没有写${what}，请补上数字` };
  const conflict = found.find((f) => f.q !== found[0].q);
  if (conflict)
    return {
      message: `${quote(raw)} 既写了“${found[0].word}”又写了“${conflict.word}”，意思矛盾，请只保留一个（至少这么多用“不低于”，大概这么多用“约”）`,
    };
  return { body, qualifier: found[0].q };
}

/** Re-quotes a cells.ts message about the number part so it names the whole cell as written. */
function requote(message: string, body: string, raw: string): string {
  const q = `“${body}”`;
  return message.startsWith(q) ? quote(raw) + message.slice(q.length) : message;
}

export interface ApproxMoney {
  /** Integer 分. */
  fen: number;
  qualifier: Qualifier;
  /** The cell as written (cleaned), for display. */
  text: string;
}

/**
 * An amount as notices write it: 450万元, 不低于157.50万元, 不少于/至少/超过…, 约/大约/近/将近/接近…, 4000多万元,
 * 90余万元 (or 90万余元), 30万元以上 (及以上), 30万元左右 (上下). The number goes through parseMoney, so units,
 * full-width digits and thousands separators behave exactly as in a money column; `unit` is the column's unit.
 * Negative amounts are refused.
 */
export function parseApproxMoney(raw: string, unit: MoneyUnit): Cell<ApproxMoney> {
  const text = cleanText(raw);
  const split = splitQualifier(raw, squash(raw), '万元|万|元', '金额');
  if ('message' in split) return fail(split.message);
  const { body, qualifier } = split;
  const r = parseMoney(body, unit);
  if (!r.ok) {
    if (!r.message.includes('不是有效金额')) return fail(requote(r.message, body, raw));
    return fail(
      `${quote(raw)} 不是有效金额：请写数字（单位：${unit}，也可以在数字后写“万元”或“元”），前后可以加“约”“不低于”“以上”“左右”“多”“余”，例如 450万元、约30万元、90余万元`,
    );
  }
  if (r.value < 0) return fail(`${quote(raw)} 是负数：金额不能小于 0，请检查`);
  return ok({ fen: r.value, qualifier, text });
}

export interface ApproxCount {
  value: number;
  qualifier: Qualifier;
  /** The cell as written (cleaned), for display. */
  text: string;
}

/**
 * A head count as notices write it: 20, 90余人, 60多人次, 约50人, 不少于30人, 30人以上, 30人左右. `suffix` is the
 * unit that may follow the number (人, 人次); the number goes through parseCount.
 */
export function parseApproxCount(raw: string, suffix = ''): Cell<ApproxCount> {
  const text = cleanText(raw);
  const split = splitQualifier(raw, squash(raw), suffix ? escapeRe(suffix) : '(?!)', '人数');
  if ('message' in split) return fail(split.message);
  const { body, qualifier } = split;
  const r = parseCount(body, suffix);
  if (!r.ok) {
    if (!r.message.includes('不是有效的整数')) return fail(requote(r.message, body, raw));
    const eg = suffix ? `20、90余${suffix}、约50${suffix}、30${suffix}以上` : '20、90余、约50、30以上';
    return fail(
      `${quote(raw)} 不是有效的数：请写整数${suffix ? `（单位：${suffix}）` : ''}，前后可以加“约”“不少于”“以上”“左右”“多”“余”，例如 ${eg}`,
    );
  }
  return ok({ value: r.value, qualifier, text });
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Planned dates                                                                                                */
/* ------------------------------------------------------------------------------------------------------------ */

/**
 * A planned date as written in a notice. `date` and `latest` are the first and last day the text can mean
 * (ISO YYYY-MM-DD); sort and compare by `date`. precision: 'day' one day; 'month' a whole month; 'part' a part of
 * a month (初/上旬 1–10, 中旬/中 11–20, 下旬/底/末 21–last day); 'year' a whole year or a named stretch of one
 * (年初 = 1月1日–3月31日, 年底/年末 = 12月1日–31日, 上半年, 下半年, 第N季度).
 */
export interface PlanDate {
  date: string;
  latest: string;
  precision: 'day' | 'month' | 'part' | 'year';
  /** As written, for display (e.g. 2023年9月初); for a single day, the ISO date. */
  text: string;
}

const PLAN_HELP =
  '请写成 2025-12-01、2025年12月、2025年12月上旬（或初、中旬、下旬、底）、2025年底、2025年第四季度 或 2025年';
const FULL_DATE = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日?)$/;
const MONTH_PART: Record<string, readonly [number, number]> = {
  初: [1, 10],
  上旬: [1, 10],
  中旬: [11, 20],
  中: [11, 20],
  下旬: [21, 31],
  底: [21, 31],
  末: [21, 31],
};
/** Months of the named stretches of a year: [first month, last month]. */
const YEAR_PART: Record<string, readonly [number, number]> = {
  年初: [1, 3],
  年底: [12, 12],
  年末: [12, 12],
  上半年: [1, 6],
  下半年: [7, 12],
};
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * An approximate planned date (计划开工/完工时间). Everything parseDate accepts (precision 'day'), and 2025年12月 /
 * 2025-12 / 2025.12 (month), 2023年9月初 / 上旬 / 中旬 / 下旬 / 底 / 末 / 中 (part), 2025年底 / 年末 / 年初 / 上半年 /
 * 下半年 / 第三季度 and 2025年 alone (year). Without a year (9月, 3月上旬, 年底, 9月15日) `defaultYear` is used; with
 * none given that is an error asking for the year. 2025.1 is read as January with a warning (Excel turns 2025.10
 * into 2025.1).
 */
export function parsePlanDate(raw: string, defaultYear?: number): Cell<PlanDate> {
  const day = parseDate(raw);
  if (day.ok) return ok({ date: day.value, latest: day.value, precision: 'day', text: day.value });
  const s = squash(raw);
  if (FULL_DATE.test(s)) return day; // a full date that does not exist: parseDate says why
  const text = cleanText(raw);

  let y: string | undefined;
  let from: [number, number, number];
  let to: [number, number]; // month and day; the day is capped at the month's length below
  let precision: PlanDate['precision'];
  let warning: string | undefined;
  let m: RegExpExecArray | null;
  const month = (mo: number) => (mo < 1 || mo > 12 ? `${quote(raw)} 的月份 ${mo} 不存在，月份只能是 1–12` : '');

  if ((m = /^(?:(\d{4})年)?(\d{1,2})月(?:(\d{1,2})日?|(初|上旬|中旬|下旬|底|末|中|份))?$/.exec(s))) {
    y = m[1];
    const mo = Number(m[2]);
    if (month(mo)) return fail(month(mo));
    if (m[3] !== undefined) {
      const d = Number(m[3]);
      from = [mo, d, 0];
      to = [mo, d];
      precision = 'day';
    } else if (m[4] && m[4] !== '份') {
      const [a, b] = MONTH_PART[m[4]];
      from = [mo, a, 0];
      to = [mo, b];
      precision = 'part';
    } else {
      from = [mo, 1, 0];
      to = [mo, 31];
      precision = 'month';
    }
  } else if ((m = /^(\d{4})([-/.])(\d{1,2})(初|上旬|中旬|下旬|底|末|中)?$/.exec(s))) {
    y = m[1];
    const mo = Number(m[3]);
    if (month(mo)) return fail(month(mo));
    const [a, b] = m[4] ? MONTH_PART[m[4]] : [1, 31];
    from = [mo, a, 0];
    to = [mo, b];
    precision = m[4] ? 'part' : 'month';
    if (m[2] === '.' && m[3] === '1')
      warning = `${quote(raw)} 按 ${y}年1月 读取；如果是 10 月，请写成“${y}年10月”（Excel 会把 ${y}.10 变成 ${y}.1）`;
  } else if ((m = /^(?:(\d{4})(?:年度?)?)?(上半年|下半年|年初|年底|年末)$/.exec(s))) {
    y = m[1];
    const [a, b] = YEAR_PART[m[2]];
    from = [a, 1, 0];
    to = [b, 31];
    precision = 'year';
  } else if ((m = /^(?:(\d{4})(?:年度?)?)?第?([一二三四1-4])季度$/.exec(s))) {
    y = m[1];
    const q = CN_DIGIT[m[2]] ?? Number(m[2]);
    from = [q * 3 - 2, 1, 0];
    to = [q * 3, 31];
    precision = 'year';
  } else if ((m = /^(\d{4})(?:年度?)?$/.exec(s))) {
    y = m[1];
    from = [1, 1, 0];
    to = [12, 31];
    precision = 'year';
  } else {
    return fail(`${quote(raw)} 不是可识别的计划时间，${PLAN_HELP}`);
  }

  let year: number;
  if (y !== undefined) year = Number(y);
  else if (defaultYear !== undefined) year = defaultYear;
  else return fail(`${quote(raw)} 没有写年份，请在前面写上年份，例如“2025年${s}”`);
  if (year < 1990 || year > 2100) return fail(`${quote(raw)} 的年份 ${year} 不合理，${PLAN_HELP}`);
  const [fm, fd] = from;
  if (precision === 'day' && fd > daysInMonth(year, fm))
    return fail(`${quote(raw)} 不存在：${year}年${fm}月没有${fd}日`);
  if (precision === 'day' && fd < 1) return fail(`${quote(raw)} 的日期 ${fd} 不存在`);
  const [tm, td] = to;
  const date = iso(year, fm, fd);
  const latest = iso(year, tm, Math.min(td, daysInMonth(year, tm)));
  return ok({ date, latest, precision, text: precision === 'day' ? date : text }, warning);
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Ranges: 建设工期 and 公示期                                                                                  */
/* ------------------------------------------------------------------------------------------------------------ */

/** Every dash and wave written between two dates becomes "-"; 至 and 到 stay. Spaces go. */
const rangeText = (raw: string) => squash(raw).replace(/[\u2010-\u2015\u2212\u301c\ufe58\ufe63~]+/g, '-');
const RANGE_SEP = '(?:-|至|到)';

/** A full date, then a separator, then the end: a full date or its tail (28日, 9月28日, 9.28). */
const DAY_RANGE = new RegExp(
  `^(\\d{4})(?:年(\\d{1,2})月(\\d{1,2})日?|([-/.])(\\d{1,2})\\4(\\d{1,2}))${RANGE_SEP}` +
    `(?:(\\d{4})(?:年|[-/.]))?(?:(\\d{1,2})(?:月|[-/.]))?(\\d{1,2})日?$`,
);
/** A year and month, a separator, then a month with or without its year. */
const MONTH_RANGE = new RegExp(
  `^(\\d{4})(?:年(\\d{1,2})月份?|[-/.](\\d{1,2}))${RANGE_SEP}(?:(\\d{4})(?:年|[-/.]))?(\\d{1,2})月?份?$`,
);

type DayRange = { start: string; end: string } | { message: string } | null;

/** Reads a range of two days; null when the text is not shaped like one. The end inherits a missing year/month. */
function dayRange(raw: string, s: string): DayRange {
  const m = DAY_RANGE.exec(s);
  if (!m) return null;
  const sy = Number(m[1]);
  const sm = Number(m[2] ?? m[5]);
  const sd = Number(m[3] ?? m[6]);
  if (m[7] !== undefined && m[8] === undefined) return null; // 2023年3日: a year with no month
  const ey = m[7] !== undefined ? Number(m[7]) : sy;
  const em = m[8] !== undefined ? Number(m[8]) : sm;
  const ed = Number(m[9]);
  for (const [y, mo, d] of [
    [sy, sm, sd],
    [ey, em, ed],
  ]) {
    if (mo < 1 || mo > 12) return { message: `${quote(raw)} 中的月份 ${mo} 不存在，月份只能是 1–12` };
    if (d < 1 || d > daysInMonth(y, mo)) return { message: `${quote(raw)} 中的日期不存在：${y}年${mo}月没有${d}日` };
    if (y < 1990 || y > 2100) return { message: `${quote(raw)} 中的年份 ${y} 不合理，请检查` };
  }
  const start = iso(sy, sm, sd);
  const end = iso(ey, em, ed);
  if (end < start)
    return {
      message: `${quote(raw)} 的结束日期 ${end} 早于开始日期 ${start}，请检查；跨月或跨年时结束日期要写上月份和年份，例如 2022年12月25日—2023年1月3日`,
    };
  return { start, end };
}

const dayNumber = (isoDate: string) =>
  Date.UTC(Number(isoDate.slice(0, 4)), Number(isoDate.slice(5, 7)) - 1, Number(isoDate.slice(8, 10))) / 86_400_000;

/**
 * 公示期 in one cell → ISO start and end. Accepts 2022年9月19日—28日, 2022年9月19日-2022年9月28日,
 * 2022年9月19日至9月28日, 2022.9.19-9.28, 2022/9/19~2022/9/28, 2022-09-19 至 2022-09-28, 2022年12月25日—2023年1月3日;
 * separators —, ——, –, －, -, ~, ～, 至, 到. A year or month left out of the end is the start's; the end may be
 * the start's day (a one-day period) but not before it.
 */
export function parseNoticePeriod(raw: string): Cell<{ start: string; end: string }> {
  const r = dayRange(raw, rangeText(raw));
  if (r && 'message' in r) return fail(r.message);
  if (r) return ok(r);
  if (parseDate(raw).ok)
    return fail(`${quote(raw)} 只写了一个日期：公示期要写开始和结束日期，例如 2022年9月19日—2022年9月28日`);
  return fail(
    `${quote(raw)} 不是可识别的公示期，请写成 2022年9月19日—2022年9月28日、2022年9月19日—28日 或 2022-09-19至2022-09-28`,
  );
}

/** 建设工期. `months`/`days` the length; `from`/`to` (YYYY-MM) when it is written as a range. */
export interface Duration {
  /** As written (cleaned), for display. */
  text: string;
  months?: number;
  days?: number;
  from?: string;
  to?: string;
}

/** Up to five digits, or 1–99 in Chinese numerals (一, 两, 十, 十二, 二十四); undefined for anything else. */
function smallNumber(s: string): number | undefined {
  if (/^\d{1,5}$/.test(s)) return Number(s);
  const m = /^([一二两三四五六七八九])?(十)?([一二三四五六七八九])?$/.exec(s);
  if (!m || s === '') return undefined;
  if (!m[2]) return m[3] ? undefined : CN_DIGIT[m[1]];
  return (m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[3] ? CN_DIGIT[m[3]] : 0);
}

const DURATION_HELP = '请写成 11个月、90天、90日历天、1年、半年 或 2025年12月-2026年11月';

/**
 * 建设工期: 11个月 / 12 个月 / 三个月 (months), 90天 / 90日 / 90日历天 (days), 1年 / 两年 / 1年半 / 半年 (months, 12
 * a year), a month range 2025年12月-2026年11月 / 2025年12月至2026年11月 / 2025.12—2026.11 / 2025年3月-10月 (from,
 * to, and months = the calendar months it touches, both ends counted: 12 for that first example), or a day
 * range 2025年12月1日-2026年11月30日 (from, to, and days = days it covers, both ends counted). A bare 12月 is read
 * as 12 months with a warning. An end before the start is an error.
 */
export function parseDuration(raw: string): Cell<Duration> {
  const text = cleanText(raw);
  const s = rangeText(raw);
  let m: RegExpExecArray | null;
  const length = (n: number | undefined, unit: string, max: number) =>
    n === undefined
      ? `${quote(raw)} 不是可识别的工期，${DURATION_HELP}`
      : n < 1
        ? `${quote(raw)} 工期不能是 0`
        : n > max
          ? `${quote(raw)} 的工期太长（超过 ${max} ${unit}），请检查`
          : '';

  if ((m = /^(\d{1,4}|[一二两三四五六七八九十]{1,3})(个)?(半)?月$/.exec(s))) {
    const n = smallNumber(m[1]);
    if (m[3]) return fail(`${quote(raw)} 请换算成整月或天数，例如 3个半月 写成 105天`);
    const bad = length(n, '个月', 120);
    if (bad) return fail(bad);
    const warn = m[2] ? undefined : `${quote(raw)} 按 ${n} 个月的工期读取；请写成“${n}个月”，以免看成月份`;
    return ok({ text, months: n }, warn);
  }
  if ((m = /^(\d{1,5}|[一二两三四五六七八九十]{1,3})个?(日历天|天|日)$/.exec(s))) {
    const n = smallNumber(m[1]);
    const bad = length(n, '天', 3650);
    return bad ? fail(bad) : ok({ text, days: n });
  }
  if (s === '半年') return ok({ text, months: 6 });
  if ((m = /^(\d{1,2}|[一二两三四五六七八九十]{1,3})年(半)?$/.exec(s))) {
    const n = smallNumber(m[1]);
    const bad = length(n, '年', 10);
    return bad ? fail(bad) : ok({ text, months: n! * 12 + (m[2] ? 6 : 0) });
  }
  const days = dayRange(raw, s);
  if (days && 'message' in days)
    return fail(days.message.replaceAll('开始日期', '开工日期').replaceAll('结束日期', '完工日期'));
  if (days)
    return ok({
      text,
      days: dayNumber(days.end) - dayNumber(days.start) + 1,
      from: days.start.slice(0, 7),
      to: days.end.slice(0, 7),
    });
  if ((m = MONTH_RANGE.exec(s))) {
    const fy = Number(m[1]);
    const fm = Number(m[2] ?? m[3]);
    const ty = m[4] !== undefined ? Number(m[4]) : fy;
    const tm = Number(m[5]);
    for (const [y, mo] of [
      [fy, fm],
      [ty, tm],
    ]) {
      if (mo < 1 || mo > 12) return fail(`${quote(raw)} 中的月份 ${mo} 不存在，月份只能是 1–12`);
      if (y < 1990 || y > 2100) return fail(`${quote(raw)} 中的年份 ${y} 不合理，请检查`);
    }
    const from = `${fy}-${pad(fm)}`;
    const to = `${ty}-${pad(tm)}`;
    if (to < from)
      return fail(
        `${quote(raw)} 的完工月份 ${to} 早于开工月份 ${from}，请检查；跨年时完工月份也要写上年份，例如 2025年12月-2026年11月`,
      );
    return ok({ text, months: ty * 12 + tm - (fy * 12 + fm) + 1, from, to });
  }
  return fail(`${quote(raw)} 不是可识别的工期，${DURATION_HELP}`);
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Phones                                                                                                       */
/* ------------------------------------------------------------------------------------------------------------ */

/**
 * One phone number in its written form, or undefined: mobile 13805351234; landline 0535-6901234 (area code 010
 * and 02X are three digits, others four, unless the writer put the dash or brackets elsewhere), with an
 * extension 0535-6901234转123; local 6901234 without area code; 12317 / 95598 service numbers; 400-123-4567.
 * `t` has no spaces; "#" marks an extension (转, 分机).
 */
function phoneForm(t: string): string | undefined {
  let s = t.replace(/^(?:\+|00)86-?/, '');
  let ext = '';
  const hash = s.indexOf('#');
  if (hash >= 0) {
    const x = s.slice(hash + 1).replace(/^-/, '');
    if (!/^\d{1,6}$/.test(x)) return undefined;
    ext = `转${x}`;
    s = s.slice(0, hash);
  } else {
    const e = /^(\(?0\d{2,3}\)?-\d{7,8})-(\d{1,6})$/.exec(s);
    if (e) [s, ext] = [e[1], `转${e[2]}`];
  }
  if (!/^(?:\(0\d{2,3}\))?[0-9-]+$/.test(s) || /^-|-$|--/.test(s)) return undefined;
  const d = s.replace(/\D/g, '');
  if (/^1[3-9]\d{9}$/.test(d)) return ext ? undefined : d;
  if (/^[19]\d{4}$/.test(d)) return ext ? undefined : d;
  if (/^[48]00\d{7}$/.test(d)) return ext ? undefined : `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`;
  if (d.startsWith('0')) {
    const written = /^\(?(0\d{2,3})[)-]/.exec(s);
    const areaLen = written ? written[1].length : /^0[12]/.test(d) ? 3 : 4;
    const local = d.slice(areaLen);
    return /^[2-9]\d{6,7}$/.test(local) ? `${d.slice(0, areaLen)}-${local}${ext}` : undefined;
  }
  return /^[2-9]\d{6,7}$/.test(d) ? d + ext : undefined;
}

const PHONE_HELP = '手机号写 11 位（如 13800000000），座机写区号和号码（如 0123-4567890），多个号码用“、”隔开';

/**
 * One or several phone numbers in a cell, each in its written form (mobile 13805351234, landline 0535-6901234),
 * duplicates (same digits) dropped, order kept. Full-width digits and dashes are normalised; numbers are
 * separated by spaces, 、 ， , ； ; / or line breaks, but a space inside one number does not split it
 * (0535 6901234, 0535-690 1234, 138 0535 1234 are one number each; 12317 0903-2523158 is two).
 */
export function parsePhones(raw: string): Cell<string[]> {
  const all = toHalfWidth(cleanText(raw))
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63]/g, '-')
    .replace(/\s*(?:转|分机|ext\.?)\s*/gi, '#');
  const out: string[] = [];
  const groups = all
    .split(/[、,;/\n]+/)
    .map((g) => g.trim())
    .filter(Boolean);
  for (const part of groups) {
    const bad = () => {
      const where = groups.length === 1 ? quote(raw) : `${quote(raw)} 中的“${part.replace(/#/g, '转')}”`;
      const d = part.replace(/\D/g, '');
      if (/^[0-9 -]+$/.test(part) && /^1[3-9]/.test(d) && d.length >= 10 && d.length <= 12)
        return fail(`${where} 有 ${d.length} 位数字：手机号应为 11 位，请检查`);
      if (/[^0-9()+# -]/.test(part))
        return fail(`${where} 不是电话号码：这一栏只填号码，不要写姓名或说明；${PHONE_HELP}`);
      return fail(`${where} 不是有效电话号码：${PHONE_HELP}`);
    };
    const tokens = part.split(/\s+/);
    for (let i = 0; i < tokens.length;) {
      let form: string | undefined;
      let next = i;
      for (let j = i; j < Math.min(tokens.length, i + 5); j++) {
        const f = phoneForm(tokens.slice(i, j + 1).join(''));
        if (f) [form, next] = [f, j + 1];
      }
      if (!form) return bad();
      if (!out.includes(form)) out.push(form);
      i = next;
    }
  }
  if (out.length === 0) return fail(`${quote(raw)} 里没有电话号码：${PHONE_HELP}`);
  return ok(out);
}

/* ------------------------------------------------------------------------------------------------------------ */
/* Task lists                                                                                                   */
/* ------------------------------------------------------------------------------------------------------------ */

/** Item numbering at the start of the cell or after a separator: 1. 1、 (1) （1） ① 一、 (一). */
const NUMBERING = new RegExp(
  String.raw`(^|[；;、，,\n])\s*(?:\d{1,2}(?:[.．、)）](?!\d))|[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|` +
    String.raw`[\u2460-\u2473]|[一二三四五六七八九十]{1,3}[、.．])\s*`,
  'g',
);

/**
 * A list in one cell (以工代赈环节): items separated by ； ; 、 ， , or line breaks; numbering in front of an item
 * is removed, blank items dropped, ends trimmed, repeated items kept once. Between two digits, 、 lists numbers
 * (1、2号桥) and does not split; neither does a comma followed by exactly three digits (1,200米).
 */
export function parseTaskList(raw: string): Cell<string[]> {
  const s = cleanText(raw)
    .replace(/[\u2460-\u2473]/g, '\n')
    .replace(NUMBERING, '$1');
  const items: string[] = [];
  for (const item of s.split(/[；;，\n]|(?<!\d)、|、(?!\d)|(?<!\d),|,(?!\d{3}(?!\d))/)) {
    const t = item.trim();
    if (t && !items.includes(t)) items.push(t);
  }
  return ok(items);
}
