/**
 * The project list in pages a phone can open at any scale: one set of pages per 年度, each at most
 * LIST_PAGE_ROWS projects, ordered by 街道 (Chinese collation) then 项目编号, so a 街道's projects stand together
 * and each page names the 街道 it runs from and to. Works without JavaScript; /projects/ links every page.
 */
import type { Project } from '../../schemas/project.ts';
import { byChinese } from '../collate.ts';
import { projectYearPath } from '../routes.ts';
import { rowBudget } from './paging.ts';

/** Most projects on one list page: about 70 KB gzipped, well under the 150 KB a page may weigh. */
export const LIST_PAGE_ROWS = rowBudget(1000);

export interface ProjectListPage<T> {
  year: number;
  /** 1-based page of the year, and how many the year has. */
  part: number;
  parts: number;
  path: string;
  projects: T[];
  /** The 街道 of its first and last project. */
  from: string;
  to: string;
}

type Listed = Pick<Project, 'year' | 'id' | 'subdistrict'>;

/** Every list page, newest year first. */
export function projectListPages<T extends Listed>(
  projects: readonly T[],
  rows = LIST_PAGE_ROWS,
): ProjectListPage<T>[] {
  const years = [...new Set(projects.map((p) => p.year))].sort((a, b) => b - a);
  return years.flatMap((year) => {
    const list = projects
      .filter((p) => p.year === year)
      .sort((a, b) => byChinese(a.subdistrict, b.subdistrict) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const parts = Math.ceil(list.length / rows);
    return Array.from({ length: parts }, (_, k) => {
      const chunk = list.slice(k * rows, (k + 1) * rows);
      return {
        year,
        part: k + 1,
        parts,
        path: projectYearPath(year, k + 1),
        projects: chunk,
        from: chunk[0].subdistrict,
        to: chunk.at(-1)!.subdistrict,
      };
    });
  });
}

/** How a page is named in links: "2024年" or "2024年 第 2 页（白鹤镇—石桥镇）". */
export function listPageLabel(p: Pick<ProjectListPage<unknown>, 'year' | 'part' | 'parts' | 'from' | 'to'>): string {
  if (p.parts === 1) return `${p.year}年`;
  const range = p.from === p.to ? p.from : `${p.from}—${p.to}`;
  return `${p.year}年 第 ${p.part} 页（${range}）`;
}

/** The id of the row where a 街道's projects begin on a list page. */
export const streetAnchor = (subdistrict: string): string => `j-${subdistrict}`;

/**
 * The 街道 of a year whose list has several pages, each with the page (and row) its projects begin on and how
 * many it has in the year: the way to a 街道's projects without JavaScript.
 */
export function yearStreets<T extends Listed>(
  pages: readonly ProjectListPage<T>[],
  year: number,
): Array<{ subdistrict: string; projects: number; href: string }> {
  const out = new Map<string, { subdistrict: string; projects: number; href: string }>();
  for (const page of pages) {
    if (page.year !== year) continue;
    for (const p of page.projects) {
      const s = out.get(p.subdistrict);
      if (s) s.projects++;
      else
        out.set(p.subdistrict, {
          subdistrict: p.subdistrict,
          projects: 1,
          href: `${page.path}#${encodeURIComponent(streetAnchor(p.subdistrict))}`,
        });
    }
  }
  return [...out.values()];
}

/** The projects of a page that begin their 街道 on it (their rows carry the 街道's anchor). */
export function streetStarts<T extends Listed>(page: ProjectListPage<T>, pages: readonly ProjectListPage<T>[]): Set<T> {
  const before = pages.find((p) => p.year === page.year && p.part === page.part - 1);
  const starts = new Set<T>();
  let last = before?.projects.at(-1)?.subdistrict;
  for (const p of page.projects) {
    if (p.subdistrict !== last) starts.add(p);
    last = p.subdistrict;
  }
  return starts;
}
