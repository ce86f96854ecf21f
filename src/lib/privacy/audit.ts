/**
 * Exact disclosure audit. A reader sees every published value and sum; a withheld value is safe only if
 * at least two whole numbers fit everything published. For each withheld value the audit finds a
 * witness: an integer solution of the whole published system (every sum, "<5" = 0–4, "—" = any
 * whole number ≥ 0) in which that value differs from the truth. Witnesses come from the HiGHS
 * integer programming solver and are re-checked here in exact integer arithmetic, so "safe" never
 * rests on floating point. A value with no witness in either direction is pinned: the reader can
 * work it out, and suppression must withhold more.
 *
 * Scale: the system splits into independent components (values linked by sums with at least two
 * withheld members); a few solves with objectives that push every unproven value away from its truth
 * prove most values at once, and only the rest are checked one by one.
 */
import highsLoader from 'highs';
import { type Mark, type System } from './system.ts';

type Highs = Awaited<ReturnType<typeof highsLoader>>;

let solver: Promise<Highs> | undefined;
/** HiGHS, loaded once per process (a WebAssembly module). */
export const loadSolver = (): Promise<Highs> => (solver ??= highsLoader());

/** One reduced sum: Σ coef·x = rhs over withheld values only (published values moved to the right-hand side). */
interface Row {
  vars: number[];
  coefs: number[];
  rhs: number;
}

/** Bounds a reader knows for a withheld value: its mark's, narrowed by the system's public bounds. */
const upperOf = (sys: System, marks: readonly Mark[], v: number): number =>
  Math.min(marks[v] === 'lt5' ? 4 : Infinity, sys.upper?.[v] ?? Infinity);
const lowerOf = (sys: System, v: number): number => sys.lower?.[v] ?? 0;

export interface AuditResult {
  /** Withheld values that a reader can narrow to a single whole number. */
  pinned: number[];
  /** Withheld values proven safe (two whole numbers fit), and solver runs made. */
  proven: number;
  solves: number;
}

/** The published system reduced to the withheld values, split into independent components. */
function components(sys: System, marks: readonly Mark[]): { rows: Row[]; comps: { vars: number[]; rows: number[] }[] } {
  const rows: Row[] = [];
  for (const c of sys.constraints) {
    const vars: number[] = [];
    const coefs: number[] = [];
    let rhs = 'value' in c.total ? c.total.value : 0;
    if ('ref' in c.total) {
      if (marks[c.total.ref] === 'shown') rhs = sys.values[c.total.ref];
      else {
        vars.push(c.total.ref);
        coefs.push(-1);
      }
    }
    for (const p of c.parts) {
      if (marks[p] === 'shown') rhs -= sys.values[p];
      else {
        vars.push(p);
        coefs.push(1);
      }
    }
    if (vars.length) rows.push({ vars, coefs, rhs });
  }
  // Union-find over withheld values that share a row.
  const parent = new Map<number, number>();
  const find = (x: number): number => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    while (parent.get(x) !== r) {
      const n = parent.get(x)!;
      parent.set(x, r);
      x = n;
    }
    return r;
  };
  marks.forEach((m, i) => m !== 'shown' && parent.set(i, i));
  for (const r of rows) for (const v of r.vars.slice(1)) parent.set(find(v), find(r.vars[0]));
  const byRoot = new Map<number, { vars: number[]; rows: number[] }>();
  for (const v of parent.keys()) {
    const root = find(v);
    if (!byRoot.has(root)) byRoot.set(root, { vars: [], rows: [] });
    byRoot.get(root)!.vars.push(v);
  }
  rows.forEach((r, k) => byRoot.get(find(r.vars[0]))!.rows.push(k));
  const comps = [...byRoot.values()].map((c) => ({ vars: c.vars.sort((a, b) => a - b), rows: c.rows }));
  comps.sort((a, b) => a.vars[0] - b.vars[0]);
  return { rows, comps };
}

/** Deterministic pseudo-random weights in (-1, 1), so two builds of the same data audit identically. */
function weights(n: number, seed: number): number[] {
  let s = seed >>> 0;
  return Array.from({ length: n }, () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 31 - 1 || 0.5;
  });
}

/** Values per block when a large component is first audited piecewise (others fixed at their truth). */
const BLOCK = 160;
/** Sums with at most this many withheld values (a project's categories) are kept whole in a block. */
const SHORT = 12;

/**
 * Audits the withheld values of `sys` under `marks`: all of them, or only `targets` (the others were
 * proven before; withholding more never invalidates a witness, since the true values still fit).
 */
