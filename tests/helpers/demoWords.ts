/**
 * What only the demo district (烟台市莱山区) says, for tests that prove another district's site, template or
 * data names none of it; and every text of a built site, archives opened, for them to search.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { strFromU8, unzipSync } from 'fflate';
import * as demo from '../../scripts/demo/vocabulary.ts';
import { listFiles } from './site.ts';

/** Its name and city, its method's name, 街道, villages, units and mediators. */
export const DEMO_WORDS: readonly string[] = [
  ...new Set([
    '莱山',
    '烟台',
    '“12345”',
    ...demo.NORTH,
    ...demo.SOUTH,
    ...Object.values(demo.VILLAGES).flat(),
    ...Object.values(demo.OWNERS),
    ...demo.CONTRACTORS,
    ...demo.SUPERVISORS,
    ...demo.TRAINING_ORGANIZERS,
    ...demo.INSPECTORS,
    ...demo.MEDIATORS,
  ]),
];

/** The demo words a text contains. */
export const demoWordsIn = (text: string): string[] => DEMO_WORDS.filter((w) => text.includes(w));

/** Text of every file of a site: gzip files decompressed, each entry of a zip file on its own. */
export function siteTexts(dir: string): { file: string; text: string }[] {
  return listFiles(dir).flatMap((file) => {
    let bytes: Uint8Array = readFileSync(file);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    if (bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04)
      return Object.entries(unzipSync(bytes)).map(([entry, b]) => ({ file: `${file}!${entry}`, text: strFromU8(b) }));
    return [{ file, text: Buffer.from(bytes).toString('utf8') }];
  });
}
