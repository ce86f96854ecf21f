/** Display order of a vocabulary's values: the national defaults' order, then a district's own values by collation. */
import { byChinese } from '../collate.ts';
import { VOCABULARY_DEFAULTS, type VocabularyId } from './defaults.ts';

const rank = new Map(
  Object.entries(VOCABULARY_DEFAULTS).map(([id, d]) => [id, new Map(d.values.map((v, i) => [v.value, i]))]),
);

/** `values` (distinct) in display order; independent of the data, so two builds order alike. */
export function inVocabularyOrder(id: VocabularyId, values: readonly string[]): string[] {
  const r = rank.get(id)!;
  return [...values].sort((a, b) => (r.get(a) ?? Infinity) - (r.get(b) ?? Infinity) || byChinese(a, b));
}
