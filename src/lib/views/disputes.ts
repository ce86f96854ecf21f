/** What the dispute page and a notice show of the dispute totals (src/lib/disputes/totals.ts). */
import { ALL_CATEGORIES, DISPUTE_CATEGORIES, type DisputeTotals } from '../../schemas/disputeTotals.ts';

/** 9.5 天, 12 天; 无 when nothing was settled (not “—”, which on this site means a withheld count). */
export const daysText = (d: number | null): string => (d === null ? '无' : `${d} 天`);

/** One year's (or project's) 全部 row and its category rows. */
export interface DisputeGroup {
  all: DisputeTotals;
  categories: DisputeTotals[];
}

function groups(rows: readonly DisputeTotals[], keyOf: (r: DisputeTotals) => string): Map<string, DisputeGroup> {
  const out = new Map<string, DisputeGroup>();
  // The collection comes back sorted by id: put categories back in the ledger's order.
  const rank = (r: DisputeTotals) => (DISPUTE_CATEGORIES as readonly string[]).indexOf(r.category);
  for (const r of [...rows].sort((a, b) => rank(a) - rank(b))) {
    const k = keyOf(r);
    if (r.category === ALL_CATEGORIES) out.set(k, { all: r, categories: out.get(k)?.categories ?? [] });
    else {
      const g = out.get(k);
      if (g) g.categories.push(r);
    }
  }
  return out;
}

/** Years newest first; projects with an overdue open dispute first, then by 项目编号. */
export function disputesPageView(rows: readonly DisputeTotals[]) {
  const years = [
    ...groups(
      rows.filter((r) => r.scope === '年度'),
      (r) => String(r.year),
    ).values(),
  ].sort((a, b) => b.all.year! - a.all.year!);
  const projects = [
    ...groups(
      rows.filter((r) => r.scope === '项目'),
      (r) => r.projectId!,
    ).values(),
  ].sort(
    (a, b) =>
      overdueWage([a.all, ...a.categories]) - overdueWage([b.all, ...b.categories]) ||
      (a.all.projectId! < b.all.projectId! ? -1 : 1),
  );
  return { years, projects };
}

/** Open 欠薪 disputes received more than 30 days before the data date (negated for sorting first). */
const overdueWage = (rows: readonly DisputeTotals[]) => -(rows.find((r) => r.category === '欠薪')?.openOverdue ?? 0);

/** A notice's dispute figures: its 全部 row and the number of 欠薪 disputes open more than 30 days. */
export function noticeDisputes(rows: readonly DisputeTotals[], projectId: string) {
  const mine = rows.filter((r) => r.scope === '项目' && r.projectId === projectId);
  const all = mine.find((r) => r.category === ALL_CATEGORIES);
  if (!all) return undefined;
  return { all, overdueWage: mine.find((r) => r.category === '欠薪')?.openOverdue ?? 0 };
}
