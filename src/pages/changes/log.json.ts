import { readChangeLog } from '../../lib/site/documents.ts';

/** The whole publication log with every hash, oldest entry first: what `npm run verify-log` checks. */
export function GET() {
  return new Response(`${JSON.stringify(readChangeLog(), null, 1)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
