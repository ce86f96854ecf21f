/**
 * An attacker who solves everything published at once as an integer program, written independently of
 * src/lib/privacy (its own model, in CPLEX LP text, through HiGHS's one-shot `solve`): every withheld
 * count is an unknown whole number ≥ 0 ("<5": at most 4; public upper bounds, e.g. "a category count is at
 * most its group's size", narrow it further), every published sum or inequality holds, and for each unknown
 * the attacker minimises and maximises it. An unknown whose minimum equals its maximum is worked out.
 */
import highsLoader from 'highs';

/** A published count: a number, or withheld as "<5" (0–4) or "—" (any). */
export type Published = number | '<5' | '—';

/**
 * A published relation between counts: the named parts add up to (`=`, the default) or to at least (`>=`)
 * a named count or a number, and (when `max` is given) to at most `max`.
 */
export interface PublishedSum {
  parts: string[];
  total: string | number;
  relation?: '=' | '>=';
  max?: number;
}

export interface PublishedSystem {
  /** Every count the site publishes, by a name of the attacker's choosing. */
  cells: Map<string, Published>;
  /** Every published sum (or inequality between sums). */
  sums: PublishedSum[];
  /** Upper bounds every reader knows, by cell name (e.g. a category count is at most its group's size). */
  upper?: Map<string, number>;
}

type Highs = Awaited<ReturnType<typeof highsLoader>>;
let highs: Promise<Highs> | undefined;

/** Parses a published cell as the downloads and pages write it. */
export function parsePublished(text: string): Published {
  const t = text.trim();
  if (t === '<5' || t === '—') return t;
  if (!/^\d+$/.test(t)) throw new Error(`not a published count: ${JSON.stringify(text)}`);
  return Number(t);
}

/** The withheld cells an attacker can narrow to a single value, with that value. */
export async function attack(sys: PublishedSystem): Promise<Map<string, number>> {
  const solver = await (highs ??= highsLoader());
  const names = [...sys.cells.keys()];
  const unknown = names.filter((n) => typeof sys.cells.get(n) !== 'number');
  const varName = new Map(unknown.map((n, i) => [n, `x${i}`]));
  const term = (n: string): { v?: string; c: number } => {
    const p = sys.cells.get(n);
    if (p === undefined) throw new Error(`sum names an unpublished cell ${n}`);
    return typeof p === 'number' ? { c: p } : { v: varName.get(n)!, c: 0 };
  };
  for (const [n, u] of sys.upper ?? []) {
    const p = sys.cells.get(n);
    if (p === undefined) throw new Error(`upper bound for an unpublished cell ${n}`);
    if (typeof p === 'number' && p > u) throw new Error(`published ${n} = ${p} is above its bound ${u}`);
  }
  const rows: string[] = [];
  /** One row `lhs op rhs`, or (no unknowns left) a check that the published numbers satisfy it. */
  const row = (name: string, lhs: string[], op: '=' | '>=' | '<=', rhs: number) => {
    if (lhs.length) return void rows.push(` ${name}: ${lhs.join(' ')} ${op} ${rhs}`);
    const ok = op === '=' ? rhs === 0 : op === '>=' ? 0 >= rhs : 0 <= rhs;
    if (!ok) throw new Error(`published relation ${name} does not hold`);
  };
  sys.sums.forEach((s, k) => {
    // Parts only (for `max`), then the total moved to the left.
    let rhs = 0;
    const lhs: string[] = [];
    for (const p of s.parts) {
      const t = term(p);
      if (t.v) lhs.push(`+ ${t.v}`);
      else rhs -= t.c;
    }
    if (s.max !== undefined) row(`m${k}`, lhs, '<=', rhs + s.max);
    if (typeof s.total === 'number') rhs += s.total;
    else {
      const t = term(s.total);
      if (t.v) lhs.push(`- ${t.v}`);
      else rhs += t.c;
    }
    row(`s${k}`, lhs, s.relation ?? '=', rhs);
  });
  const bounds = unknown.map((n) => {
    const hi = Math.min(sys.cells.get(n) === '<5' ? 4 : Infinity, sys.upper?.get(n) ?? Infinity);
    return hi === Infinity ? ` ${varName.get(n)} >= 0` : ` 0 <= ${varName.get(n)} <= ${hi}`;
  });
  const pinned = new Map<string, number>();
  if (!unknown.length) return pinned;
  const model = (sense: string, v: string) =>
    [
      sense,
      ` obj: ${v}`,
      'Subject To',
      ...(rows.length ? rows : [` free: ${v} >= 0`]),
      'Bounds',
      ...bounds,
      'General',
      ` ${[...varName.values()].join(' ')}`,
      'End',
    ].join('\n');
  for (const n of unknown) {
    const v = varName.get(n)!;
    const lo = solver.solve(model('Minimize', v));
    const hi = solver.solve(model('Maximize', v));
    if (lo.Status !== 'Optimal') throw new Error(`attacker: ${lo.Status} for ${n}\n${model('Minimize', v)}`);
    if (hi.Status === 'Optimal' && Math.round(lo.ObjectiveValue) === Math.round(hi.ObjectiveValue))
      pinned.set(n, Math.round(lo.ObjectiveValue));
  }
  return pinned;
}
