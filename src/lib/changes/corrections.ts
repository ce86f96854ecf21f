/**
 * Corrections need a reason: once a project's 公示 has begun, a change to any of its public fields (compared with
 * the last committed version of the data) needs a new row in corrections.csv for that project. One error per
 * changed field, at the project's row, naming the field and its old and new values.
 */
import type { CorrectionRecord } from '../../ledgers/corrections.ts';
import type { ProjectRecord } from '../../ledgers/projects.ts';
import type { Project } from '../../schemas/project.ts';
import { chineseDate } from '../dates.ts';
import { WHOLE_FILE, type Problems } from '../ingest/problems.ts';
import { fieldChanges, PROJECT_FIELDS } from './diff.ts';

/** The last committed version, as far as the check needs it. */
export interface PreviousVersion {
  /** How messages name it, e.g. “上次提交的版本（3f2a9c1）”. */
  label: string;
  projects: readonly Project[];
  /** corrections.csv rows per 项目编号 in that version. */
  corrections: ReadonlyMap<string, number>;
}

/** Why the check could not run (outside git, first commit, the old version had errors): one warning. */
export interface NoPreviousVersion {
  unavailable: string;
}

const HOW =
  '请在 corrections.csv 中为这个项目增加一行（项目编号,更正日期,更正原因），写明为什么更正；' +
  '公示开始后修改项目公开信息，必须有更正原因';

/** A long value cut for the message, so a changed 建设内容 still reads as one line. */
const cut = (s: string) => (Array.from(s).length > 40 ? `${Array.from(s).slice(0, 40).join('')}…` : s);

export function countCorrections(rows: Iterable<{ projectId: string }>): Map<string, number> {
  const n = new Map<string, number>();
  for (const r of rows) n.set(r.projectId, (n.get(r.projectId) ?? 0) + 1);
  return n;
}

export function checkCorrections(
  projects: ReadonlyMap<string, ProjectRecord & { line: number }>,
  corrections: readonly CorrectionRecord[],
  previous: PreviousVersion | NoPreviousVersion,
  today: string,
  problems: Problems,
): void {
  if ('unavailable' in previous) {
    problems.warning('corrections.csv', 0, WHOLE_FILE, previous.unavailable);
    return;
  }
  const now = countCorrections(corrections);
  const explained = (id: string) => (now.get(id) ?? 0) > (previous.corrections.get(id) ?? 0);
  // A field nobody filled in the old version (e.g. a column added since) is new information, not a correction.
  const known = new Set(
    PROJECT_FIELDS.filter((f) =>
      previous.projects.some((p) => {
        const v = (p as Record<string, unknown>)[f.key];
        return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
      }),
    ).map((f) => f.key),
  );
  const fields = PROJECT_FIELDS.filter((f) => known.has(f.key));
  for (const old of previous.projects) {
    if (!old.noticeStart || old.noticeStart > today || explained(old.id)) continue;
    const since = `项目 ${old.id}（${old.name}）的公示已于${chineseDate(old.noticeStart)}开始`;
    const p = projects.get(old.id);
    if (!p) {
      problems.error('projects.csv', 0, WHOLE_FILE, `${since}，与${previous.label}相比，这个项目被删除了。${HOW}`);
      continue;
    }
    for (const c of fieldChanges(old, p, fields))
      problems.error(
        'projects.csv',
        p.line,
        c.field,
        `${since}，与${previous.label}相比，“${c.field}”由“${cut(c.before)}”改为“${cut(c.after)}”。${HOW}`,
      );
  }
}
