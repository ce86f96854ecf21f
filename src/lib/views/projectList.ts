import type { Project } from '../../schemas/project.ts';

/** The project list's order: newest year first, then by 项目编号 as the ledger numbers them. */
export function projectList<T extends Pick<Project, 'year' | 'id'>>(projects: readonly T[]): T[] {
  return [...projects].sort((a, b) => b.year - a.year || (a.id < b.id ? -1 : 1));
}
