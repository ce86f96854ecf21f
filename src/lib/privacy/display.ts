import type { ProtectedCount } from '../../schemas/common.ts';
import { int } from '../format.ts';
import { HIDDEN_MARK, LT5_MARK, SMALL } from './rule.ts';

export { HIDDEN_DEFINITION, LT5_DEFINITION, OVERLAP_NOTE, SUPPRESSION_NOTE } from './rule.ts';
export { HIDDEN_MARK, LT5_MARK };

/** How a suppressed count column is written in the downloads (the data dictionary's type). */
export const COUNT_CELL_TYPE = `整数；不公布的写作“${LT5_MARK}”（0–${SMALL - 1} 人）或“${HIDDEN_MARK}”（任何人数）`;

/** How a published count is written: the number, "<5" for a withheld 0–4, "—" for any other withheld value. Never 0. */
export function showCount(c: ProtectedCount): string {
  if (c.suppressed === false) return int(c.value);
  return c.suppressed === 'lt5' ? LT5_MARK : HIDDEN_MARK;
}
