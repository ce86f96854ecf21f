/**
 * 作对接 (/labour/): the labour survey counted per 街道, village, age band and sex, on the hand-written fixture
 * tests/fixtures/labour (README.md lists every count by hand), and an independent attacker (tests/helpers/attacker.ts)
 * who solves every published row at once.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { folderSource } from '../../src/lib/ingest/fsSource.ts';
import { ingest } from '../../src/lib/ingest/ingest.ts';
import type { Labour } from '../../src/schemas/labour.ts';
import { attack, type Published, type PublishedSystem } from '../helpers/attacker.ts';
import { memorySource } from '../helpers/memory.ts';

const DIR = join(import.meta.dirname, '../fixtures/labour');
const files = (): Record<string, string> =>
  Object.fromEntries(
    readdirSync(DIR)
      .filter((f) => f.endsWith('.csv') || f === 'site.json')
      .map((f) => [f, readFileSync(join(DIR, f), 'utf8')]),
  );

async function labour(over: Record<string, string> = {}): Promise<Labour[]> {
  const r = await ingest(memorySource({ ...files(), ...over }), { today: '2024-07-20' });
  expect(r.problems.list.filter((p) => p.severity === 'error')).toEqual([]);
  return [...r.content!.labour];
}

const MEASURES = ['surveyed', 'willing', 'placed', 'waiting', 'unwilling'] as const;
type Truth = [number, number, number, number, number];
/** The true counts by hand (README.md): surveyed, willing, placed, willing not placed, not willing. */
const TRUTH: Record<string, Truth> = {
  '0-全区': [40, 30, 17, 13, 10],
  '1-街道-东城街道': [22, 18, 11, 7, 4],
  '1-街道-南山街道': [15, 10, 5, 5, 5],
  '1-街道-西山镇': [3, 2, 1, 1, 1],
  '2-村-东城街道-柳湾村': [14, 10, 6, 4, 4],
  '2-村-东城街道-石桥村': [8, 8, 5, 3, 0],
  '2-村-南山街道-后岭村': [15, 10, 5, 5, 5],
  '2-村-西山镇-南岭村': [3, 2, 1, 1, 1],
  '3-年龄段-0-30 岁以下': [3, 3, 1, 2, 0],
  '3-年龄段-1-30–44 岁': [18, 13, 13, 0, 5],
  '3-年龄段-2-45–59 岁': [12, 12, 3, 9, 0],
  '3-年龄段-3-60 岁及以上': [6, 2, 0, 2, 4],
  '3-年龄段-4-未注明': [1, 0, 0, 0, 1],
  '4-性别-0-男': [18, 16, 13, 3, 2],
  '4-性别-1-女': [21, 14, 4, 10, 7],
  '4-性别-2-未注明': [1, 0, 0, 0, 1],
};

/** Every published count and every sum a reader knows, in the attacker's own model. */
function published(rows: readonly { id: string; kind: string; subdistrict: string | null; cells: Published[] }[]) {
  const cells = new Map<string, Published>();
  const sums: PublishedSystem['sums'] = [];
  const name = (id: string, m: number) => `${id}.${MEASURES[m]}`;
  for (const r of rows) {
    r.cells.forEach((c, m) => cells.set(name(r.id, m), c));
    // surveyed = willing + not willing; willing = placed + waiting.
    sums.push({ parts: [name(r.id, 1), name(r.id, 4)], total: name(r.id, 0) });
    sums.push({ parts: [name(r.id, 2), name(r.id, 3)], total: name(r.id, 1) });
  }
  const add = (parts: string[], total: string) => {
    for (let m = 0; m < MEASURES.length; m++) sums.push({ parts: parts.map((p) => name(p, m)), total: name(total, m) });
  };
  const ids = (kind: string, sub?: string) =>
    rows.filter((r) => r.kind === kind && (sub === undefined || r.subdistrict === sub)).map((r) => r.id);
  const [all] = ids('全区');
  add(ids('街道'), all);
  add(ids('年龄段'), all);
  add(ids('性别'), all);
  for (const s of rows.filter((r) => r.kind === '街道')) add(ids('村', s.subdistrict!), s.id);
  return { cells, sums };
}

