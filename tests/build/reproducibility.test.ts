/**
 * A journalist's check: read only the published downloads under /data/, recompute every headline figure shown
 * on the home page and the /stats/ pages, and require exact equality with what is shown. The arithmetic here
 * is written independently of src/lib/indicators on purpose.
 *
 * Data: tests/fixtures/figures, two years small enough to work out by hand; its README.md shows the working.
 * The figures are checked twice: recomputed from the downloads, and against the hand-worked values below.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixture, page, textOf } from '../helpers/site.ts';

/** The fixture's figures, worked out by hand (tests/fixtures/figures/README.md). */
const BY_HAND: Record<string, Record<string, string>> = {
  2023: {
    projects: '2个',
    workers: '10人',
    paid: '2.25万元',
    perCapita: '2,250元',
    completion: '18.0%',
    payShare: '100.0%',
    timely: '90.0%',
    classes: '3期',
    hours: '96学时',
    trainees: '73人次',
    povertyShare: '50.0%',
    monitoredShare: '50.0%',
  },
  2024: {
    projects: '3个',
    workers: '10人',
    paid: '5.75万元',
    perCapita: '5,748元',
    completion: '38.8%',
    payShare: '50.0%',
    timely: '93.8%',
    classes: '1期',
    hours: '40学时',
    trainees: '20人次',
    povertyShare: '50.0%',
    monitoredShare: '—',
  },
  all: {
    projects: '5个',
    workers: '20人',
    paid: '8.00万元',
    perCapita: '3,999元',
    completion: '29.3%',
    payShare: '66.7%',
    timely: '92.3%',
    classes: '4期',
    hours: '136学时',
    trainees: '93人次',
    povertyShare: '50.0%',
    monitoredShare: '25.0%',
  },
};
const HEADLINE = ['projects', 'workers', 'paid', 'classes', 'hours', 'trainees'];
const pick = (o: Record<string, string>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k]]));

let site: string;
beforeAll(() => {
  site = buildFixture('figures', { SITE_TODAY: '2024-08-31' });
});

