/** This build's per-project indexes (src/lib/lookup.ts), made once and shared by every page. */
import { buildLookup } from '../lookup.ts';
import { inspections, payoutMonths, projects, trainings } from './data.ts';

export const lookup = buildLookup({ projects, payoutMonths, trainings, inspections });
