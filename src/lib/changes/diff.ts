/**
 * What changed in the public data between two versions of a data folder, in terms a reviewer reads: projects
 * added, removed and changed (field: old → new), pay by project and month (amounts and head counts, never
 * names), trainings, inspections, and warnings introduced. One structure, so the review report
 * (`npm run diff`) and a future publication log describe a change the same way.
 */
import { z } from 'astro/zod';
import type { PublicData } from '../../ledgers/collections.ts';
import type { FieldMeta } from '../../schemas/common.ts';
import { inspectionSchema, type Inspection } from '../../schemas/inspection.ts';
import type { PayoutMonth } from '../../schemas/payoutMonth.ts';
import { projectSchema, type Project } from '../../schemas/project.ts';
import { trainingSchema, type Training } from '../../schemas/training.ts';
import type { Problem } from '../ingest/problems.ts';
import { chineseDate } from '../dates.ts';
import { int, wan, yuan } from '../format.ts';

/** One field of a record that changed; values already written for people (money in 元, dates in Chinese). */
export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface RecordChange {
  id: string;
  name: string;
  fields: FieldChange[];
}

export interface PayChange {
  projectId: string;
  month: string;
  /** Each figure that moved: 发放人数, 笔数, 应发, 实发, 未发放笔数. */
  fields: FieldChange[];
  /** The change in 实发 (分) and in 笔数, as numbers (the publication log sums them). */
  paidFenDelta: number;
  rowsDelta: number;
}

export interface DataDiff {
  projects: { added: Project[]; removed: Project[]; changed: RecordChange[] };
  pay: PayChange[];
  trainings: { added: Training[]; removed: Training[]; changed: RecordChange[] };
  /** Inspections have no id of their own in the ledger: compared as whole rows. */
  inspections: { added: Inspection[]; removed: Inspection[] };
  /** Warnings of the new version that the old one did not have (compared without line numbers). */
  warnings: Problem[];
}

/**
 * Project fields computed from other ledgers (pay, roster) or from the row's position: their changes are
 * reported under pay, or not at all (a row moved in the file is no change).
 */
const DERIVED_PROJECT_FIELDS = new Set([
  'payShare',
  'workersPlaced',
  'workersByCategory',
  'dueFen',
  'paidFen',
  'payoutRows',
  'unpaidRows',
  'overdueRows',
  'latePaidRows',
  'sourceLine',
]);

export interface FieldInfo {
  key: string;
  label: string;
  unit?: string;
  /** Money in 分 shown in 万元 (project-level money, as projects.csv and the notices write it). */
  wan?: boolean;
}

function fieldsOf(schema: z.ZodObject, skip: ReadonlySet<string> = new Set(), inWan = false): FieldInfo[] {
  return Object.entries(schema.shape).flatMap(([key, s]) => {
    const meta = z.globalRegistry.get(s as z.ZodType) as FieldMeta | undefined;
    return meta?.label && !skip.has(key) ? [{ key, label: meta.label, unit: meta.unit, wan: inWan }] : [];
  });
}

/** The project fields a clerk enters (or that follow from them): a change to any after the 公示 needs a reason. */
export const PROJECT_FIELDS = fieldsOf(projectSchema, DERIVED_PROJECT_FIELDS, true);
const TRAINING_FIELDS = fieldsOf(trainingSchema);
const INSPECTION_FIELDS = fieldsOf(inspectionSchema, new Set(['id']));

/** A value as a reviewer reads it; money in 元, or in 万元 with `wan` (project money). */
export function shown(value: unknown, unit?: string, wanMoney = false): string {
  if (value === undefined || value === null || value === '') return '（空）';
  if (typeof value === 'number') {
    if (unit === '分') return wanMoney ? `${wan(value)} 万元` : `${yuan(value)} 元`;
    return unit === '年' ? `${value}年` : `${int(value)}${unit ?? ''}`;
  }
  if (typeof value === 'string') return /^\d{4}-\d{2}-\d{2}$/.test(value) ? chineseDate(value) : value;
  if (Array.isArray(value)) return value.length ? value.map((v) => shown(v)).join('、') : '（空）';
  if (typeof value === 'object' && 'text' in value) return String((value as { text: unknown }).text);
  return JSON.stringify(value);
}

export function fieldChanges(a: object, b: object, fields: readonly FieldInfo[]): FieldChange[] {
  const out: FieldChange[] = [];
  for (const f of fields) {
    const x = (a as Record<string, unknown>)[f.key];
    const y = (b as Record<string, unknown>)[f.key];
    if (JSON.stringify(x) === JSON.stringify(y)) continue;
    out.push({ field: f.label, before: shown(x, f.unit, f.wan), after: shown(y, f.unit, f.wan) });
  }
  return out;
}

