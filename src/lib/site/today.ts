import { isoDateInShanghai } from '../dates.ts';

/**
 * The day the site is built, in Asia/Shanghai: the day a notice's 公示 state is computed for before the
 * browser recomputes it. SITE_TODAY (YYYY-MM-DD) fixes it, for tests and reproducible builds.
 */
export function buildDay(env: Record<string, string | undefined> = process.env, now = new Date()): string {
  const fixed = env.SITE_TODAY;
  if (fixed && /^\d{4}-\d{2}-\d{2}$/.test(fixed)) return fixed;
  return isoDateInShanghai(now);
}
