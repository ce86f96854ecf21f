/**
 * The labour-pay share rule: which minimum applies to a project, its share of the fund, and whether the share
 * meets it. Shares are exact rationals and every comparison is integer cross-multiplication in BigInt.
 */
import { cleanText, type Cell, toHalfWidth } from '../ingest/cells.ts';
import type { FundingSettings } from '../../schemas/funding.ts';
import { fundType, type FundTypeId, type Share } from './types.ts';

/** A minimum share as written: 33.08% → { num: 3308, den: 10000, text: '33.08%' } (den is 100·10^decimals). */
export interface ShareText extends Share {
  text: string;
}

/** Most decimals a required percent may have (33.0825%): enough for any notice, small enough for exact integers. */
export const MAX_PERCENT_DECIMALS = 4;

const fail = (message: string): Cell<never> => ({ ok: false, message });

/**
 * A percent given as decimal digits ("33.08", "030") → the exact share; undefined unless 0 < p ≤ 100 with at most
 * MAX_PERCENT_DECIMALS decimals. The text keeps the decimals as written ("25.0" → "25.0%").
 */
export function shareOfPercent(digits: string): ShareText | undefined {
  const m = /^(\d+)(?:\.(\d+))?$/.exec(digits);
  if (!m) return undefined;
  const int = m[1].replace(/^0+(?=\d)/, '');
  const frac = m[2] ?? '';
  if (frac.length > MAX_PERCENT_DECIMALS) return undefined;
  const num = Number(int + frac);
  const den = 100 * 10 ** frac.length;
  if (num <= 0 || num > 100 * 10 ** frac.length) return undefined;
  return { num, den, text: `${int}${frac ? `.${frac}` : ''}%` };
}

const CN_DIGIT: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** 三十 → "30", 十五 → "15", 一百 → "100"; undefined beyond what a percent needs. */
function chineseInt(s: string): string | undefined {
  if (s === '百' || s === '一百') return '100';
  if (s.length === 1 && s in CN_DIGIT) return String(CN_DIGIT[s]);
  const m = /^([二两三四五六七八九]|一)?十([一二三四五六七八九])?$/.exec(s);
  if (!m) return undefined;
  return String((m[1] ? CN_DIGIT[m[1]] : 1) * 10 + (m[2] ? CN_DIGIT[m[2]] : 0));
}

/**
 * A project's own minimum share, from a column such as 劳务报酬占比要求: “不得低于国家下达资金计划的42%”,
 * “不低于33.08%”, “25%”, “30％”, “25” (a bare number is a percent), “百分之三十”. Rejects text without a number,
 * several different percents, an upper bound (不超过), and shares ≤ 0 or above 100%.
 */
export function parseShareRequirement(raw: string): Cell<ShareText> {
  const written = cleanText(raw);
  const s = toHalfWidth(written).replace(/\s+/g, '');
  const q = `“${written}”`;
  const example = '例如“不低于30%”或“30%”';
  if (!s) return fail(`没有填写劳务报酬占比要求，${example}`);
  if (/不(高于|超过|多于)|以下|以内|之内|至多|最多/.test(s))
    return fail(`${q} 写的是上限；这里填劳务报酬占比的下限，${example}`);
  let digits: string | undefined;
  const percents = [...new Set([...s.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => m[1]))];
  const cn = /百分之([零一二两三四五六七八九十百]+)(?:点([零一二三四五六七八九]+))?/.exec(s);
  if (percents.length > 1) return fail(`${q} 写了几个不同的比例，请只写一个，${example}`);
  if (percents.length === 1) digits = percents[0];
  else if (cn) {
    const int = chineseInt(cn[1]);
    if (int === undefined) return fail(`${q} 的比例读不出来，请用数字写，${example}`);
    digits = int + (cn[2] ? `.${[...cn[2]].map((c) => CN_DIGIT[c]).join('')}` : '');
  } else {
    const numbers = [...s.matchAll(/\d+(?:\.\d+)?/g)].map((m) => m[0]);
    if (numbers.length === 0) return fail(`${q} 中没有比例数字，${example}`);
    if (numbers.length > 1) return fail(`${q} 中有几个数字，请只写比例，${example}`);
    digits = numbers[0];
    // "0.3" is a fraction written as a decimal, not 0.3%: ask rather than guess.
    if (/^0\.\d+$/.test(digits)) return fail(`${q} 看起来是小数写法，请写成百分数，例如 30%`);
  }
  const frac = digits.split('.')[1] ?? '';
  if (frac.length > MAX_PERCENT_DECIMALS) return fail(`${q} 的比例最多保留 ${MAX_PERCENT_DECIMALS} 位小数`);
  const share = shareOfPercent(digits);
  if (share) return { ok: true, value: share };
  return fail(Number(digits) > 100 ? `${q} 超过了 100%，请检查` : `${q} 的比例必须大于 0，${example}`);
}

