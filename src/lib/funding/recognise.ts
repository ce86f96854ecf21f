/**
 * Reading 资金来源 as notices write it: a fund's name alone ("县级财政资金") or prose with amounts
 * ("以工代赈中央投资370万元，地方配套资金28万元"). Finds each fund named, its amount in exact 分, and which fund
 * the labour-pay share is measured against.
 */
import { cleanText, parseMoney, toHalfWidth } from '../ingest/cells.ts';
import { FUND_TYPES, fundType, type FundType, type FundTypeId } from './types.ts';

/** One fund named with an amount. */
export interface FundPart {
  /** The fund as the text names it, e.g. 地方配套资金 (connectives such as 其中 dropped). */
  label: string;
  /** Its amount in 分. */
  fen: number;
  /** The fund type the label was recognised as; absent when the label names no known fund. */
  type?: FundTypeId;
}

export interface FundingRecognition {
  /** The fund type of the project: the 以工代赈 special fund when one is named; absent when nothing is recognised. */
  type?: FundTypeId;
  /** The text as read (cleaned and trimmed). */
  text: string;
  /** Every amount found, in the text's order, stated totals (总投资, 合计) excluded. */
  parts: FundPart[];
  /** The stated total (总投资…) if the text gives one, else the sum of the parts; absent without amounts. */
  totalFen?: number;
  /** The amount of the recognised fund (sum of its parts): the base of the labour-pay share. */
  fundFen?: number;
  /** Something the clerk should check (several special funds, an amount that could not be read…), in Chinese. */
  warning?: string;
}

/** The type a single fund name stands for, trying the registry in order. */
export function recogniseFundName(name: string): FundTypeId | undefined {
  const s = toHalfWidth(cleanText(name)).replace(/\s+/g, '');
  if (!s) return undefined;
  for (const t of FUND_TYPES as readonly FundType[])
    if (t.words.some((w) => w.test(s)) && !t.notWords.some((w) => w.test(s))) return t.id;
  return undefined;
}

// The patterns below run on the half-width text, which has the same length as the original (toHalfWidth maps one
// UTF-16 unit to one), so every index found there slices the original: labels keep their full-width （）.

