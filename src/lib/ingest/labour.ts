/**
 * 作对接 (/labour/): the labour survey counted per 街道, village, age band and sex, and suppressed as one linked
 * system (privacy/suppress.ts), so no withheld count can be worked out from any mix of the published rows.
 */
import { profileOf, type WorkerRecord } from '../../ledgers/workers.ts';
import {
  AGE_BANDS,
  LABOUR_KINDS,
  type Labour,
  type LabourCount,
  type LabourKind,
  SEX_GROUPS,
  UNKNOWN_GROUP,
} from '../../schemas/labour.ts';
import { HIDDEN_MARK, LT5_MARK, SMALL } from '../privacy/rule.ts';
import { type Constraint, type Mark, suppressSystem } from '../privacy/suppress.ts';
import type { Group } from '../privacy/system.ts';

/** The measures of a row, in the order they are stored: every person is in exactly one of the last three. */
const MEASURES = ['surveyed', 'willing', 'placed', 'waiting', 'unwilling'] as const;
type Measure = (typeof MEASURES)[number];
const S = 0,
  W = 1,
  P = 2,
  U = 3,
  N = 4;

interface RawRow {
  kind: LabourKind;
  subdistrict: string | null;
  village: string | null;
  group: string | null;
  counts: number[];
}

export function ageBand(born: number | undefined, year: number): string {
  if (born === undefined) return UNKNOWN_GROUP;
  const age = year - born;
  return AGE_BANDS.find((b) => age < b.below)!.label;
}

const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const zero = () => MEASURES.map(() => 0);

/** The true counts of every row, in publication order. PRIVATE: only the suppressed rows leave the ingest. */
export function labourCounts(workers: Iterable<WorkerRecord>, asOf: string): RawRow[] {
  const year = Number(asOf.slice(0, 4));
  const total = zero();
  // Per 街道: its counts and its villages' (nested maps: no key string is built per roster row).
  const streets = new Map<string, { counts: number[]; villages: Map<string, number[]> }>();
  const bands = new Map<string, number[]>(AGE_BANDS.map((b) => [b.label, zero()]));
  const sexes = new Map<string, number[]>(SEX_GROUPS.map((s) => [s, zero()]));
  const add = (c: number[], placed: boolean, willing: boolean) => {
    c[S]++;
    if (placed) c[P]++;
    else c[willing ? U : N]++;
    if (placed || willing) c[W]++;
  };
  const at = (m: Map<string, number[]>, k: string) => m.get(k) ?? m.set(k, zero()).get(k)!;
  for (const w of workers) {
    const { born, gender, willing } = profileOf(w);
    const placed = w.projectId !== undefined;
    add(total, placed, willing);
    let st = streets.get(w.subdistrict);
    if (!st) streets.set(w.subdistrict, (st = { counts: zero(), villages: new Map() }));
    add(st.counts, placed, willing);
    add(at(st.villages, w.village), placed, willing);
    add(at(bands, ageBand(born, year)), placed, willing);
    add(at(sexes, gender ?? UNKNOWN_GROUP), placed, willing);
  }
  const row = (kind: LabourKind, counts: number[], at: Partial<Omit<RawRow, 'kind' | 'counts'>> = {}): RawRow => ({
    kind,
    subdistrict: at.subdistrict ?? null,
    village: at.village ?? null,
    group: at.group ?? null,
    counts,
  });
  return [
    row('全区', total),
    ...[...streets].sort(([a], [b]) => byCode(a, b)).map(([s, st]) => row('街道', st.counts, { subdistrict: s })),
    ...[...streets]
      .sort(([a], [b]) => byCode(a, b))
      .flatMap(([s, st]) =>
        [...st.villages]
          .sort(([a], [b]) => byCode(a, b))
          .map(([village, c]) => row('村', c, { subdistrict: s, village })),
      ),
    // Unknown last; the known groups always, so the tables have the same rows whatever the data.
    ...[...bands].map(([group, c]) => row('年龄段', c, { group })),
    ...[...sexes].map(([group, c]) => row('性别', c, { group })),
  ];
}