/** Where a rule comes from. */
export type RuleOrigin = 'project' | 'site-year' | 'site' | 'national';

export interface PayRule {
  /** The minimum share of the fund, exact. */
  required: Share;
  /** The minimum as the rule writes it: '30%', '33.08%'. */
  requiredText: string;
  /** Where it comes from, for readers: 项目实施方案, site.json's source, or the national rule's text. */
  source: string;
  origin: RuleOrigin;
  /** The fund the share is measured against (canonical Chinese name). */
  fundName: string;
  fundType: FundTypeId;
}

/** The source shown for a minimum the project itself states. */
export const PROJECT_SOURCE = '项目实施方案';

/**
 * The minimum labour-pay share that applies to a project of `year` paid from `fundType`, or undefined when none
 * does: local money and key projects never have one (not even from the project's own column), and 衔接资金 and
 * provincial funds have one only when site.json or the project sets it. Precedence: the project's own
 * requirement > site.json's share for the year > site.json's share for the type > the built-in national rule.
 */
export function payShareRule(args: {
  year: number;
  fundType?: FundTypeId;
  projectRequirement?: ShareText;
  settings?: FundingSettings;
}): PayRule | undefined {
  const { year, projectRequirement, settings } = args;
  if (!args.fundType) return undefined;
  const t = fundType(args.fundType);
  if (!t.hasShare) return undefined;
  const make = (s: ShareText, source: string, origin: RuleOrigin): PayRule => ({
    required: { num: s.num, den: s.den },
    requiredText: s.text,
    source,
    origin,
    fundName: t.name,
    fundType: t.id,
  });
  if (projectRequirement) return make(projectRequirement, PROJECT_SOURCE, 'project');
  const setting = settings?.[t.id];
  const forYear = setting?.years[String(year)];
  if (setting && forYear) return make(forYear, setting.source, 'site-year');
  if (setting?.percent) return make(setting.percent, setting.source, 'site');
  const d = t.defaults.find((x) => (x.fromYear ?? -Infinity) <= year && year <= (x.toYear ?? Infinity));
  const share = d && shareOfPercent(d.percent);
  return d && share ? make(share, d.source, 'national') : undefined;
}

/** A project's labour-pay share of its fund. */
export interface PayShare {
  /** planned pay / fund, exact (not reduced). */
  num: number;
  den: number;
  /** Percent with two decimals, e.g. '29.96%'; never on the other side of the rule's line than the true share. */
  text: string;
  /** Whether the share reaches the rule's minimum; absent without a rule. */
  met?: boolean;
}

/**
 * The share of `plannedPayFen` in `fundFen`, printed to two decimals rounded half-up, except that the printed
 * value never crosses the rule's line: 29.996% against 30% prints 29.99% (not met), and a met share never prints
 * below the minimum. Undefined without a positive fund (or with a negative pay).
 */
export function payShare(
  plannedPayFen: number,
  fundFen: number | undefined,
  rule?: { required: Share },
): PayShare | undefined {
  if (!fundFen || fundFen <= 0 || plannedPayFen < 0) return undefined;
  const pay = BigInt(plannedPayFen);
  const fund = BigInt(fundFen);
  // Hundredths of a percent: share × 10000, rounded half-up.
  let v = (pay * 20000n + fund) / (2n * fund);
  let met: boolean | undefined;
  if (rule) {
    const num = BigInt(rule.required.num);
    const den = BigInt(rule.required.den);
    met = pay * den >= num * fund;
    // The line in hundredths of a percent is num·10000/den; the printed v must stay on the true side of it.
    if (!met && v * den >= num * 10000n) v = (num * 10000n + den - 1n) / den - 1n;
    if (met && v * den < num * 10000n) v = (num * 10000n + den - 1n) / den;
  }
  const cents = v.toString().padStart(3, '0');
  const text = `${cents.slice(0, -2)}.${cents.slice(-2)}%`;
  const share: PayShare = { num: plannedPayFen, den: fundFen, text };
  if (met !== undefined) share.met = met;
  return share;
}

/** The least pay in 分 that meets the rule (rounded up): notices print it as “不低于157.50万元”. */
export function shareFloorFen(fundFen: number, rule: { required: Share }): number {
  const num = BigInt(rule.required.num);
  const den = BigInt(rule.required.den);
  return Number((BigInt(fundFen) * num + den - 1n) / den);
}
