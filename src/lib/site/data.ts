/** The published collections, loaded once per build and shared by every page. */
import { getCollection, getEntry } from 'astro:content';
import { collectionList, type PublicData } from '../../ledgers/collections.ts';
import { computeIndicators, type Indicators } from '../indicators/indicators.ts';
import { headlineYear } from '../indicators/headline.ts';

const metaEntry = await getEntry('meta', 'site');
if (!metaEntry)
  throw new Error('content/generated/meta.json is missing: run `npm run build`, which ingests the data first');

/** The public collections the site holds in memory: all but the external ones (read per page, documents.ts). */
export type SiteData = Omit<PublicData, 'payoutLists'>;

/** Every public collection of the registry, as the ingest wrote it. */
export const publicData = Object.fromEntries(
  await Promise.all(
    collectionList()
      .filter((c) => !c.external)
      .map(async ({ name, single }) => {
        const docs = (await getCollection(name as Exclude<typeof name, 'payoutLists'>)).map((e) => e.data);
        return [name, single ? docs[0] : docs] as const;
      }),
  ),
) as unknown as SiteData;

export const { meta, projects, trainings, inspections, payoutMonths, categoryTotals } = publicData;
export const site = meta.site;

/** Programme years present in the data, ascending. */
export const years = meta.years;
/** Indicators per year, and for all years (key null). */
export const indicators = new Map<number | null, Indicators>([
  ...years.map((y) => [y, computeIndicators(publicData, y)] as const),
  [null, computeIndicators(publicData, null)],
]);
/** The home page's headline year (see headlineYear). */
export const latestYear = headlineYear(years, indicators, site.headlineYear);
