/** How numbers, money and dates are written on the site. Integers in, strings out: no floating point. */

const group = (digits: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** Rounds an integer to a multiple of `unit`, halves away from zero. */
function roundTo(n: number, unit: number): number {
  const q = Math.trunc(n / unit);
  const r = n - q * unit;
  return (Math.abs(r) * 2 >= unit ? q + Math.sign(n) : q) * unit;
}

/** 分 → "12345.67" (元, exact, no separators: a number for spreadsheets and messages). */
export function yuanPlain(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const a = Math.abs(fen);
  return `${sign}${Math.trunc(a / 100)}.${String(a % 100).padStart(2, '0')}`;
}

/** 分 → "12,345.67" (元, exact). */
export function yuan(fen: number): string {
  return group(yuanPlain(fen));
}

/** 分 → "12.35" (万元, 2 decimals, rounded half up at 0.01 万元 = 100 元). */
export function wan(fen: number): string {
  const r = roundTo(fen, 10_000);
  const sign = r < 0 ? '-' : '';
  const units = Math.abs(r) / 10_000; // hundredths of 万元
  return `${sign}${group(String(Math.trunc(units / 100)))}.${String(units % 100).padStart(2, '0')}`;
}

/** Money in running text: 元 with thousands separators, fen only when there are any: "198,200 元", "1,430.50 元". */
export function yuanText(fen: number): string {
  const y = yuan(fen);
  return `${y.endsWith('.00') ? y.slice(0, -3) : y} 元`;
}

/** Whole count with thousands separators. */
export function int(n: number): string {
  return group(String(n));
}

/** Hundredths → "12.5" (trailing zeros dropped). */
export function hundredths(n: number): string {
  return n % 100 === 0
    ? String(n / 100)
    : `${Math.trunc(n / 100)}.${String(n % 100)
        .padStart(2, '0')
        .replace(/0$/, '')}`;
}

/** Percentage with one decimal from a ratio of non-negative integers, rounded once, half up: (1, 3) → "33.3". */
export function percent(numerator: number, denominator: number): string {
  const tenths = (BigInt(numerator) * 2000n + BigInt(denominator)) / (2n * BigInt(denominator));
  return `${tenths / 10n}.${tenths % 10n}`;
}
