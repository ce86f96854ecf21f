/**
 * The cell types a column can have: each pairs a parser of src/lib/ingest/cells.ts with the sentence the
 * 填写说明 uses for it, so the instructions cannot drift from what the ingest accepts.
 */
import {
  parseCode,
  parseCount,
  parseDate,
  parseMoney,
  parseMonth,
  parseOption,
  parsePhone,
  parseScaled,
  type Cell,
  type MoneyUnit,
} from '../lib/ingest/cells.ts';
import {
  parseApproxCount,
  parseApproxMoney,
  parseDuration,
  parseNoticePeriod,
  parsePhones,
  parsePlanDate,
  parseTaskList,
  type ApproxCount,
  type ApproxMoney,
  type Duration,
  type PlanDate,
} from '../lib/ingest/approx.ts';
import { parseIdCard, type IdCard } from '../lib/ingest/idcard.ts';
import type { CellType } from './types.ts';

const ok = <T>(value: T): Cell<T> => ({ ok: true, value });

/** Any text (trimmed and cleaned when the row is read). */
export const text: CellType<string> = { describe: '文本', parse: ok };

/** Text that may hold line breaks (use with `multiline: true`). */
export const longText: CellType<string> = { describe: '文本，可以换行（Alt+Enter）', parse: ok };

/** 项目编号 / 人员编号 / 班期编号: `label` names the id in messages. */
export const code = (label: string): CellType<string> => ({
  describe: '编号：只用英文字母、数字和“-”，不能有空格或汉字',
  parse: (raw) => parseCode(raw, label),
});

/** A whole count; the unit may follow the number (12人). */
export const count = (suffix = ''): CellType<number> => ({
  describe: `整数${suffix ? `，可以带“${suffix}”` : ''}`,
  parse: (raw) => parseCount(raw, suffix),
});

/** 年度: a four-digit year, 2023 or 2023年度. */
export const year: CellType<number> = {
  describe: '四位年份，如 2023',
  parse: (raw) => {
    const r = parseCount(raw.replace(/年度?$/, ''));
    if (r.ok && (r.value < 2000 || r.value > 2100))
      return { ok: false, message: `“${raw}”不是有效年度，请填四位年份，例如 2023` };
    return r;
  },
};

/** 出生年份: a four-digit year (1900 up to the data date's year), 1965 or 1965年. */
export const birthYear: CellType<number> = {
  describe: '四位出生年份，如 1965',
  parse: (raw, ctx) => {
    const r = parseCount(raw.replace(/年$/, ''));
    if (r.ok && (r.value < 1900 || r.value > Number(ctx.today.slice(0, 4))))
      return { ok: false, message: `“${raw}”不是有效的出生年份，请填四位年份，例如 1965` };
    return r;
  },
};

/** A decimal as an integer of 10^-scale units (务工天数 in hundredths of a day). */
export const scaled = (scale: number, suffix = ''): CellType<number> => ({
  describe: `数字，最多 ${scale} 位小数`,
  parse: (raw) => parseScaled(raw, scale, suffix),
});

/** Money to integer 分; `unit` is what the column is filled in. */
export const money = (unit: MoneyUnit): CellType<number> => ({
  describe: `金额，以${unit}为单位，可以有千位分隔符；格内写了“元”或“万元”的以格内为准`,
  parse: (raw) => parseMoney(raw, unit),
});

export const date: CellType<string> = { describe: '日期，如 2023-05-01、2023/5/1 或 2023年5月1日', parse: parseDate };

export const month: CellType<string> = { describe: '月份，如 2023-05 或 2023年5月', parse: parseMonth };

/** One of a closed list. */
export const option = <T extends string>(options: readonly T[]): CellType<T> => ({
  describe: `只能填：${options.join('、')}`,
  parse: (raw) => parseOption(raw, options),
});

export const phone: CellType<string> = { describe: '电话号码，如 13800000000 或 0123-4567890', parse: parsePhone };

