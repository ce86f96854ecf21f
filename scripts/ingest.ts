/**
 * npm run ingest: data/ (or DATA_DIR) → content/generated, without building the site.
 * `npm run dev` runs it first so the preview shows the current ledgers.
 */
import { resolve } from 'node:path';
import { writeContent } from '../src/lib/ingest/writeContent.ts';
import { dataDirFrom, ingestFolder, report } from './ingestFolder.ts';

const result = await ingestFolder(dataDirFrom(process.argv[2]));
report(result, (l) => console.log(l));
if (!result.content) process.exit(1);
await writeContent(resolve(import.meta.dirname, '../content'), result.content);
console.log('已写入 content/generated/');
