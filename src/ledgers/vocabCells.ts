/**
 * Cell types of the district vocabularies (src/lib/vocab): the value is resolved against the national defaults
 * plus site.json's additions and synonyms, which the read context carries. The 填写说明 lists the defaults.
 */
import { VOCABULARY_DEFAULTS, type VocabularyId } from '../lib/vocab/defaults.ts';
import type { Cell } from '../lib/ingest/cells.ts';
import type { Vocabulary } from '../lib/vocab/vocabulary.ts';
import type { CellType } from './types.ts';

const defaults = (id: VocabularyId) => VOCABULARY_DEFAULTS[id].values.map((v) => v.value).join('、');
const howToAdd = (id: VocabularyId) =>
  `常见的其他写法会自动对应并给出提示；本县另有的值写在 site.json 的 vocabularies.${VOCABULARY_DEFAULTS[id].column} 中`;

/** One value of a vocabulary. */
export const term = (id: VocabularyId): CellType<string> => ({
  describe: `填：${defaults(id)}。${howToAdd(id)}`,
  parse: (raw, ctx) => ctx.vocab[id].resolve(raw),
});

/** One or more values of a vocabulary in one cell, separated by “、”. */
export const terms = (id: VocabularyId, max?: number): CellType<string[]> => ({
  describe: `填：${defaults(id)}；${max ? `最多 ${max} 个，` : '可以填多个，'}用“、”隔开。${howToAdd(id)}`,
  parse: (raw, ctx) => ctx.vocab[id].resolveList(raw, max ? { max } : undefined),
});

/**
 * terms(), remembered per distinct cell: a roster of millions repeats a handful of category cells. The value list
 * is shared by the rows that wrote the same cell, so whoever keeps it must not change it (workers.ts freezes it).
 */
export const sharedTerms = (id: VocabularyId): CellType<readonly string[]> => {
  const base = terms(id);
  const memo = new WeakMap<Vocabulary, Map<string, Cell<string[]>>>();
  return {
    describe: base.describe,
    parse: (raw, ctx) => {
      const vocab = ctx.vocab[id];
      let cells = memo.get(vocab);
      if (!cells) memo.set(vocab, (cells = new Map()));
      let cell = cells.get(raw);
      if (!cell) {
        if (cells.size >= 4096) cells.clear(); // a cache, bounded whatever the data
        cells.set(raw, (cell = base.parse(raw, ctx)));
      }
      return cell;
    },
  };
};
