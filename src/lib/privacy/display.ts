import type { ProtectedCount } from '../../schemas/common.ts';
import { int } from '../format.ts';
import { HIDDEN_MARK, LT5_MARK } from './rule.ts';

export { SUPPRESSION_NOTE } from './rule.ts';

/** How a published count is written: the number, "<5" for a withheld 0–4, "—" for any other withheld value. Never 0. */
export function showCount(c: ProtectedCount): string {
  if (c.suppressed === false) return int(c.value);
  return c.suppressed === 'lt5' ? LT5_MARK : HIDDEN_MARK;
}
