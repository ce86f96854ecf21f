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

export const phone: CellType<string> = { describe: '电话号码，如 13805351234 或 0535-6923456', parse: parsePhone };

/** Several items in one cell, separated by “；” (or a line break); blank items dropped. */
export const list: CellType<string[]> = {
  describe: '多项用“；”隔开',
  parse: (raw) =>
    ok(
      raw
        .split(/[；;\n]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
};

/** A person's name in Chinese characters (“·” allowed for minority names); inner spaces removed. */
export const personName: CellType<string> = {
  describe: '汉字姓名，少数民族姓名可用“·”',
  parse: (raw) =>
    /^[\p{Script=Han}·•.]{2,12}$/u.test(raw.replace(/\s+/g, ''))
      ? ok(raw.replace(/\s+/g, ''))
      : { ok: false, message: `“${raw}”不像姓名：请只填汉字姓名（少数民族姓名可用“·”）` },
};

/** 居民身份证号码, checked (GB 11643); gives birth date and gender too. */
export const idCard: CellType<IdCard> = {
  describe: '18 位身份证号（先把这一列设为“文本”格式，否则 Excel 会把号码变成科学计数法）',
  parse: (raw, ctx) => parseIdCard(raw, ctx.today),
};
