/**
 * Filters of the project list: which fields, their URL parameter names, and the choices offered.
 * The page renders the controls from this module and the browser script filters with it, so the
 * URL a resident shares means the same thing everywhere.
 */
import type { Project } from '../schemas/project.ts';
import { PROJECT_STATUSES, PROJECT_TYPES, SECTORS } from '../schemas/options.ts';
import { byChinese } from './collate.ts';

export interface FilterDef {
  /** URL query parameter, e.g. ?subdistrict=解甲庄街道 */
  param: 'year' | 'subdistrict' | 'sector' | 'type' | 'status';
  label: string;
  value: (p: Pick<Project, 'year' | 'subdistrict' | 'sector' | 'type' | 'status'>) => string;
  /** Order of choices: the ledger's own order for closed lists, Chinese collation for names, newest year first. */
  order: (values: string[]) => string[];
}

const inListOrder = (list: readonly string[]) => (values: string[]) => list.filter((v) => values.includes(v));

export const FILTERS: readonly FilterDef[] = [
  { param: 'year', label: '年度', value: (p) => String(p.year), order: (v) => [...v].sort().reverse() },
  { param: 'subdistrict', label: '街道', value: (p) => p.subdistrict, order: (v) => [...v].sort(byChinese) },
  { param: 'sector', label: '行业领域', value: (p) => p.sector, order: inListOrder(SECTORS) },
  { param: 'type', label: '项目类型', value: (p) => p.type, order: inListOrder(PROJECT_TYPES) },
  { param: 'status', label: '项目状态', value: (p) => p.status, order: inListOrder(PROJECT_STATUSES) },
];

export type Selection = Partial<Record<FilterDef['param'], string>>;

/** The choices each filter offers, from the projects present. */
export function choices(projects: readonly Project[]): Array<{ def: FilterDef; values: string[] }> {
  return FILTERS.map((def) => ({ def, values: def.order([...new Set(projects.map(def.value))]) }));
}

/** Reads a selection from a query string; unknown parameters and empty values are ignored. */
export function parseSelection(search: string): Selection {
  const q = new URLSearchParams(search);
  const s: Selection = {};
  for (const f of FILTERS) {
    const v = q.get(f.param);
    if (v) s[f.param] = v;
  }
  return s;
}

/** The query string for a selection, in filter order so equal selections give equal URLs. */
export function selectionToSearch(s: Selection): string {
  const q = new URLSearchParams();
  for (const f of FILTERS) if (s[f.param]) q.set(f.param, s[f.param]!);
  const str = q.toString();
  return str ? `?${str}` : '';
}

/** Does a row, described by its filter values, match the selection? */
export function matches(values: Record<string, string>, s: Selection): boolean {
  return FILTERS.every((f) => !s[f.param] || values[f.param] === s[f.param]);
}

export type FilterParam = FilterDef['param'];

/** A filter's label: also the name of the search facet (Pagefind filter) the notice page feeds. */
export function filterLabel(param: FilterParam): string {
  return FILTERS.find((f) => f.param === param)!.label;
}

/** How a choice is written in the list of choices: years as "2023年", other values as they are. */
export function choiceText(param: FilterParam, value: string): string {
  return param === 'year' ? `${value}年` : value;
}

/** A project's filter values as the data-* attributes of its row, which the browser script matches on. */
export function filterAttributes(p: Parameters<FilterDef['value']>[0]): Record<string, string> {
  return Object.fromEntries(FILTERS.map((f) => [`data-${f.param}`, f.value(p)]));
}
