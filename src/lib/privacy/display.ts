import type { ProtectedCount } from '../../schemas/common.ts';
import { int } from '../format.ts';

/** How a suppressed count is written: "<5" for 0–4, "—" for a value withheld to protect another. Never 0. */
export function showCount(c: ProtectedCount): string {
  if (c.suppressed === false) return int(c.value);
  return c.suppressed === 'lt5' ? '<5' : '—';
}

/** What the marks mean, printed under every table that may contain them. */
export const SUPPRESSION_NOTE = '“<5”表示 0–4 人；“—”表示为防止通过合计推算出小数值而不公布。';
