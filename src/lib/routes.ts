/**
 * Every address of the site, written once. Pages, feeds, the sitemap filter and the search link through
 * these, so a route moves in one place. Ids from the ledgers are URL-encoded (the schema allows only
 * letters, digits and "-" today, which encoding leaves as they are).
 */

export const HOME_PATH = '/';
export const PROJECTS_PATH = '/projects/';
export const PAYOUTS_PATH = '/payouts/';
export const TRAININGS_PATH = '/trainings/';
export const STATS_PATH = '/stats/';
export const METHODOLOGY_PATH = '/stats/methodology/';
export const DATA_PATH = '/data/';
export const ABOUT_PATH = '/about/';
export const ABOUT_DATA_PATH = '/about/data/';
export const NEWS_PATH = '/news/';
export const SEARCH_PATH = '/search/';
export const RSS_PATH = '/rss.xml';
export const SITEMAP_PATH = '/sitemap-index.xml';
/** The human page that lists every page of the site (the XML sitemap is for search engines). */
export const SITEMAP_PAGE_PATH = '/sitemap/';
/** The human page that explains and links the feeds (RSS) a reader can subscribe to. */
export const FEEDS_PATH = '/feeds/';
/** The publication log (更新记录), its feed and its machine-readable form with every hash. */
export const CHANGES_PATH = '/changes/';
export const CHANGES_RSS_PATH = '/changes/rss.xml';
export const CHANGES_JSON_PATH = '/changes/log.json';
/** The villages (村、社区) index. */
export const VILLAGES_PATH = '/villages/';
/** The site's PNG icons (home-screen icon, share-card fallback), by size in px. */
export const iconPath = (size: 180 | 512): string => `/icon-${size}.png`;
/** Where the search index (Pagefind) is written in the built site; the search page loads /pagefind/pagefind.js. */
export const PAGEFIND_DIR = 'pagefind';
/**
 * The built files that can hold searchable pages (Base's `searchable`: notices, news, trainings, about), so the
 * indexer reads those only, not every print page and payout list (a national site has tens of thousands).
 * A `*` stands for one folder name.
 */
export const SEARCHABLE_FILES: readonly string[] = [
  'projects/*/index.html',
  'news/*/index.html',
  'trainings/index.html',
  'trainings/*/index.html',
  'trainings/*/*/index.html',
  'jobs/index.html',
  'about/index.html',
];

const seg = (id: string) => encodeURIComponent(id);

/** A project's notice (公示). */
export const projectPath = (id: string): string => `${PROJECTS_PATH}${seg(id)}/`;
/** The word under /projects/ that lists a year (so no project may be numbered "year"). */
export const PROJECT_YEAR_SEGMENT = 'year';
/** A page of a year's project list: /projects/year/2024/, then /projects/year/2024/2/ … */
export const projectYearPath = (year: number, part = 1): string =>
  `${PROJECTS_PATH}${PROJECT_YEAR_SEGMENT}/${year}/${part > 1 ? `${part}/` : ''}`;
/** The small index of a year's projects the list's filter loads when the list is split into pages. */
export const projectIndexPath = (year: number): string => `${PROJECTS_PATH}${PROJECT_YEAR_SEGMENT}/${year}.json`;
/** A project's A4 notice for the bulletin board. */
export const printPath = (id: string): string => `${projectPath(id)}print/`;
/** A version of a project's notice, named by its fingerprint (src/lib/changes/fingerprint.ts). */
export const versionPath = (id: string, fingerprint: string): string => `${projectPath(id)}v/${fingerprint}/`;
/** A project's per-person (masked) payout list. */
export const payoutsPath = (id: string): string => `${projectPath(id)}payouts/`;

