/** The review report of `npm run diff`: a DataDiff as plain Chinese lines, safe to print in a terminal. */
import { formatProblem, visible } from '../ingest/problems.ts';
import { chineseDate } from '../dates.ts';
import { int } from '../format.ts';
import type { DataDiff, FieldChange } from './diff.ts';

const monthText = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;
const change = (f: FieldChange) => `${f.field}：${f.before} → ${f.after}`;

export function diffReport(d: DataDiff, before: string, after: string): string[] {
  const out: string[] = [`比较：${before} → ${after}`];
  const section = (title: string, lines: string[]) => {
    out.push('', `${title}（${int(lines.filter((l) => !l.startsWith('    ')).length)}）`);
    out.push(...(lines.length ? lines : ['  无']));
  };
  const { projects: p, trainings: t, inspections: i } = d;
  section(
    '新增项目',
    p.added.map((x) => `  ${x.id} ${x.name}（${x.year}年度，${x.subdistrict}）`),
  );
  section(
    '删除项目',
    p.removed.map((x) => `  ${x.id} ${x.name}`),
  );
  section(
    '修改项目',
    p.changed.flatMap((c) => [`  ${c.id} ${c.name}`, ...c.fields.map((f) => `    ${change(f)}`)]),
  );
  section(
    '劳务报酬（按项目和月份，只有金额和人数）',
    d.pay.flatMap((c) => [`  ${c.projectId} ${monthText(c.month)}`, ...c.fields.map((f) => `    ${change(f)}`)]),
  );
  section(
    '新增培训',
    t.added.map((x) => `  ${x.id} ${x.name}（${chineseDate(x.start)}，${int(x.trainees)} 人次）`),
  );
  section(
    '删除培训',
    t.removed.map((x) => `  ${x.id} ${x.name}`),
  );
  section(
    '修改培训',
    t.changed.flatMap((c) => [`  ${c.id} ${c.name}`, ...c.fields.map((f) => `    ${change(f)}`)]),
  );
  section(
    '新增监管记录',
    i.added.map((x) => `  ${x.projectId} ${chineseDate(x.date)} ${x.stage} ${x.inspector}`),
  );
  section(
    '删除监管记录',
    i.removed.map((x) => `  ${x.projectId} ${chineseDate(x.date)} ${x.stage} ${x.inspector}`),
  );
  section(
    '新出现的警告',
    d.warnings.map((w) => `  ${formatProblem(w)}`),
  );
  // Every line from the data is made printable: a cell cannot recolour or rewrite the reviewer's terminal.
  return out.map(visible);
}