export async function audit(
  sys: System,
  marks: readonly Mark[],
  targets?: ReadonlySet<number>,
  options: { exact?: boolean } = {},
): Promise<AuditResult> {
  const highs = await loadSolver();
  const { rows, comps } = components(sys, marks);
  const result: AuditResult = { pinned: [], proven: 0, solves: 0 };
  const ctx: Context = { highs, sys, truth: sys.values, marks, rows, result };
  // Secret values are never published: they take part in the sums but are not asked about.
  const asked = (v: number) => !sys.secret?.[v] && (!targets || targets.has(v));
  for (const comp of comps) {
    const wanted = comp.vars.filter(asked);
    if (!wanted.length) continue;
    if (comp.vars.length <= BLOCK) {
      result.pinned.push(...prove(ctx, comp.vars, comp.rows, wanted));
      continue;
    }
    // A witness found with other values fixed at their truth is a witness of the whole system, so a large
    // component is proven in blocks (small, fast solves), and what a block cannot prove in a larger one.
    // What neither proves counts as pinned (unless `exact`): that can only withhold more than needed, never less.
    const rowsOf = new Map<number, number[]>();
    for (const k of comp.rows) for (const v of rows[k].vars) (rowsOf.get(v) ?? rowsOf.set(v, []).get(v)!).push(k);
    const position = new Map(comp.vars.map((v, i) => [v, i]));
    let open = wanted;
    for (const size of [BLOCK, BLOCK * 8]) {
      if (!open.length) break;
      const next: number[] = [];
      for (let b = 0; b < open.length;) {
        // A block: the next targets with their neighbours in the component's order, widened to whole
        // short sums (a project's categories), so that a group is never cut in two.
        const first = position.get(open[b])!;
        const block = new Set(comp.vars.slice(first, first + size));
        for (const v of [...block])
          for (const k of rowsOf.get(v) ?? [])
            if (rows[k].vars.length <= SHORT) for (const u of rows[k].vars) block.add(u);
        const vars = [...block].sort((x, y) => x - y);
        const mine = open.filter((v) => block.has(v));
        const rowSet = [...new Set(vars.flatMap((v) => rowsOf.get(v) ?? []))].sort((x, y) => x - y);
        next.push(...prove(ctx, vars, rowSet, mine));
        while (b < open.length && block.has(open[b])) b++;
      }
      open = next;
    }
    // Exact: what no block proves is checked against the whole component, whose verdict is final.
    result.pinned.push(...(options.exact && open.length ? prove(ctx, comp.vars, comp.rows, open) : open));
  }
  result.pinned.sort((a, b) => a - b);
  return result;
}

interface Context {
  highs: Highs;
  sys: System;
  truth: readonly number[];
  marks: readonly Mark[];
  rows: Row[];
  result: AuditResult;
}

/**
 * Proves what it can of `targets` within the system restricted to `vars` (every other withheld value
 * fixed at its truth) and the sums `rowIds`. Returns the targets with no witness in this restriction.
 */
