/**
 * A journalist's check: read only the published downloads under dist/data/, recompute every headline
 * figure shown on the home page and the /stats/ pages, and require exact equality with what is shown.
 * The arithmetic here is written independently of src/lib/indicators on purpose.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDemo, DIST, page, textOf } from '../helpers/site.ts';

type Row = Record<string, string>;
const csv = (name: string): Row[] => {
  const text = readFileSync(join(DIST, 'data', name), 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff); // BOM for Excel
  return Papa.parse<Row>(text.slice(1), { header: true, skipEmptyLines: true }).data;
};
/** "1234.56" 元 → 123456 分, exactly. */
const fen = (s: string) => {
  const [i, f = ''] = s.split('.');
  return BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
};
const big = (s: string) => BigInt(s);
const sum = (xs: bigint[]) => xs.reduce((a, b) => a + b, 0n);
const sep = (n: bigint) => n.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
/** round half up of a / b */
const div = (a: bigint, b: bigint) => (2n * a + b) / (2n * b);
const wan = (f: bigint) => {
  const h = div(f, 10_000n); // hundredths of 万元
  return `${sep(h / 100n)}.${(h % 100n).toString().padStart(2, '0')}`;
};
const yuan = (f: bigint) => `${sep(f / 100n)}.${(f % 100n).toString().padStart(2, '0')}`;
const pct = (a: bigint, b: bigint) => {
  const t = div(a * 1000n, b);
  return `${t / 10n}.${t % 10n}%`;
};

function expected(scope: number | null): Record<string, string> {
  const projects = csv('projects.csv').filter((p) => scope === null || p['年度'] === String(scope));
  const ids = new Set(projects.map((p) => p['项目编号']));
  const months = csv('payout-months.csv').filter((m) => ids.has(m['项目编号']));
  const trainings = csv('trainings.csv').filter((t) => scope === null || t['开始日期'].startsWith(String(scope)));
  const cats = csv('category-totals.csv').find((c) => c['年度'] === (scope === null ? '' : String(scope)))!;

  const workers = sum(projects.map((p) => big(p['吸纳务工人数(人)'])));
  const paid = sum(projects.map((p) => fen(p['已发放劳务报酬(元)'])));
  const planned = sum(projects.map((p) => fen(p['预计劳务报酬(元)'])));
  const funded = projects.filter((p) => p['以工代赈专项资金(元)'] !== '');
  const fundPay = sum(funded.map((p) => fen(p['预计劳务报酬(元)'])));
  const fund = sum(funded.map((p) => fen(p['以工代赈专项资金(元)'])));
  const col = (k: string) => sum(months.map((m) => big(m[k])));
  const pending = col('未发放笔数(笔)') - col('逾期未发放笔数(笔)');
  const share = (k: string) => {
    const v = cats[`务工人数：${k}(人)`];
    return /^\d+$/.test(v) && Number(v) >= 5 ? pct(big(v), big(cats['吸纳务工人数(人)'])) : '—';
  };
  return {
    projects: `${projects.length}个`,
    workers: `${sep(workers)}人`,
    paid: `${wan(paid)}万元`,
    perCapita: `${yuan(div(paid, workers))}元`,
    completion: pct(paid, planned),
    payShare: fund > 0n ? pct(fundPay, fund) : '—',
    timely: pct(col('按时发放笔数(笔)'), col('笔数(笔)') - pending),
    classes: `${trainings.length}期`,
    hours: `${sep(sum(trainings.map((t) => big(t['培训学时(学时)']))))}学时`,
    trainees: `${sep(sum(trainings.map((t) => big(t['培训人数(人)']))))}人`,
    povertyShare: share('脱贫人口'),
    monitoredShare: share('防止返贫监测对象'),
  };
}

function shown(html: string): Record<string, string> {
  return Object.fromEntries(
    [...html.matchAll(/<li data-figure="(\w+)">([\s\S]*?)<\/li>/g)].map(([, key, inner]) => [key, textOf(/<span class="value">([\s\S]*?)<\/span><\/span>|<span class="value">([\s\S]*?)<\/span>/.exec(inner)![0]).replace(/\s+/g, '')]),
  );
}

beforeAll(() => buildDemo());

describe('every headline figure can be recomputed from the downloads', () => {
  it('home page (latest year)', () => {
    const figures = shown(page('index.html'));
    expect(Object.keys(figures)).toEqual(['projects', 'workers', 'paid', 'classes', 'hours', 'trainees']);
    const e = expected(2023);
    for (const [k, v] of Object.entries(figures)) expect(v, k).toBe(e[k]);
  });

  it.each([
    ['stats/2023/index.html', 2023],
    ['stats/index.html', null],
  ] as const)('%s', (path, scope) => {
    const figures = shown(page(path));
    expect(Object.keys(figures).length).toBe(12);
    expect(figures).toEqual(expected(scope));
  });

  it('the demo reproduces the published 2023 programme figures', () => {
    expect(expected(2023)).toMatchObject({ projects: '18个', workers: '369人', classes: '8期', hours: '320学时', trainees: '258人' });
  });
});
