/** The home page's list of recent changes: the latest supervision visits and news, newest first. */
import type { Inspection } from '../../schemas/inspection.ts';
import { newsPath, projectPath } from '../routes.ts';

export interface RecentItem {
  date: string;
  text: string;
  href: string;
}

/** How many recent changes the home page lists. */
export const RECENT_ITEMS = 6;

export function recentUpdates(
  inspections: readonly Inspection[],
  news: ReadonlyArray<{ id: string; data: { date: string; title: string } }>,
  projectName: (id: string) => string | undefined,
): RecentItem[] {
  return [
    ...inspections.map((i) => ({
      date: i.date,
      text: `${projectName(i.projectId)}：${i.stage}阶段检查，${i.rectification}`,
      href: projectPath(i.projectId),
    })),
    ...news.map((n) => ({ date: n.data.date, text: n.data.title, href: newsPath(n.id) })),
  ]
    .sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.href < b.href ? -1 : 1))
    .slice(0, RECENT_ITEMS);
}
