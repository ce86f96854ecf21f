/**
 * The state of a project's 公示期 on a given day (Asia/Shanghai). Used at build time and again in the
 * browser, so a page built last week never claims a closed notice is still open.
 */
export type NoticeState = 'open' | 'closed' | 'upcoming' | 'none';

export function noticeState(start: string | undefined, end: string | undefined, today: string): NoticeState {
  if (!start || !end) return 'none';
  if (today < start) return 'upcoming';
  if (today > end) return 'closed';
  return 'open';
}

/** The states residents see: 公示中 / 公示已结束 / 公示未开始 (dates set, not begun) / 未公示 (no notice made). */
export const NOTICE_LABEL: Record<NoticeState, string> = {
  open: '公示中',
  closed: '公示已结束',
  upcoming: '公示未开始',
  none: '未公示',
};

/**
 * Most notices the home page lists (soonest end first); the rest are counted and left to the project lists, so
 * the home page stays small when a province has thousands of notices open at once.
 */
export const HOME_NOTICES = 60;

/**
 * The notices the home page lists: open on `today` or opening later (the browser re-checks both against its
 * own date), soonest end first; `open` says which show before that check.
 */
export function listedNotices<T extends { noticeStart?: string; noticeEnd?: string }>(
  projects: readonly T[],
  today: string,
): Array<{ project: T; open: boolean }> {
  return projects
    .map((project) => ({ project, state: noticeState(project.noticeStart, project.noticeEnd, today) }))
    .filter((n) => n.state === 'open' || n.state === 'upcoming')
    .sort((a, b) => (a.project.noticeEnd! < b.project.noticeEnd! ? -1 : 1))
    .map((n) => ({ project: n.project, open: n.state === 'open' }));
}