/** A village's page; `key` is the village's page key (its name, or 街道+村 where two 街道 share a name). */
export const villagePath = (key: string): string => `${VILLAGES_PATH}${seg(key)}/`;
/** A page of the village index when a province's villages need several ("list" is no village: keys end in 村/社区). */
export const villageListPath = (part: number): string => `${VILLAGES_PATH}list/${part > 1 ? `${part}/` : ''}`;
/** A notice's share-card image (WeChat and other link previews), drawn at build time. */
export const shareImagePath = (id: string): string => `/share/${seg(id)}.png`;

/** A year's classes when /trainings/ cannot hold every class: /trainings/2024/, then /trainings/2024/2/ … */
export const trainingYearPath = (year: number, part = 1): string =>
  `${TRAININGS_PATH}${year}/${part > 1 ? `${part}/` : ''}`;

/** The statistics of a year, or of all years (null). */
export const statsPath = (year: number | null): string => (year === null ? STATS_PATH : `${STATS_PATH}${year}/`);

/**
 * The payouts of a programme year: the latest year of `years` (ascending) at /payouts/, earlier ones at
 * /payouts/<年度>/, so each page stays a size a phone can open.
 */
export const payoutsYearPath = (year: number, years: readonly number[], part = 1): string =>
  `${year === years.at(-1) ? PAYOUTS_PATH : `${PAYOUTS_PATH}${year}/`}${part > 1 ? `${part}/` : ''}`;

/** Where an indicator's definition is on the methodology page. */
export const methodologyPath = (anchor?: string): string =>
  anchor ? `${METHODOLOGY_PATH}#${anchor}` : METHODOLOGY_PATH;
/** A file under /data/, e.g. projects.csv or charts/2023/by-sector.csv (path segments kept). */
export const dataPath = (file: string): string => `${DATA_PATH}${file.split('/').map(seg).join('/')}`;
/** A news post. */
export const newsPath = (id: string): string => `${NEWS_PATH}${seg(id)}/`;

/** The id of a project's section on a page that lists many projects (the payouts pages). */
export const projectAnchor = (id: string): string => `p-${id}`;

/** A path made absolute on the public site, for QR codes and printed addresses. */
export const absoluteUrl = (path: string, siteUrl: string | URL): string => new URL(path, siteUrl).href;

/** Pages kept out of the sitemap: the printable notice, the masked payout list and the versions of every project. */
export const isUnlisted = (url: string): boolean =>
  new RegExp(`${PROJECTS_PATH}[^/]+/(print|payouts|v/[^/]+)/$`).test(url);

/** 招工信息: every opening, open ones first, and its feed of new openings. */
export const JOBS_PATH = '/jobs/';

/** The main navigation, in order. */
export const NAV_LINKS: ReadonlyArray<readonly [path: string, label: string]> = [
  [HOME_PATH, '首页'],
  [PROJECTS_PATH, '项目公示'],
  [JOBS_PATH, '招工信息'],
  [PAYOUTS_PATH, '劳务报酬'],
  [TRAININGS_PATH, '技能培训'],
  [STATS_PATH, '统计'],
  [DATA_PATH, '开放数据'],
  [ABOUT_PATH, '工作机制'],
  [NEWS_PATH, '动态'],
];

/** The navigation entry a page belongs to: the deepest link its path starts with (数据说明 lives under 工作机制). */
export function currentSection(pathname: string): string | undefined {
  return NAV_LINKS.map(([href]) => href)
    .filter((href) => (href === HOME_PATH ? pathname === HOME_PATH : pathname.startsWith(href)))
    .sort((a, b) => b.length - a.length)[0];
}

export const JOBS_RSS_PATH = '/jobs/rss.xml';

/** 作对接: the labour survey and matching page. */
export const LABOUR_PATH = '/labour/';
/** A page of /labour/'s table by 街道 and village, when a province's villages need several. */
export const labourPlacePath = (part: number): string => `${LABOUR_PATH}villages/${part > 1 ? `${part}/` : ''}`;

/** 矛盾协调: disputes received and settled, per year and per project. */
export const DISPUTES_PATH = '/disputes/';