/** An amount with its unit. 万/亿 alone must not be a count of people or area (2万人, 3万亩). */
const AMOUNT = /(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(亿元|万元|元|亿(?![人户亩米个吨])|万(?![人户亩米个吨]))/g;
/**
 * Where one fund's phrase ends: list punctuation, 和/及/与, a "," that is not a thousands separator, a "." (from 。)
 * that is not a decimal point.
 */
const SEPARATOR = /[;、/+\n]|(?<!\d),|,(?!\d{3}(?!\d))|(?<!\d)\.|\.(?!\d)|以及|和|及|与/g;
const LEADING = /^(?:[\s,:;([\]"'“”‘’、.]|其中|包括|包含|含|另有|另)+/;
const TRAILING = /(?:[\s,:;]|为|约|达|计|共|合计|共计|总计)+$/;
const TOTAL_WORD = /总投资|总资金|资金总额|总额|合计|共计|总计/;
const TOTAL_WORDS = new RegExp(TOTAL_WORD.source, 'g');
const PAY_WORD = /劳务报酬|劳务费|工资|务工收入/;

/** Exact 分 of a decimal string in 元, 万元 or 亿元 (亿 as 万元 with the point moved 4 places). */
function amountFen(int: string, frac: string, unit: string): { fen: number } | { message: string } {
  let s = `${int.replace(/,/g, '')}${frac ? `.${frac}` : ''}`;
  let base: '元' | '万元' = unit === '元' ? '元' : '万元';
  if (unit.startsWith('亿')) {
    const f = frac.padEnd(4, '0');
    s = `${int.replace(/,/g, '')}${f.slice(0, 4)}${f.length > 4 ? `.${f.slice(4)}` : ''}`;
    base = '万元';
  }
  const r = parseMoney(s, base);
  return r.ok ? { fen: r.value } : { message: r.message };
}

/** 分 as 万元 with the decimals it needs: 123450000 → "123.45万元". */
export function fenToWan(fen: number): string {
  const neg = fen < 0;
  const s = String(Math.abs(fen)).padStart(7, '0');
  const frac = s.slice(-6).replace(/0+$/, '');
  return `${neg ? '-' : ''}${s.slice(0, -6).replace(/^0+(?=\d)/, '')}${frac ? `.${frac}` : ''}万元`;
}

interface Span {
  start: number;
  end: number;
}

/** Splits [0, length) at the separators, keeping the pieces' positions. */
function segments(h: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const m of h.matchAll(SEPARATOR)) {
    spans.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  spans.push({ start, end: h.length });
  return spans;
}

const tidy = (label: string) => label.replace(LEADING, '').replace(TRAILING, '');

/**
 * Reads 资金来源. Unrecognisable text gives `type` undefined and is not an error: the caller warns.
 * With several special funds named the first in the text is the type, with a warning; local money (配套) is a part
 * but never the type when a special fund is named.
 */
export function recogniseFunding(raw: string): FundingRecognition {
  const text = cleanText(raw);
  const h = toHalfWidth(text);
  const parts: FundPart[] = [];
  const notes: string[] = [];
  /** Every type named, in text order, with or without an amount. */
  const named: FundTypeId[] = [];
  let statedTotal: number | undefined;

  for (const seg of segments(h)) {
    const piece = h.slice(seg.start, seg.end);
    const amounts = [...piece.matchAll(AMOUNT)];
    if (amounts.length === 0) {
      const t = recogniseFundName(piece);
      if (t) named.push(t);
      continue;
    }
    let from = 0;
    amounts.forEach((m, i) => {
      const before = text.slice(seg.start + from, seg.start + m.index);
      let label = tidy(before);
      from = m.index + m[0].length;
      // "安排450万元以工代赈资金": the name may follow the last amount of a phrase.
      const after = i === amounts.length - 1 ? tidy(text.slice(seg.start + from, seg.end)) : '';
      if (!recogniseFundName(label) && after && recogniseFundName(after)) label = after;
      const amount = amountFen(m[1], m[2] ?? '', m[3]);
      // 总投资/合计 is the stated total unless it is one fund's total (以工代赈资金合计…).
      const total = TOTAL_WORD.test(before) && !recogniseFundName(before.replace(TOTAL_WORDS, ''));
      const type = total ? undefined : recogniseFundName(label);
      if (type) named.push(type); // a fund named with an unreadable amount still decides the type
      if ('message' in amount) {
        notes.push(`资金来源中的金额${amount.message}，未计入`);
        return;
      }
      if (total) {
        statedTotal ??= amount.fen;
        return;
      }
      // "其中劳务报酬不低于111万元" says how the money is spent, not where it comes from.
      if (!type && PAY_WORD.test(label)) return;
      parts.push(type ? { label, fen: amount.fen, type } : { label, fen: amount.fen });
    });
  }

  const specials = [...new Set(named.filter((t) => fundType(t).special))];
  let type: FundTypeId | undefined = specials[0];
  if (specials.length > 1)
    notes.push(
      `资金来源写了${specials.map((t) => `“${fundType(t).name}”`).join('、')}，` +
        `按第一个“${fundType(specials[0]).name}”计算劳务报酬占比；如不对，请只写一种专项资金`,
    );
  // Without a special fund the type is the most specific other one: a key project before plain local money.
  if (!type) type = (FUND_TYPES as readonly FundType[]).find((t) => named.includes(t.id))?.id;

  const sum = parts.reduce((a, p) => a + p.fen, 0);
  if (statedTotal !== undefined && sum > statedTotal)
    notes.push(`资金来源中各项资金之和${fenToWan(sum)}超过了写明的总投资${fenToWan(statedTotal)}，请核对`);
  const own = parts.filter((p) => p.type !== undefined && p.type === type);

  const result: FundingRecognition = { text, parts };
  if (type) result.type = type;
  const totalFen = statedTotal ?? (parts.length ? sum : undefined);
  if (totalFen !== undefined) result.totalFen = totalFen;
  if (own.length) result.fundFen = own.reduce((a, p) => a + p.fen, 0);
  if (notes.length) result.warning = notes.join('；');
  return result;
}