/**
 * A row's id, e.g. "2-村-东城街道-柳湾村", "3-年龄段-0-30 岁以下": the published collection (and so the download) comes
 * back sorted by id, and this order is the table's: the district, 街道, villages by 街道, age bands, sexes.
 */
function idOf(r: RawRow): string {
  const rank = (order: readonly string[]) => {
    const i = order.indexOf(r.group ?? '');
    return `${i < 0 ? order.length : i}-${r.group}`;
  };
  const key =
    r.kind === '村'
      ? `${r.subdistrict}-${r.village}`
      : r.kind === '街道'
        ? r.subdistrict
        : r.kind === '年龄段'
          ? rank(AGE_BANDS.map((b) => b.label))
          : r.kind === '性别'
            ? rank(SEX_GROUPS)
            : undefined;
  const kind = `${LABOUR_KINDS.indexOf(r.kind)}-${r.kind}`;
  return key === undefined ? kind : `${kind}-${key}`;
}

/** Cost of withholding a row's values: villages first, the district total last. */
const COST: Record<LabourKind, number> = { 村: 0, 街道: 1, 年龄段: 1, 性别: 1, 全区: 2 };

/** Suppresses the rows together; returns the published rows and what the audit did. */
export async function publishLabour(rows: RawRow[]): Promise<{ labour: Labour[]; withheld: number; solves: number }> {
  const values: number[] = [];
  const cost: number[] = [];
  const ids = rows.map((r) =>
    r.counts.map((v) => {
      values.push(v);
      cost.push(COST[r.kind]);
      return values.length - 1;
    }),
  );
  const constraints: Constraint[] = [];
  const groups: Group[] = [];
  const total = rows.findIndex((r) => r.kind === '全区');
  // The district's own figures are the page's headline: published as fixed numbers whenever the rule would
  // publish them anyway (none is 1–4, none is "all of them"), so suppression protects the rest around them.
  const t = rows[total].counts;
  const fixed = t.every((v, m) => v === 0 || (v >= SMALL && (m === S || v < t[S])));
  ids.forEach((v, i) => {
    if (fixed && i === total) return;
    constraints.push({ parts: [v[N], v[W]], total: { ref: v[S] } });
    constraints.push({ parts: [v[U], v[P]], total: { ref: v[W] } });
    // Everyone in one status ("all of them are willing") says something about each of them: the rule withholds it.
    const size = rows[i].counts[S];
    groups.push({ cells: [v[N], v[U], v[P]], size }, { cells: [v[N], v[W]], size });
  });
  const sums = (parts: number[], to: number) => {
    if (!parts.length) return;
    for (let m = 0; m < MEASURES.length; m++)
      constraints.push({
        parts: parts.map((i) => ids[i][m]),
        total: fixed && to === total ? { value: t[m] } : { ref: ids[to][m] },
      });
  };
  const of = (kind: LabourKind) => rows.flatMap((r, i) => (r.kind === kind ? [i] : []));
  const streets = of('街道');
  sums(streets, total);
  sums(of('年龄段'), total);
  sums(of('性别'), total);
  for (const st of streets)
    sums(
      of('村').filter((i) => rows[i].subdistrict === rows[st].subdistrict),
      st,
    );
  const { marks, solves } = await suppressSystem({ values, constraints, cost, groups });

  const shown = (id: number): LabourCount =>
    marks[id] === 'shown' ? values[id] : marks[id] === 'lt5' ? LT5_MARK : HIDDEN_MARK;
  const labour = rows.map((r, i): Labour => {
    const v = ids[i];
    const c = Object.fromEntries(MEASURES.map((m, j) => [m, shown(v[j])])) as Record<Measure, LabourCount>;
    const share =
      typeof c.placed === 'number' && typeof c.willing === 'number' && c.willing >= SMALL
        ? Math.round((c.placed / c.willing) * 1000) / 10
        : null;
    return {
      id: idOf(r),
      kind: r.kind,
      subdistrict: r.subdistrict,
      village: r.village,
      group: r.group,
      ...c,
      placedShare: share,
    };
  });
  return { labour, withheld: marks.filter((m: Mark) => m !== 'shown').length, solves };
}
