/** This build's per-project indexes (src/lib/lookup.ts), made once and shared by every page. */
import { buildLookup } from '../lookup.ts';
import { publicData } from './data.ts';

export const lookup = buildLookup(publicData);