const asRows = (ls: readonly Labour[]) => ls.map((l) => ({ ...l, cells: MEASURES.map((m) => l[m]) }));

describe('labour survey and matching', () => {
  it('has one row for the district, each 街道, village, age band and sex, in that order', async () => {
    const ids = (await labour()).map((l) => l.id);
    expect(ids).toEqual(Object.keys(TRUTH));
    // Sorted by id (as the site loads a collection and writes the download) they stay in this order.
    expect([...ids].sort()).toEqual(ids);
  });

  it('publishes each count as counted by hand, or withholds it truthfully ("<5" only for 0–4)', async () => {
    for (const l of await labour())
      MEASURES.forEach((m, j) => {
        const truth = TRUTH[l.id][j];
        if (typeof l[m] === 'number') expect(l[m], `${l.id} ${m}`).toBe(truth);
        else if (l[m] === '<5') expect(truth, `${l.id} ${m}`).toBeLessThan(5);
      });
  });

  it('shows the district figures and the share of the willing who were placed', async () => {
    const all = (await labour())[0];
    expect(all).toMatchObject({ surveyed: 40, willing: 30, placed: 17, unwilling: 10, placedShare: 56.7 });
  });

  it('withholds every count of a village of three people, and "all of them are willing"', async () => {
    const ls = await labour();
    const nanling = ls.find((l) => l.id === '2-村-西山镇-南岭村')!;
    expect(MEASURES.filter((m) => typeof nanling[m] === 'number')).toEqual([]);
    expect(nanling.placedShare).toBeNull();
    // 45–59: all twelve surveyed are willing; publishing 12 of 12 would say so of each of them.
    const band = ls.find((l) => l.id === '3-年龄段-2-45–59 岁')!;
    expect([band.surveyed, band.willing].filter((c) => c === 12)).toHaveLength(1);
  });

  it('counts a minimised token without 出生年份 or 性别 as 未注明, and a placed person who said 否 as placed', async () => {
    const ls = await labour();
    const unknown = ls.filter((l) => l.group === '未注明');
    expect(unknown.map((l) => l.kind)).toEqual(['年龄段', '性别']);
    // 石桥村: 5 placed, one of whom said 否; all 8 count as willing.
    expect(TRUTH['2-村-东城街道-石桥村'][1]).toBe(8);
  });

  it("reads 出生年份 and 性别 from a minimised roster's columns when the ID is a token", async () => {
    const workers = files()['workers.csv'].replace(',K1-ABCDEFGHIJKLMNOPQRST,,,', ',K1-ABCDEFGHIJKLMNOPQRST,女,1960,');
    const ls = await labour({ 'workers.csv': workers });
    expect(ls.filter((l) => l.group === '未注明')).toEqual([]);
    // 60 岁及以上 now 7 people, 女 22: shown or withheld, never another number.
    const old = ls.find((l) => l.id === '3-年龄段-3-60 岁及以上')!;
    const women = ls.find((l) => l.id === '4-性别-1-女')!;
    expect([7, '—']).toContain(old.surveyed);
    expect([22, '—']).toContain(women.surveyed);
  });

  it('an attacker who solves every published row at once works out no withheld count', async () => {
    const ls = await labour();
    expect(ls.some((l) => MEASURES.some((m) => typeof l[m] !== 'number'))).toBe(true);
    expect(await attack(published(asRows(ls)))).toEqual(new Map());
  });

  it('the same attacker does work out counts when only 1–4 are hidden (so the test above can fail)', async () => {
    const ls = await labour();
    const naive = ls.map((l) => ({
      ...l,
      cells: TRUTH[l.id].map((v): Published => (v >= 1 && v < 5 ? '<5' : v)),
    }));
    expect((await attack(published(naive))).size).toBeGreaterThan(0);
  });

  it('the attacker works out nothing from the demo roster either (data/, 400-odd people in 28 villages)', async () => {
    const r = await ingest(folderSource(join(import.meta.dirname, '../../data')), { today: '2024-07-20' });
    const ls = r.content!.labour;
    expect(ls.filter((l) => l.kind === '村').length).toBeGreaterThan(20);
    expect(await attack(published(asRows(ls)))).toEqual(new Map());
  }, 120_000);
});
