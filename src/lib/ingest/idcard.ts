import { type Cell, cleanText, daysInMonth, toHalfWidth } from './cells.ts';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** GB 11643 check character for the first 17 digits. */
export function idCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i];
  return CHECK[sum % 11];
}

/**
 * A minimised roster (`npm run minimise`) holds, instead of the number, K1- and 20 base-32 characters: a keyed hash
 * of the checked number. Same person, same key → same token, so the one-registration check still works.
 */
export const MINIMISED_ID_PREFIX = 'K1-';
export const MINIMISED_ID_LENGTH = 20;
const MINIMISED_ID = new RegExp(`^${MINIMISED_ID_PREFIX}[A-Z2-7]{${MINIMISED_ID_LENGTH}}$`);

export interface IdCard {
  /** The 18-character number, upper-case X, or a minimised roster's token. Private: never leaves the ingest. */
  number: string;
  /** Birth date YYYY-MM-DD; absent for a token. Private. */
  birthDate?: string;
  /** Absent for a token (the minimised roster has its own 性别 column). */
  gender?: '男' | '女';
}

const EXCEL_HELP =
  "在 Excel 中选中“身份证号”整列，右键“设置单元格格式”选“文本”，重新输入完整的 18 位号码（或在号码前加英文单引号 '），再另存为 CSV";

/** Validates a 居民身份证号码 (18 characters, GB 11643) and reads birth date and gender from it. */
export function parseIdCard(raw: string, today: string): Cell<IdCard> {
  const s = toHalfWidth(cleanText(raw)).replace(/\s+/g, '').toUpperCase();
  const q = `“${cleanText(raw)}”`;
  if (s.startsWith(MINIMISED_ID_PREFIX))
    return MINIMISED_ID.test(s)
      ? { ok: true, value: { number: s } }
      : {
          ok: false,
          message:
            `${q} 不是完整的脱敏编号（${MINIMISED_ID_PREFIX}加 ${MINIMISED_ID_LENGTH} 位大写字母或数字 2–7，` +
            '由 npm run minimise 生成）。请用原始花名册重新生成，不要手工修改',
        };
  if (/^\d(\.\d+)?E\+?\d+$/.test(s))
    return { ok: false, message: `${q} 被 Excel 转成了科学计数法，后几位数字已经丢失。${EXCEL_HELP}` };
  if (/^\d{15}$/.test(s)) return { ok: false, message: `${q} 是 15 位旧号码，请填写 18 位身份证号` };
  if (!/^\d{17}[\dX]$/.test(s))
    return { ok: false, message: `${q} 不是 18 位身份证号（前 17 位是数字，最后一位是数字或 X）` };
  const y = Number(s.slice(6, 10));
  const m = Number(s.slice(10, 12));
  const d = Number(s.slice(12, 14));
  const birthDate = `${s.slice(6, 10)}-${s.slice(10, 12)}-${s.slice(12, 14)}`;
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m) || birthDate > today)
    return { ok: false, message: `${q} 中的出生日期（第 7–14 位）不存在，请核对号码` };
  if (s[17] !== idCheckChar(s.slice(0, 17)))
    return {
      ok: false,
      message:
        `${q} 校验位不对，号码中有数字录错了，请对照身份证核对` +
        (/0{2,}$/.test(s.slice(14, 17)) ? `（末尾变成 0 常见于 Excel 把号码当数字处理：${EXCEL_HELP}）` : ''),
    };
  return { ok: true, value: { number: s, birthDate, gender: Number(s[16]) % 2 === 1 ? '男' : '女' } };
}
