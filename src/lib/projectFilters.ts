/**
 * Filters of the project list: which fields, their URL parameter names, and the choices offered.
 * The page renders the controls from this module and the browser script filters with it, so the
 * URL a resident shares means the same thing everywhere.
 */
import type { Project } from '../schemas/project.ts';

type FilterFields = Pick<Project, 'year' | 'subdistrict' | 'sectors' | 'type' | 'status'>;

export interface FilterDef {
  /** URL query parameter, e.g. ?subdistrict=解甲庄街道 */
  param: 'year' | 'subdistrict' | 'sector' | 'type' | 'status';
  label: string;
  /** A project's values (a project may have two 行业领域: it matches either). */
  values: (p: FilterFields) => string[];
  /**
   * Order of choices (applied at build time by filterChoices.ts, so the browser script stays small): newest year
   * first, Chinese collation for names, or a vocabulary's national order.
   */
  order: 'newest' | 'collate' | 'sectors' | 'projectTypes' | 'projectStatuses';
}

/** Separates several values in a data-* attribute. */
const SEP = '|';

export const FILTERS: readonly FilterDef[] = [
  { param: 'year', label: '年度', values: (p) => [String(p.year)], order: 'newest' },
  { param: 'subdistrict', label: '街道', values: (p) => [p.subdistrict], order: 'collate' },
  { param: 'sector', label: '行业领域', values: (p) => p.sectors, order: 'sectors' },
  { param: 'type', label: '项目类型', values: (p) => [p.type], order: 'projectTypes' },
  { param: 'status', label: '项目状态', values: (p) => [p.status], order: 'projectStatuses' },
];

export type Selection = Partial<Record<FilterDef['param'], string>>;

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
  return FILTERS.every((f) => !s[f.param] || (values[f.param] ?? '').split(SEP).includes(s[f.param]!));
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
export function filterAttributes(p: FilterFields): Record<string, string> {
  return Object.fromEntries(FILTERS.map((f) => [`data-${f.param}`, f.values(p).join(SEP)]));
}
