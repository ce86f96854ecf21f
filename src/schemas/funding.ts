import { z } from 'astro/zod';
import { toHalfWidth } from '../lib/ingest/cells.ts';
import { MAX_PERCENT_DECIMALS, shareOfPercent, type ShareText } from '../lib/funding/share.ts';
import { FUND_TYPES, type FundType, type FundTypeId } from '../lib/funding/types.ts';

/** Invisible characters a setting must not hold (as in site.ts): controls, line breaks, bidi marks, zero-widths. */
const INVISIBLE = /[\x00-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufffe\uffff]/;

const SOURCE_EXAMPLE = '例如“四川省发展改革委 2024 年通知”';

/** A minimum share in percent: 30 means 30%; up to four decimals (33.08). Becomes an exact rational. */
const percent = z
  .number({ error: '请填写数字，例如 30 表示 30%（不加引号和百分号）' })
  .refine((n) => n > 0, '比例必须大于 0')
  .refine((n) => n <= 100, '比例不能超过 100')
  .refine(
    (n) => n <= 0 || n > 100 || shareOfPercent(String(n)) !== undefined,
    `比例最多保留 ${MAX_PERCENT_DECIMALS} 位小数`,
  )
  .transform((n) => shareOfPercent(String(n))!);

/** The settings of one fund type. */
const fundSetting = z
  .strictObject({
    /** Minimum labour-pay share in percent for every year, e.g. 25. */
    percent: percent.optional(),
    /** Per-year minimums in percent, keyed by the project's year: {"2024": 25}. They win over `percent`. */
    years: z.record(z.string(), percent).default({}),
    /** Where the minimum comes from, shown beside the share on the site. One line of printable text. */
    source: z
      .string({ error: `请写明比例的依据（source），${SOURCE_EXAMPLE}` })
      .refine((s) => s.trim().length > 0, `请写明比例的依据（source），${SOURCE_EXAMPLE}`)
      .refine((s) => !INVISIBLE.test(s), '不能包含不可见的控制字符或换行'),
  })
  .superRefine((s, ctx) => {
    // Year keys checked here rather than by a key schema, whose message would be a generic "invalid key".
    for (const y of Object.keys(s.years))
      if (!/^(19|20|21)\d{2}$/.test(y))
        ctx.addIssue({ code: 'custom', path: ['years', y], message: `“${y}”不是年份，请写成四位数字，例如 "2024"` });
    if (s.percent === undefined && Object.keys(s.years).length === 0)
      ctx.addIssue({
        code: 'custom',
        message: '请填写 percent（各年通用的比例）或 years（按年份的比例），例如 {"percent": 25, "source": "…"}',
      });
  });

/** One fund type's settings after parsing: shares exact, `key` as the clerk wrote it (for messages). */
export interface FundSetting {
  key: string;
  percent?: ShareText;
  years: Record<string, ShareText>;
  source: string;
}

/** site.json `funding` after parsing: settings by fund type id. */
export type FundingSettings = Partial<Record<FundTypeId, FundSetting>>;

const norm = (s: string) => toHalfWidth(s).replace(/\s+/g, '');
/** Every name a key may take: canonical Chinese name, shorter Chinese aliases, and the English id. */
const KEYS = new Map<string, FundType>(
  (FUND_TYPES as readonly FundType[]).flatMap((t) => [t.name, ...t.aliases, t.id].map((k) => [norm(k), t] as const)),
);
const WITH_SHARE = (FUND_TYPES as readonly FundType[]).filter((t) => t.hasShare);
const NAMES = WITH_SHARE.map((t) => `“${t.name}”（或“${t.aliases[0]}”）`).join('、');

/**
 * site.json `funding`: the minimum labour-pay share per fund type, where the province or the county sets one.
 * Keyed by the fund's Chinese name as notices write it (the canonical name, a short name such as 衔接资金, or
 * the English id), because that is what a clerk has in front of them:
 *
 *     "funding": {
 *       "衔接资金": { "percent": 25, "source": "四川省财政厅 2024 年通知" },
 *       "以工代赈中央预算内投资": { "years": { "2025": 35 }, "source": "某某县 2025 年实施方案" }
 *     }
 *
 * Without an entry 以工代赈中央预算内投资 follows the national rule (15% to 2021, 30% from 2022) and the other
 * funds show the share with no minimum. Local money and key projects take no entry: they have no minimum.
 */
export const fundingSettingsSchema = z
  .record(z.string(), z.unknown())
  // Keys checked by hand, and each entry parsed here, so that an unknown name is reported together with the
  // entries' own mistakes (a refinement after the record would be skipped once any entry fails).
  .transform((rec, ctx): FundingSettings => {
    const out: FundingSettings = {};
    const issue = (path: PropertyKey[], message: string) =>
      ctx.issues.push({ code: 'custom', path, message, input: rec });
    for (const [key, value] of Object.entries(rec)) {
      const t = KEYS.get(norm(key));
      if (!t) {
        issue([key], `不认识的资金类型“${key}”，可以写：${NAMES}`);
        continue;
      }
      if (!t.hasShare) {
        const named = norm(key) === norm(t.name) ? `“${key}”` : `“${key}”（${t.name}）`;
        issue([key], `${named}不设劳务报酬占比下限，请删除这一项；可以设置的有：${NAMES}`);
        continue;
      }
      const before = out[t.id];
      if (before) {
        issue([key], `“${key}”和“${before.key}”是同一种资金（${t.name}），请只写一项`);
        continue;
      }
      const r = fundSetting.safeParse(value);
      if (!r.success) {
        for (const i of r.error.issues) issue([key, ...i.path], i.message);
        continue;
      }
      const { percent, years, source } = r.data;
      out[t.id] = { key, ...(percent ? { percent } : {}), years, source: source.trim() };
    }
    return out;
  })
  .prefault({});
