/**
 * Which pages this Astro process renders. A national site has three pages per project (notice, printable notice,
 * payout list), and Astro renders on one core; scripts/build.ts therefore runs one Astro process per core, each
 * with YGDZ_SHARD=<k>/<n>, and merges their output (scripts/astroShards.ts). Each project's pages go to one shard,
 * dealt round-robin; every other page is rendered by each shard and the merge checks the copies are identical.
 * Without YGDZ_SHARD (small sites, `npm run dev`) there is one shard and nothing is filtered.
 */

export interface Shard {
  /** This process's shard, 0-based, and how many there are. */
  index: number;
  count: number;
}

/** Parses "k/n"; anything else is a programming error in the build script. */
export function parseShard(spec: string | undefined): Shard {
  if (!spec) return { index: 0, count: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(spec);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(count >= 1 && index >= 0 && index < count)) throw new Error(`YGDZ_SHARD must be k/n with 0 ≤ k < n: ${spec}`);
  return { index, count };
}

export const SHARD = parseShard(process.env.YGDZ_SHARD);

/** The items whose pages this shard renders: every count-th, from its index (all of them with one shard). */
export function ownShare<T>(items: readonly T[], shard: Shard = SHARD): T[] {
  return shard.count === 1 ? [...items] : items.filter((_, i) => i % shard.count === shard.index);
}

/**
 * Paths of a site-wide route that only the first shard renders: the others would render the same files again
 * (the merge would keep one copy), so large ones (the downloads, the payouts and stats pages) are left to one.
 */
export function leadOnly<T>(paths: readonly T[], shard: Shard = SHARD): T[] {
  return shard.index === 0 ? [...paths] : [];
}