/**
 * Steps of a task (以工代赈环节): items separated by “；”“、”“，” or line breaks; numbering in front of an item
 * (1. （1） ① 一、) removed, repeated items kept once.
 */
export const taskList: CellType<string[]> = {
  describe: '多项用“；”“、”“，”或换行隔开，每项前面的序号（如 1.、（1）、①）可写可不写',
  parse: parseTaskList,
};

/** An amount as a notice writes it, with its qualifier: 450万元, 不低于157.50万元, 约30万元, 90余万元, 30万元以上. */
export const approxMoney = (unit: MoneyUnit): CellType<ApproxMoney> => ({
  describe: `金额，以${unit}为单位（格内写了“元”或“万元”的以格内为准）；可以写约数，如 450、约30万元、不低于157.50万元、90余万元、30万元以上、30万元左右`,
  parse: (raw) => parseApproxMoney(raw, unit),
});

/** A head count as a notice writes it, with its qualifier: 20, 90余人, 约50人, 不少于30人, 30人以上. */
export const approxCount = (suffix = ''): CellType<ApproxCount> => {
  const eg = ['20', `约50${suffix}`, `不少于30${suffix}`, `90余${suffix}`, `60多${suffix}`, `30${suffix}以上`];
  return {
    describe: `整数${suffix ? `，可以带“${suffix}”` : ''}；可以写约数，如 ${eg.join('、')}、30${suffix}左右`,
    parse: (raw) => parseApproxCount(raw, suffix),
  };
};

/**
 * A planned date (计划开工/完工时间), a day or a stretch: 2025-12-01, 2025年12月, 2025年9月上旬, 2025年底. The cell
 * must carry its year here; the projects ledger calls parsePlanDate itself with the project's year when a cell
 * without one should take it.
 */
export const planDate: CellType<PlanDate> = {
  describe:
    '日期或大致时间，如 2025-12-01、2025年12月、2025年9月上旬（或初、中旬、下旬、底）、2025年底、2025年第四季度；要写年份',
  parse: (raw) => parsePlanDate(raw),
};

/** 建设工期: a length (11个月, 90天, 1年, 半年) or a range of months (2025年12月-2026年11月). */
export const duration: CellType<Duration> = {
  describe: '工期，如 11个月、90天、90日历天、1年、半年，或起止月份 2025年12月-2026年11月',
  parse: parseDuration,
};

/** 公示期 in one cell: 2022年9月19日—28日, 2022-09-19至2022-09-28. */
export const noticePeriod: CellType<{ start: string; end: string }> = {
  describe: '起止日期，如 2022年9月19日—2022年9月28日、2022年9月19日—28日 或 2022-09-19至2022-09-28',
  parse: parseNoticePeriod,
};

/** One or several phone numbers, each in its written form; duplicates dropped. */
export const phones: CellType<string[]> = {
  describe: '电话号码，如 13800000000 或 0123-4567890；多个号码用“、”隔开',
  parse: parsePhones,
};

/**
 * A person's name in Chinese characters (“·” allowed for minority names); inner spaces removed. A masked name
 * (张*明, 欧阳**华: a minimised roster, see `npm run minimise`) is accepted too: it publishes the same.
 */
export const personName: CellType<string> = {
  describe: '汉字姓名，少数民族姓名可用“·”',
  parse: (raw) => {
    const s = raw.replace(/\s+/g, '');
    return /^[\p{Script=Han}·•.]{2,12}$/u.test(s) || /^\p{Script=Han}{1,2}\*{1,10}\p{Script=Han}?$/u.test(s)
      ? ok(s)
      : { ok: false, message: `“${raw}”不像姓名：请只填汉字姓名（少数民族姓名可用“·”）` };
  },
};

/** 居民身份证号码, checked (GB 11643); gives birth date and gender too. */
export const idCard: CellType<IdCard> = {
  describe: '18 位身份证号（先把这一列设为“文本”格式，否则 Excel 会把号码变成科学计数法）',
  parse: (raw, ctx) => parseIdCard(raw, ctx.today),
};
