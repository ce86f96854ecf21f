import { percent } from '../format.ts';

/**
 * A share kept as its two integers, so it is rounded once, when shown (rounding to basis points first and
 * then to 0.1% would round twice and can be off by 0.1).
 */
export interface Ratio {
  num: number;
  den: number;
}

export function ratio(num: number, den: number | undefined): Ratio | undefined {
  return den !== undefined && den > 0 ? { num, den } : undefined;
}

/** "37.5%" */
export function formatRatio(r: Ratio): string {
  return `${percent(r.num, r.den)}%`;
}
