/**
 * Job openings (jobs.csv): their state on a day and the order residents see them in. Used at build time and
 * again in the browser, so a page built days ago never offers an opening whose sign-up has closed.
 */
import type { Job } from '../schemas/job.ts';

export type JobState = 'open' | 'upcoming' | 'closed';

/** 报名中 from 报名开始日期 to 报名截止日期 inclusive (Asia/Shanghai days). */
export function jobState(start: string, end: string, today: string): JobState {
  if (today < start) return 'upcoming';
  if (today > end) return 'closed';
  return 'open';
}

export const JOB_LABEL: Record<JobState, string> = { open: '正在报名', upcoming: '尚未开始报名', closed: '报名已截止' };

/** Open first, then upcoming, then closed: what a resident looking for work needs most is what they can join. */
export const JOB_RANK: Record<JobState, number> = { open: 0, upcoming: 1, closed: 2 };

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Openings in the order /jobs/ lists them on `today`: by state (open, upcoming, closed); open ones closing soonest
 * first, upcoming ones opening soonest first, closed ones most recently closed first; then project and id.
 */
export function orderJobs<T extends Pick<Job, 'id' | 'projectId' | 'start' | 'end'>>(
  jobs: readonly T[],
  today: string,
): Array<{ job: T; state: JobState }> {
  const key = (j: T, s: JobState) => (s === 'open' ? j.end : s === 'upcoming' ? j.start : '');
  return jobs
    .map((job) => ({ job, state: jobState(job.start, job.end, today) }))
    .sort(
      (a, b) =>
        JOB_RANK[a.state] - JOB_RANK[b.state] ||
        byCode(key(a.job, a.state), key(b.job, b.state)) ||
        (a.state === 'closed' ? byCode(b.job.end, a.job.end) : 0) ||
        byCode(a.job.projectId, b.job.projectId) ||
        byCode(a.job.id, b.job.id),
    );
}

/** The published collection: ids `<项目编号>_<n>` counting each project's openings in ledger order. */
export function publishJobs(rows: ReadonlyArray<Omit<Job, 'id'> & { line: number }>): Job[] {
  const n = new Map<string, number>();
  return [...rows]
    .sort((a, b) => byCode(a.projectId, b.projectId) || a.line - b.line)
    .map(({ line: _line, ...r }) => {
      const k = (n.get(r.projectId) ?? 0) + 1;
      n.set(r.projectId, k);
      return { id: `${r.projectId}_${k}`, ...r };
    });
}

/**
 * Closed openings /jobs/ still lists: the most recently closed this many. A national site has tens of thousands of
 * past openings; the page stays small and the download (jobs.csv) keeps them all.
 */
export const LISTED_CLOSED = 100;
/** Items in the feed of new openings (newest 报名开始日期 first). */
export const FEED_ITEMS = 100;

/** What /jobs/ lists on `today`: every open and upcoming opening, and the LISTED_CLOSED latest closed ones. */
export function listedJobs<T extends Pick<Job, 'id' | 'projectId' | 'start' | 'end'>>(
  jobs: readonly T[],
  today: string,
): { listed: T[]; closedLeftOut: number } {
  const ordered = orderJobs(jobs, today);
  const closed = ordered.filter((o) => o.state === 'closed');
  const keep = new Set(closed.slice(0, LISTED_CLOSED).map((o) => o.job));
  const listed = jobs.filter((j) => jobState(j.start, j.end, today) !== 'closed' || keep.has(j));
  return { listed, closedLeftOut: closed.length - keep.size };
}
