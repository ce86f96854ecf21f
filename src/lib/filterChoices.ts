/** The choices each project-list filter offers (build time only; the browser script needs none of this). */
import type { Project } from '../schemas/project.ts';
import { byChinese } from './collate.ts';
import { FILTERS, type FilterDef } from './projectFilters.ts';
import { inVocabularyOrder } from './vocab/order.ts';

function ordered(def: FilterDef, values: string[]): string[] {
  if (def.order === 'newest') return [...values].sort().reverse();
  if (def.order === 'collate') return [...values].sort(byChinese);
  return inVocabularyOrder(def.order, values);
}

/** The choices of each filter, from the values the projects have. */
export function choices(projects: readonly Project[]): Array<{ def: FilterDef; values: string[] }> {
  return FILTERS.map((def) => ({ def, values: ordered(def, [...new Set(projects.flatMap(def.values))]) }));
}
