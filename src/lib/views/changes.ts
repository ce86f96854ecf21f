/** The publication log as people read it (/changes/ and its feed): each entry in plain Chinese lines. */
import type { ChangeEntry } from '../../schemas/changeEntry.ts';
import type { ProjectHistory } from '../../schemas/projectHistory.ts';
import { chineseDate } from '../dates.ts';
import { int, yuan } from '../format.ts';

/** Named items shown per kind in a line (the entry keeps up to 20, the page shows fewer). */
const SHOWN = 5;

type Named = ChangeEntry['projects']['added'];

function namedLine(verb: string, noun: string, unit: string, n: Named, withFields = false): string[] {
  if (n.count === 0) return [];
  const items = n.items
    .slice(0, SHOWN)
    .map((i) => `${i.id} ${i.name}${withFields && i.fields?.length ? `（${i.fields.join('、')}）` : ''}`);
  const more = n.count > items.length ? ` 等` : '';
  return [`${verb}${noun} ${int(n.count)} ${unit}：${items.join('；')}${more}`];
}

const signed = (n: number, text: string) => (n > 0 ? `+${text}` : n < 0 ? `−${text.replace(/^-/, '')}` : text);
const monthText = (m: string) => `${Number(m.slice(0, 4))}年${Number(m.slice(5, 7))}月`;

export function entryLines(e: ChangeEntry): string[] {
  if (!e.valid) return ['这一版数据没有通过校验，没有发布。'];
  const lines = [
    ...namedLine('新增', '项目', '个', e.projects.added),
    ...namedLine('删除', '项目', '个', e.projects.removed),
    ...namedLine('修改', '项目', '个', e.projects.changed, true),
  ];
  if (e.pay.months > 0) {
    const items = e.pay.items
      .slice(0, SHOWN)
      .map((p) => `${p.projectId} ${monthText(p.month)} ${signed(p.paidFenDelta, yuan(p.paidFenDelta))} 元`);
    const paid = signed(e.pay.paidFenDelta, yuan(e.pay.paidFenDelta));
    const rows = signed(e.pay.rowsDelta, int(e.pay.rowsDelta));
    const more = e.pay.months > items.length ? ' 等' : '';
    lines.push(
      `劳务报酬：${int(e.pay.months)} 个项目月有变化，实发合计 ${paid} 元、${rows} 笔（${items.join('；')}${more}）`,
    );
  }
  lines.push(
    ...namedLine('新增', '培训班', '期', e.trainings.added),
    ...namedLine('删除', '培训班', '期', e.trainings.removed),
    ...namedLine('修改', '培训班', '期', e.trainings.changed, true),
  );
  if (e.inspections.added) lines.push(`新增监管记录 ${int(e.inspections.added)} 条`);
  if (e.inspections.removed) lines.push(`删除监管记录 ${int(e.inspections.removed)} 条`);
  return lines.length ? lines : ['公开数据没有变化（只改了不公开的台账内容，或文件的写法）。'];
}

/** The entry's heading: 2024年6月1日 第 3 次更新. */
export const entryTitle = (e: ChangeEntry): string => `${chineseDate(e.date)} 第 ${int(e.seq)} 次更新`;

/** One line of a notice's history table. */
export interface HistoryRow {
  date: string;
  /** What happened: 首次公布, or one "字段：旧 → 新" per field. */
  what: string[];
  /** 更正原因, joined; "—" when none was required or given. */
  reason: string;
}

/** A notice's 更新记录 section: its last update and its events, newest first. */
export function historyView(h: ProjectHistory): { lastUpdated?: string; rows: HistoryRow[] } {
  const rows = [...h.events].reverse().map((e) => ({
    date: chineseDate(e.date),
    what:
      e.kind === 'added'
        ? ['首次公布']
        : e.kind === 'removed'
          ? ['项目被删除']
          : e.fields.map((f) => `${f.field}：${f.before} → ${f.after}`),
    reason: e.reasons.length ? e.reasons.join('；') : '—',
  }));
  return { lastUpdated: h.events.length ? chineseDate(h.events.at(-1)!.date) : undefined, rows };
}