function keyed<T extends { id: string; name: string }>(
  before: readonly T[],
  after: readonly T[],
  fields: readonly FieldInfo[],
): { added: T[]; removed: T[]; changed: RecordChange[] } {
  const old = new Map(before.map((r) => [r.id, r]));
  const now = new Map(after.map((r) => [r.id, r]));
  const changed: RecordChange[] = [];
  for (const r of after) {
    const o = old.get(r.id);
    if (!o) continue;
    const fs = fieldChanges(o, r, fields);
    if (fs.length) changed.push({ id: r.id, name: r.name, fields: fs });
  }
  return {
    added: after.filter((r) => !old.has(r.id)),
    removed: before.filter((r) => !now.has(r.id)),
    changed,
  };
}

const PAY_FIELDS: readonly FieldInfo[] = [
  { key: 'workers', label: '发放人数', unit: ' 人' },
  { key: 'rows', label: '笔数', unit: ' 笔' },
  { key: 'dueFen', label: '应发金额', unit: '分' },
  { key: 'paidFen', label: '实发金额', unit: '分' },
  { key: 'unpaidRows', label: '未发放笔数', unit: ' 笔' },
];

const ZERO_MONTH = { workers: 0, rows: 0, dueFen: 0, paidFen: 0, unpaidRows: 0 };

function payChanges(before: readonly PayoutMonth[], after: readonly PayoutMonth[]): PayChange[] {
  const old = new Map(before.map((m) => [m.id, m]));
  const now = new Map(after.map((m) => [m.id, m]));
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort();
  return ids.flatMap((id) => {
    const o = old.get(id);
    const n = now.get(id);
    const m = (n ?? o)!;
    const a = o ?? ZERO_MONTH;
    const b = n ?? ZERO_MONTH;
    const fields = fieldChanges(a, b, PAY_FIELDS);
    const deltas = { paidFenDelta: b.paidFen - a.paidFen, rowsDelta: b.rows - a.rows };
    return fields.length ? [{ projectId: m.projectId, month: m.month, fields, ...deltas }] : [];
  });
}

/** Multiset difference of whole rows (by their public fields). */
function rows<T extends object>(before: readonly T[], after: readonly T[], fields: readonly FieldInfo[]) {
  const key = (r: T) => JSON.stringify(fields.map((f) => (r as Record<string, unknown>)[f.key] ?? null));
  const count = new Map<string, number>();
  for (const r of before) count.set(key(r), (count.get(key(r)) ?? 0) + 1);
  const added: T[] = [];
  for (const r of after) {
    const k = key(r);
    const c = count.get(k) ?? 0;
    if (c > 0) count.set(k, c - 1);
    else added.push(r);
  }
  const left = new Map(count);
  const removed = before.filter((r) => {
    const c = left.get(key(r)) ?? 0;
    if (c <= 0) return false;
    left.set(key(r), c - 1);
    return true;
  });
  return { added, removed };
}

const warningKey = (p: Problem) => `${p.file}\u0000${p.column}\u0000${p.message}`;

/** The difference between two ingests of a data folder. `before` may be empty (the first version). */
export function diffData(
  before: Pick<PublicData, 'projects' | 'payoutMonths' | 'trainings' | 'inspections'>,
  after: Pick<PublicData, 'projects' | 'payoutMonths' | 'trainings' | 'inspections'>,
  warningsBefore: readonly Problem[],
  warningsAfter: readonly Problem[],
): DataDiff {
  const seen = new Map<string, number>();
  for (const w of warningsBefore) seen.set(warningKey(w), (seen.get(warningKey(w)) ?? 0) + 1);
  const warnings = warningsAfter.filter((w) => {
    const c = seen.get(warningKey(w)) ?? 0;
    if (c > 0) seen.set(warningKey(w), c - 1);
    return c === 0;
  });
  return {
    projects: keyed(before.projects, after.projects, PROJECT_FIELDS),
    pay: payChanges(before.payoutMonths, after.payoutMonths),
    trainings: keyed(before.trainings, after.trainings, TRAINING_FIELDS),
    inspections: rows(before.inspections, after.inspections, INSPECTION_FIELDS),
    warnings,
  };
}

export const EMPTY_DATA = { projects: [], payoutMonths: [], trainings: [], inspections: [] } as const;

export function isEmptyDiff(d: DataDiff): boolean {
  return (
    d.projects.added.length + d.projects.removed.length + d.projects.changed.length + d.pay.length === 0 &&
    d.trainings.added.length + d.trainings.removed.length + d.trainings.changed.length === 0 &&
    d.inspections.added.length + d.inspections.removed.length + d.warnings.length === 0
  );
}