function prove(ctx: Context, vars: number[], rowIds: number[], targets: number[]): number[] {
  const { highs, result } = ctx;
  const n = vars.length;
  const col = new Map(vars.map((v, j) => [v, j]));
  const truth = vars.map((v) => ctx.truth[v]);
  const upper = vars.map((v) => upperOf(ctx.sys, ctx.marks, v));
  const lower = vars.map((v) => lowerOf(ctx.sys, v));
  // Each sum restricted to `vars`, the fixed values moved to the right-hand side.
  const rows = rowIds.map((k) => {
    const r = ctx.rows[k];
    const out: Row = { vars: [], coefs: [], rhs: r.rhs };
    r.vars.forEach((v, i) => {
      const j = col.get(v);
      if (j === undefined) out.rhs -= r.coefs[i] * ctx.truth[v];
      else {
        out.vars.push(j);
        out.coefs.push(r.coefs[i]);
      }
    });
    return out;
  });
  const unproven = new Set(targets.map((v) => col.get(v)!));
  const stuck: number[] = [];
  // A value alone in a sum is fixed by it.
  for (const r of rows) if (r.vars.length === 1 && unproven.delete(r.vars[0])) stuck.push(vars[r.vars[0]]);
  // Values in no sum are free within their bounds ("<5": 0–4; "—": any).
  const inRow = new Uint8Array(n);
  for (const r of rows) for (const j of r.vars) inRow[j] = 1;
  for (const j of [...unproven])
    if (!inRow[j]) {
      unproven.delete(j);
      if (upper[j] > lower[j]) result.proven++;
      else stuck.push(vars[j]);
    }
  if (unproven.size === 0) return stuck;

  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const r of rows) {
    r.vars.forEach((j, i) => {
      indices.push(j);
      values.push(r.coefs[i]);
    });
    starts.push(indices.length);
  }
  const inf = highs.infinity;
  const ub = (j: number) => (upper[j] === Infinity ? inf : upper[j]);
  const model = highs.createModel({
    numCols: n,
    numRows: rows.length,
    colCost: new Float64Array(n),
    colLower: Float64Array.from(lower),
    colUpper: Float64Array.from({ length: n }, (_, j) => ub(j)),
    rowLower: rows.map((r) => r.rhs),
    rowUpper: rows.map((r) => r.rhs),
    matrix: { format: 'csr', numRows: rows.length, numCols: n, starts, indices, values },
  });
  const all = { kind: 'range', from: 0, to: n - 1 } as const;
  let integer = false;
  /** Continuous (LP) or whole-number (MIP) domain for every value. */
  const domain = (whole: boolean) => {
    if (whole === integer) return;
    integer = whole;
    const t = whole ? highs.constants.variableType.integer : highs.constants.variableType.continuous;
    model.changeColsIntegrality(all, new Int32Array(n).fill(t));
  };
  try {
    model.options.set({ output_flag: false, mip_rel_gap: 0 });
    /**
     * Solves; returns the solution if it is whole and checks out exactly. `status` is set to 'infeasible'
     * only when the solver proved it (for the LP relaxation, that proves it for whole numbers too).
     */
    let status: 'solved' | 'infeasible' | 'other' = 'other';
    const solve = (): number[] | undefined => {
      result.solves++;
      model.run();
      const st = model.getModelStatus();
      status =
        st === highs.constants.modelStatus.optimal
          ? 'solved'
          : st === highs.constants.modelStatus.infeasible
            ? 'infeasible'
            : 'other';
      if (status !== 'solved') return undefined;
      const raw = model.getSolution().colValue;
      const x = Array.from(raw, Math.round);
      for (let j = 0; j < n; j++)
        if (Math.abs(raw[j] - x[j]) > 1e-6 || x[j] < lower[j] || x[j] > upper[j]) return undefined;
      for (const r of rows) {
        let s = 0;
        r.vars.forEach((j, i) => (s += r.coefs[i] * x[j]));
        if (s !== r.rhs) return undefined;
      }
      return x;
    };
    const credit = (x: number[] | undefined): number => {
      if (!x) return 0;
      let moved = 0;
      for (const j of [...unproven])
        if (x[j] !== truth[j]) {
          unproven.delete(j);
          result.proven++;
          moved++;
        }
      return moved;
    };
    const setCosts = (cost: (j: number) => number) =>
      model.changeColsCost(
        all,
        Float64Array.from({ length: n }, (_, j) => cost(j)),
      );
    /** A witness with value j in [lo, hi]: the LP relaxation first (fast; exact when infeasible or whole), then MIP. */
    const within = (j: number, lo: number, hi: number) => {
      model.changeColBounds(j, lo, hi);
      domain(false);
      const x = solve();
      if (x) credit(x);
      else if (status === 'solved') {
        domain(true);
        credit(solve());
      }
    };

    // Rounds: maximise a random mix of the unproven values. With fixed row and column sums a plain "push
    // everything up" objective is constant; random weights make the solver land on a vertex far from the truth.
    model.changeObjectiveSense(highs.constants.objectiveSense.maximize);
    domain(false);
    for (let round = 0, idle = 0; unproven.size > 32 && idle < 2 && round < 8; round++) {
      const w = weights(n, 0x9e3779b9 + round);
      setCosts((j) => (unproven.has(j) ? w[j] : 0));
      idle = credit(solve()) ? 0 : idle + 1;
    }

    // The rest one by one: is there any solution with this value above, or below, its truth?
    setCosts(() => 0);
    for (const j of [...unproven]) {
      if (!unproven.has(j)) continue;
      if (truth[j] + 1 <= upper[j]) within(j, truth[j] + 1, ub(j));
      if (unproven.has(j) && truth[j] - 1 >= lower[j]) within(j, lower[j], truth[j] - 1);
      model.changeColBounds(j, lower[j], ub(j));
      if (unproven.delete(j)) stuck.push(vars[j]);
    }
  } finally {
    model.dispose();
  }
  return stuck;
}
