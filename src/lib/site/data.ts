/** The published collections, loaded once per build and shared by every page. */
import { getCollection, getEntry } from 'astro:content';

const metaEntry = await getEntry('meta', 'site');
if (!metaEntry) throw new Error('content/generated/meta.json is missing: run `npm run build`, which ingests the data first');

export const meta = metaEntry.data;
export const site = meta.site;
export const projects = (await getCollection('projects')).map((e) => e.data);
export const years = (await getCollection('years')).map((e) => e.data).sort((a, b) => a.year - b.year);
export const trainings = (await getCollection('trainings')).map((e) => e.data);
export const inspections = (await getCollection('inspections')).map((e) => e.data);
export const payoutMonths = (await getCollection('payoutMonths')).map((e) => e.data);
export const payoutLists = new Map((await getCollection('payoutLists')).map((e) => [e.id, e.data.rows]));

/** The most recent programme year in the data (the home page's headline year). */
export const latestYear = years.at(-1);
