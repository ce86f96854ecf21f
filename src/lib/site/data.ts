/** The published collections, loaded once per build and shared by every page. */
import { getCollection, getEntry } from 'astro:content';
import { computeIndicators, type Indicators, type PublicData } from '../indicators/indicators.ts';

const metaEntry = await getEntry('meta', 'site');
if (!metaEntry) throw new Error('content/generated/meta.json is missing: run `npm run build`, which ingests the data first');

export const meta = metaEntry.data;
export const site = meta.site;
export const projects = (await getCollection('projects')).map((e) => e.data);
export const trainings = (await getCollection('trainings')).map((e) => e.data);
export const inspections = (await getCollection('inspections')).map((e) => e.data);
export const payoutMonths = (await getCollection('payoutMonths')).map((e) => e.data);
export const categoryTotals = (await getCollection('categoryTotals')).map((e) => e.data);
export const payoutLists = new Map((await getCollection('payoutLists')).map((e) => [e.id, e.data.rows]));

export const publicData: PublicData = { projects, payoutMonths, trainings, categoryTotals };

/** Programme years present in the data, ascending. */
export const years = meta.years;
/** Indicators per year, and for all years (key null). */
export const indicators = new Map<number | null, Indicators>([...years.map((y) => [y, computeIndicators(publicData, y)] as const), [null, computeIndicators(publicData, null)]]);
/** The most recent programme year in the data (the home page's headline year). */
export const latestYear = years.at(-1);
