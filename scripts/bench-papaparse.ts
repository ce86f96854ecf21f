/**
 * The bare read `npm run bench` compares the ingest with: workers.csv and payouts.csv streamed from disk, decoded
 * (TextDecoder, as the ingest does), parsed by papaparse and counted, nothing else.
 *   node scripts/bench-papaparse.ts <folder>
 */
import { createReadStream } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import Papa from 'papaparse';

const dir = process.argv[2];
if (!dir) throw new Error('usage: node scripts/bench-papaparse.ts <folder>');

async function* decoded(file: string): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) {
    const text = decoder.decode(chunk as Buffer, { stream: true });
    if (text) yield text;
  }
  const tail = decoder.decode();
  if (tail) yield tail;
}

function count(file: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let rows = 0;
    Papa.parse(Readable.from(decoded(file)), {
      step: () => void rows++,
      complete: () => resolve(rows),
      error: reject,
    });
  });
}

let rows = 0;
for (const f of ['workers.csv', 'payouts.csv']) rows += await count(join(dir, f));
console.log(`rows ${rows}`);
