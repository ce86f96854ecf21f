/** What a district's data folder holds besides the ledgers: its MDX pages and news, and its logo. */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

// scripts/build.ts names the project in YGDZ_PROJECT_ROOT and passes DATA_DIR as an absolute path;
// `npm run dev` runs in the project itself, with the demo folder data/ unless DATA_DIR says otherwise.
const project = process.env.YGDZ_PROJECT_ROOT || '.';

/** The data folder this build or dev server reads. */
export const DATA_DIR = resolve(project, process.env.DATA_DIR || 'data');

/** Folder of the district's hand-written pages (about.mdx = 工作机制). */
export const PAGES_DIR = join(DATA_DIR, 'pages');
/** Folder of the district's news (工作动态), one MDX file per post. */
export const NEWS_DIR = join(DATA_DIR, 'news');

/** Logo file types the header accepts, in the order they are looked for. */
const LOGO_TYPES = { svg: 'image/svg+xml', png: 'image/png' } as const;

/** The district's logo (logo.svg or logo.png in the data folder), or undefined when there is none. */
export const logo = (Object.keys(LOGO_TYPES) as (keyof typeof LOGO_TYPES)[])
  .map((ext) => ({ ext, file: join(DATA_DIR, `logo.${ext}`), type: LOGO_TYPES[ext], path: `/logo.${ext}` }))
  .find(({ file }) => existsSync(file));
