/**
 * Reading the project index (src/lib/views/projectIndex.ts) in the browser: what a row matches on and what it
 * shows. No DOM here, so it is tested in Node; src/scripts/projectIndexFilter.ts draws the rows.
 */
import type { IndexRow, ProjectIndex } from '../lib/views/projectIndex.ts';
import { FILTERS, type Selection } from '../lib/projectFilters.ts';
import { NOTICE_LABEL, noticeState, type NoticeState } from '../lib/notice.ts';

/**
 * Does a row match the selection? The same rule as the one-page filter (projectFilters.ts `matches`): every chosen
 * filter has the chosen value among the row's values (a project with two 行业领域 matches either).
 */
export function rowMatches(index: ProjectIndex, r: IndexRow, s: Selection): boolean {
  const fields = {
    year: index.year,
    subdistrict: index.subdistricts[r[2]],
    sectors: (typeof r[3] === 'number' ? [r[3]] : r[3]).map((i) => index.sectors[i]),
    type: index.types[r[4]],
    status: index.statuses[r[5]],
  };
  return FILTERS.every((f) => !s[f.param] || f.values(fields).includes(s[f.param]!));
}

export interface ShownProject {
  id: string;
  name: string;
  /** "白鹤镇 · 交通运输 · 以工代赈中央预算内投资项目", as under a name in the list. */
  detail: string;
  year: string;
  status: string;
  notice: { state: NoticeState; label: string; start: string; end: string };
  planned: string;
  paid: string;
}

/** What the list shows for a row, its 公示 state as of `today`. */
export function shownProject(index: ProjectIndex, r: IndexRow, today: string): ShownProject {
  const sectors = (typeof r[3] === 'number' ? [r[3]] : r[3]).map((i) => index.sectors[i]);
  const state = noticeState(r[6] || undefined, r[7] || undefined, today);
  return {
    id: r[0],
    name: r[1],
    detail: `${index.subdistricts[r[2]]} · ${sectors.join('、')} · ${index.types[r[4]]}`,
    year: String(index.year),
    status: index.statuses[r[5]],
    notice: { state, label: NOTICE_LABEL[state], start: r[6], end: r[7] },
    planned: r[8],
    paid: r[9],
  };
}
