/**
 * node scripts/bench-pages.ts <site folder>
 * How heavy a built site's pages are, as a phone on a slow line meets them: per page family the number of
 * pages and the largest gzipped size. Exits 1, naming them, when a list page (anything that grows with the
 * number of projects, villages, classes or years) or a filter index weighs more than LIST_PAGE_LIMIT gzipped.
 * Pages of one project (its notice, print, payout list, versions) are listed but not held to the limit: they
 * grow with that project, not with the site. pageWeights() is the core, for scripts/bench.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Most a list page (or the filter index of a year) may weigh gzipped: issue 11's budget. */
export const LIST_PAGE_LIMIT = 150 * 1024;

export interface Family {
  name: string;
  /** Held to LIST_PAGE_LIMIT. */
  limited: boolean;
  pages: number;
  /** The heaviest page's gzipped bytes and its site path. */
  largest: number;
  largestPath: string;
  totalGzip: number;
}

export interface PageWeights {
  families: Family[];
  /** Limited pages over LIST_PAGE_LIMIT: site path and gzipped bytes, heaviest first. */
  over: Array<{ path: string; gzip: number }>;
}

/** Page families in the order they print; the first whose test matches a site path ("/a/b/") wins. */
const FAMILIES: ReadonlyArray<{ name: string; limited: boolean; test: RegExp }> = [
  { name: '/ 首页', limited: true, test: /^\/$/ },
  { name: '/projects/ 项目列表首页', limited: true, test: /^\/projects\/$/ },
  { name: '/projects/year/* 年度列表', limited: true, test: /^\/projects\/year\/.+\/$/ },
  { name: '/projects/year/*.json 筛选索引', limited: true, test: /^\/projects\/year\/[^/]+\.json$/ },
  { name: '/projects/<编号>/payouts/ 发放名单', limited: false, test: /^\/projects\/[^/]+\/payouts\/$/ },
  { name: '/projects/<编号>/print/ 打印公示', limited: false, test: /^\/projects\/[^/]+\/print\/$/ },
  { name: '/projects/<编号>/v/* 历史版本', limited: false, test: /^\/projects\/[^/]+\/v\/.+\/$/ },
  { name: '/projects/<编号>/ 公示', limited: false, test: /^\/projects\/[^/]+\/$/ },
  { name: '/payouts/*', limited: true, test: /^\/payouts\// },
  { name: '/stats/*', limited: true, test: /^\/stats\// },
  { name: '/labour/*', limited: true, test: /^\/labour\// },
  { name: '/villages/ 索引', limited: true, test: /^\/villages\/(list\/(\d+\/)?)?$/ },
  { name: '/villages/<村>/', limited: true, test: /^\/villages\/[^/]+\/$/ },
  { name: '/trainings/*', limited: true, test: /^\/trainings\// },
  { name: '/jobs/*', limited: true, test: /^\/jobs\// },
  { name: '/disputes/*', limited: true, test: /^\/disputes\// },
  { name: '/changes/*', limited: true, test: /^\/changes\// },
  { name: '/news/*', limited: true, test: /^\/news\// },
  { name: '/sitemap/', limited: true, test: /^\/sitemap\// },
  { name: '/data/ /about/ /feeds/ /search/', limited: true, test: /^\/(data|about|feeds|search)\// },
  { name: '其他页面', limited: true, test: /\/$|\.html$/ },
];

/** Pages (index.html, other .html) and filter indexes of a site, as site paths. */
function* sitePages(dir: string, root = dir): Generator<{ path: string; file: string }> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const file = join(dir, e.name);
    // Pagefind's files, bundles and downloads are not pages (the /data/ page itself is weighed below).
    if (e.isDirectory()) {
      if (dir === root && (e.name === 'pagefind' || e.name === '_astro')) continue;
      if (dir === root && e.name === 'data') {
        yield { path: '/data/', file: join(file, 'index.html') };
        continue;
      }
      yield* sitePages(file, root);
    } else if (
      e.name.endsWith('.html') ||
      (e.name.endsWith('.json') && relative(root, dir) === join('projects', 'year'))
    ) {
      const rel = `/${relative(root, file).split(sep).join('/')}`;
      yield { path: rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel, file };
    }
  }
}

/** Walks a built site and weighs every page (gzip at its default level, as a web server sends it). */
export function pageWeights(siteDir: string, limit = LIST_PAGE_LIMIT): PageWeights {
  const families = new Map<string, Family>();
  const over: PageWeights['over'] = [];
  for (const { path, file } of sitePages(resolve(siteDir))) {
    const kind = FAMILIES.find((f) => f.test.test(path));
    if (!kind) continue;
    const gzip = gzipSync(readFileSync(file)).length;
    const f = families.get(kind.name) ?? {
      name: kind.name,
      limited: kind.limited,
      pages: 0,
      largest: 0,
      largestPath: '',
      totalGzip: 0,
    };
    f.pages++;
    f.totalGzip += gzip;
    if (gzip > f.largest) Object.assign(f, { largest: gzip, largestPath: path });
    families.set(kind.name, f);
    if (kind.limited && gzip > limit) over.push({ path, gzip });
  }
  const order = FAMILIES.map((f) => f.name);
  return {
    families: [...families.values()].sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name)),
    over: over.sort((a, b) => b.gzip - a.gzip),
  };
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** The table bench-pages prints. */
export function weightsTable(w: PageWeights): string {
  const rows = w.families.map((f) => [
    f.name,
    String(f.pages),
    kb(f.largest),
    f.limited ? '' : '（不限）',
    f.largestPath,
  ]);
  const head = ['页面', '个数', '最大（gzip）', '', '最大的一页'];
  // A Chinese character takes two columns of a terminal.
  const cols = (c: string) => [...c].reduce((a, ch) => a + (/[\u2e80-\uffef]/u.test(ch) ? 2 : 1), 0);
  const width = (i: number) => Math.max(...[head, ...rows].map((r) => cols(r[i])));
  const pad = (c: string, i: number) => ' '.repeat(width(i) - cols(c));
  const line = (r: string[]) =>
    r
      .map((c, i) => (i === 1 || i === 2 ? pad(c, i) + c : c + pad(c, i)))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

if (import.meta.main) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('用法：node scripts/bench-pages.ts <站点文件夹>');
    process.exit(2);
  }
  const w = pageWeights(dir);
  console.log(`站点：${resolve(dir)}（列表页上限 gzip 后 ${kb(LIST_PAGE_LIMIT)}）`);
  console.log(weightsTable(w));
  if (w.over.length) {
    console.error(`\n${w.over.length} 个列表页超过 ${kb(LIST_PAGE_LIMIT)}：`);
    for (const o of w.over.slice(0, 50)) console.error(`  ${o.path}  ${kb(o.gzip)}`);
    if (w.over.length > 50) console.error(`  …另有 ${w.over.length - 50} 个`);
    process.exit(1);
  }
}
