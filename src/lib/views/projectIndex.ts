/**
 * The small index the project filter loads on demand when the list is split into pages (/projects/year/<年>.json):
 * per year, what a row of the project list shows and what the filters match on, nothing else. Names of 街道,
 * 行业领域, 项目类型 and 项目状态 are listed once and rows point into those lists; money is the text the list
 * shows (万元), so the browser formats nothing. Read by src/scripts/projectIndexFilter.ts, which writes every
 * value as text (textContent), never as markup.
 */
import type { Project } from '../../schemas/project.ts';
import { byChinese } from '../collate.ts';
import { wan } from '../format.ts';

export type IndexedProject = Pick<
  Project,
  | 'id'
  | 'name'
  | 'year'
  | 'subdistrict'
  | 'sectors'
  | 'type'
  | 'status'
  | 'noticeStart'
  | 'noticeEnd'
  | 'plannedPayFen'
  | 'paidFen'
>;

/**
 * One project: 项目编号, 项目名称, then indexes into the year's 街道, 行业领域 (one, or two as an array), 项目类型
 * and 项目状态 lists, the 公示 start and end dates ('' when none), and 预计 and 已发放劳务报酬 in 万元 as shown.
 */
export type IndexRow = [
  id: string,
  name: string,
  subdistrict: number,
  sectors: number | number[],
  type: number,
  status: number,
  noticeStart: string,
  noticeEnd: string,
  plannedWan: string,
  paidWan: string,
];

export interface ProjectIndex {
  year: number;
  subdistricts: string[];
  sectors: string[];
  types: string[];
  statuses: string[];
  /** In the order of the year's list pages: by 街道, then 项目编号. */
  rows: IndexRow[];
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The index of one year's projects. */
export function projectIndex(year: number, projects: readonly IndexedProject[]): ProjectIndex {
  const list = projects
    .filter((p) => p.year === year)
    .sort((a, b) => byChinese(a.subdistrict, b.subdistrict) || byCode(a.id, b.id));
  const table = () => {
    const values: string[] = [];
    const at = new Map<string, number>();
    const of = (v: string) => {
      let i = at.get(v);
      if (i === undefined) at.set(v, (i = values.push(v) - 1));
      return i;
    };
    return { values, of };
  };
  const [subdistricts, sectors, types, statuses] = [table(), table(), table(), table()];
  const rows = list.map((p): IndexRow => {
    const sector = p.sectors.map(sectors.of);
    return [
      p.id,
      p.name,
      subdistricts.of(p.subdistrict),
      sector.length === 1 ? sector[0] : sector,
      types.of(p.type),
      statuses.of(p.status),
      p.noticeStart ?? '',
      p.noticeEnd ?? '',
      wan(p.plannedPayFen),
      wan(p.paidFen),
    ];
  });
  return {
    year,
    subdistricts: subdistricts.values,
    sectors: sectors.values,
    types: types.values,
    statuses: statuses.values,
    rows,
  };
}
