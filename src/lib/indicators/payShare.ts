/**
 * 劳务报酬占以工代赈专项资金比例: planned labour pay over the dedicated 以工代赈 fund, only where the
 * fund is given (the 30% rule applies to that fund, not to total investment). In basis points (1/10000),
 * rounded half up with integer arithmetic, so it is exact.
 */
export function payShareBasisPoints(plannedPayFen: number, reliefFundFen: number | undefined): number | undefined {
  if (!reliefFundFen || reliefFundFen <= 0) return undefined;
  const num = BigInt(plannedPayFen) * 20_000n + BigInt(reliefFundFen);
  return Number(num / (2n * BigInt(reliefFundFen)));
}

/** "37.5%" from basis points, one decimal, rounded half up. */
export function formatBasisPoints(bp: number): string {
  const tenths = Math.floor((bp + 5) / 10);
  return `${Math.trunc(tenths / 10)}.${tenths % 10}%`;
}
