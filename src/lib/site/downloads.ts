/** The /data/ files of this build, made once and shared by the download endpoint and the pages. */
import { buildCatalog } from '../downloads/catalog.ts';
import { inspections, meta, publicData } from './data.ts';

export const downloads = buildCatalog({ ...publicData, inspections }, meta);
export const downloadSize = new Map(downloads.map((f) => [f.path, f.body.length]));