type Row = Record<string, string>;
const csv = (name: string): Row[] => {
  const text = readFileSync(join(site, 'data', name), 'utf8');
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
const pct = (a: bigint, b: bigint) => {
  const t = div(a * 1000n, b);
  return `${t / 10n}.${t % 10n}%`;
};

function expected(scope: number | null): Record<string, string> {
  const projects = csv('projects.csv').filter((p) => scope === null || p['年度'] === String(scope));
  const ids = new Set(projects.map((p) => p['项目编号']));
  const months = csv('payout-months.csv').filter((m) => ids.has(m['项目编号']));
  const trainings = csv('trainings.csv').filter((t) => scope === null || t['开始日期'].startsWith(String(scope)));
  // category-totals.csv: one row per year and 人员类别, the year's people once in its 合计（去重） row.
  const catRows = csv('category-totals.csv').filter((c) => c['年度'] === (scope === null ? '全部年度' : String(scope)));
  const cat = (name: string) => catRows.find((c) => c['人员类别'] === name)!['务工人数(人)'];

  const workers = sum(projects.map((p) => big(p['吸纳务工人数(人)'])));
  const paid = sum(projects.map((p) => fen(p['已发放劳务报酬(元)'])));
  const planned = sum(projects.map((p) => fen(p['预计劳务报酬(元)'])));
  // 达标率: of the projects a rule applies to and that can be judged, those that meet it (each its own rule).
  const judged = projects.filter((p) => p['劳务报酬占比要求'] !== '' && p['是否达到占比要求'] !== '');
  const met = BigInt(judged.filter((p) => p['是否达到占比要求'] === '是').length);
  const col = (k: string) => sum(months.map((m) => big(m[k])));
  const pending = col('未发放笔数(笔)') - col('逾期未发放笔数(笔)');
  const share = (k: string) => {
    const v = cat(k);
    return /^\d+$/.test(v) && Number(v) >= 5 ? pct(big(v), big(cat('合计（去重）'))) : '—';
  };
  return {
    projects: `${projects.length}个`,
    workers: `${sep(workers)}人`,
    paid: `${wan(paid)}万元`,
    // 人均 to the whole 元, half up, straight from 分.
    perCapita: `${sep(div(paid, workers * 100n))}元`,
    completion: pct(paid, planned),
    payShare: judged.length ? pct(met, BigInt(judged.length)) : '—',
    timely: pct(col('按时发放笔数(笔)'), col('笔数(笔)') - pending),
    classes: `${trainings.length}期`,
    hours: `${sep(sum(trainings.map((t) => big(t['培训学时(学时)']))))}学时`,
    trainees: `${sep(sum(trainings.map((t) => big(t['培训人数(人)']))))}人次`,
    povertyShare: share('脱贫人口'),
    monitoredShare: share('防止返贫监测对象'),
  };
}

/** The figures of one list on a page (its aria-label, e.g. 2024年主要数据), as a reader sees value and unit. */
function shown(html: string, label: string): Record<string, string> {
  const list = new RegExp(`<ul class="figures" aria-label="${label}">([\\s\\S]*?)</ul>`).exec(html);
  expect(list, label).not.toBeNull();
  const value = /<span class="value">([\s\S]*?)<\/span><\/span>|<span class="value">([\s\S]*?)<\/span>/;
  return Object.fromEntries(
    [...list![1].matchAll(/<li data-figure="(\w+)">([\s\S]*?)<\/li>/g)].map(([, key, inner]) => [
      key,
      textOf(value.exec(inner)![0]).replace(/\s+/g, ''),
    ]),
  );
}

describe('every headline figure can be recomputed from the downloads', () => {
  it('home page: the latest year, then the earlier one', () => {
    const html = page('index.html', site);
    const latest = shown(html, '2024年主要数据');
    expect(Object.keys(latest)).toEqual(HEADLINE);
    expect(latest).toEqual(pick(expected(2024), HEADLINE));
    expect(shown(html, '2023年主要数据')).toEqual(pick(expected(2023), HEADLINE));
  });

  it.each([
    ['stats/2023/index.html', '2023年主要指标', 2023],
    ['stats/2024/index.html', '2024年主要指标', 2024],
    ['stats/index.html', '全部年度主要指标', null],
  ] as const)('%s', (path, label, scope) => {
    const figures = shown(page(path, site), label);
    expect(Object.keys(figures).length).toBe(12);
    expect(figures).toEqual(expected(scope));
  });
});

describe('the figures are the ones worked out by hand', () => {
  it.each([
    ['stats/2023/index.html', '2023年主要指标', '2023'],
    ['stats/2024/index.html', '2024年主要指标', '2024'],
    ['stats/index.html', '全部年度主要指标', 'all'],
  ] as const)('%s', (path, label, scope) => {
    expect(shown(page(path, site), label)).toEqual(BY_HAND[scope]);
  });

  it('home page', () => {
    const html = page('index.html', site);
    expect(shown(html, '2024年主要数据')).toEqual(pick(BY_HAND[2024], HEADLINE));
    expect(shown(html, '2023年主要数据')).toEqual(pick(BY_HAND[2023], HEADLINE));
  });

  it('each notice states how its months were paid: one late payout, one overdue, one paid to nobody yet', () => {
    // A month's row reads: month, workers paid, 已发, 人均 (or —), then its status.
    const row = /(\d{4}年\d{1,2}月) [\d,. —]+ (按时发放|逾期发放|部分未发放|未发放|逾期未发放)(（\d+ 笔未发）)?/g;
    const statuses = (id: string) =>
      [...textOf(page(`projects/${id}/index.html`, site)).matchAll(row)].map((m) => `${m[1]} ${m[2]}${m[3] ?? ''}`);
    expect(statuses('FG2023-001')).toEqual(['2023年5月 逾期发放']);
    expect(statuses('FG2024-001')).toEqual([
      '2024年6月 按时发放',
      '2024年7月 逾期未发放（1 笔未发）',
      '2024年8月 未发放',
    ]);
  });
});

describe('each project’s pay-share verdict can be checked from its own row', () => {
  it('预计劳务报酬 ÷ 以工代赈专项资金 against 劳务报酬占比要求, in exact integers', () => {
    const judged = csv('projects.csv').filter((p) => p['是否达到占比要求'] !== '');
    expect(judged.map((p) => p['项目编号'])).toEqual(['FG2023-001', 'FG2024-001', 'FG2024-002']);
    for (const p of judged) {
      const [int, frac = ''] = /^([\d.]+)%$/.exec(p['劳务报酬占比要求'])![1].split('.');
      // pay / fund ≥ (int.frac)%  ⇔  pay · 100 · 10^d ≥ fund · int·frac
      const scale = 10n ** BigInt(frac.length);
      const meets = fen(p['预计劳务报酬(元)']) * 100n * scale >= fen(p['以工代赈专项资金(元)']) * BigInt(int + frac);
      expect(p['是否达到占比要求'], p['项目编号']).toBe(meets ? '是' : '否');
    }
  });
});
