/**
 * The words of the site's own search index, shared by the indexer (Node) and the search runtime (browser), so
 * a query is cut exactly as the pages were.
 *
 * Chinese has no spaces, so no dictionary: every character and every pair of neighbouring characters is a key
 * (a query of n characters needs all its n−1 pairs), which finds any village, firm or 街道 name whatever its
 * segmentation. Runs of ASCII letters and digits (project numbers, years, phone numbers) are keys with every
 * prefix, so a number can be typed part-way. Everything else (spaces, punctuation) separates.
 */

/** Longest ASCII run kept as a key; a longer run is matched on its first MAX_RUN characters. */
export const MAX_RUN = 24;
/** Marks a key that occurs in a page's title (the same key without it: anywhere in the page). */
export const TITLE = '\u0001';

export interface Runs {
  /** Runs of Chinese (any non-ASCII letter or digit), lowercased. */
  han: string[];
  /** Runs of ASCII letters and digits, lowercased. */
  ascii: string[];
}

const LETTER = /[\p{L}\p{N}]/u;

/** Splits text into runs of letters, NFKC-normalised (full-width ＡＢ１ as AB1) and lowercased. */
export function runs(text: string): Runs {
  const out: Runs = { han: [], ascii: [] };
  let cur = '';
  let kind: 'han' | 'ascii' | '' = '';
  const flush = () => {
    if (kind) out[kind].push(cur);
    cur = '';
    kind = '';
  };
  for (const c of text.normalize('NFKC').toLowerCase()) {
    const k = /[a-z0-9]/.test(c) ? 'ascii' : c.length > 1 || c.charCodeAt(0) > 127 ? (LETTER.test(c) ? 'han' : '') : '';
    if (k !== kind) flush();
    if (k) {
      kind = k;
      cur += c;
    }
  }
  flush();
  return out;
}

/** Every key of a page's text: each character and pair of Chinese, each prefix of each ASCII run. */
export function textKeys(text: string, into: Set<string>, prefix = ''): Set<string> {
  const { han, ascii } = runs(text);
  for (const r of han) {
    const cs = [...r];
    for (let i = 0; i < cs.length; i++) {
      into.add(prefix + cs[i]);
      if (i + 1 < cs.length) into.add(prefix + cs[i] + cs[i + 1]);
    }
  }
  for (const r of ascii) for (let i = 1; i <= Math.min(r.length, MAX_RUN); i++) into.add(prefix + r.slice(0, i));
  return into;
}

/**
 * The keys a page must have to match a query: every pair (or the single character) of each Chinese run, and each
 * ASCII run as a prefix.
 */
export function queryKeys(query: string): string[] {
  const { han, ascii } = runs(query);
  const keys = new Set<string>();
  for (const r of han) {
    const cs = [...r];
    if (cs.length === 1) keys.add(cs[0]);
    for (let i = 0; i + 1 < cs.length; i++) keys.add(cs[i] + cs[i + 1]);
  }
  for (const r of ascii) keys.add(r.slice(0, MAX_RUN));
  return spread([...keys], MAX_QUERY_KEYS);
}

/**
 * Most keys a query fetches: each key may cost a shard, so a pasted sentence of 50 characters looks up 16 of its
 * pairs, evenly spread (first and last kept), not 49; 16 pairs of one text almost never meet by chance elsewhere.
 */
export const MAX_QUERY_KEYS = 16;

function spread<T>(xs: T[], max: number): T[] {
  if (xs.length <= max) return xs;
  return Array.from({ length: max }, (_, i) => xs[Math.round((i * (xs.length - 1)) / (max - 1))]);
}

/** FNV-1a over UTF-16 units: which shard holds a key (its title twin lives in the same shard). */
export function shardOf(key: string, shards: number): number {
  let h = 0x811c9dc5;
  const k = key.startsWith(TITLE) ? key.slice(1) : key;
  for (let i = 0; i < k.length; i++) h = Math.imul(h ^ k.charCodeAt(i), 0x01000193);
  return (h >>> 0) % shards;
}

// Postings: the ids of the pages holding a key, ascending, as varint gaps or (when smaller) a bitmap.

function varintLength(v: number): number {
  let n = 1;
  while (v >= 0x80) {
    v = Math.floor(v / 128);
    n++;
  }
  return n;
}

export function writeVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
}

export function readVarint(b: Uint8Array, pos: { i: number }): number {
  let v = 0;
  let scale = 1;
  for (;;) {
    const x = b[pos.i++];
    v += (x & 0x7f) * scale;
    if (x < 0x80) return v;
    scale *= 128;
  }
}

/** Encodes ascending page ids among `pages` pages: tag 0 and varint gaps, or tag 1 and a bitmap. */
export function encodePostings(ids: ArrayLike<number>, count: number, pages: number): number[] {
  let gapBytes = varintLength(count);
  for (let i = 0, prev = -1; i < count; prev = ids[i], i++) gapBytes += varintLength(ids[i] - prev - 1);
  const out: number[] = [];
  if (gapBytes <= (pages + 7) >> 3) {
    out.push(0);
    writeVarint(out, count);
    for (let i = 0, prev = -1; i < count; prev = ids[i], i++) writeVarint(out, ids[i] - prev - 1);
  } else {
    out.push(1);
    const bits = new Uint8Array((pages + 7) >> 3);
    for (let i = 0; i < count; i++) bits[ids[i] >> 3] |= 1 << (ids[i] & 7);
    for (const b of bits) out.push(b);
  }
  return out;
}

/** Decodes postings into a bitmap of `pages` bits. */
export function decodePostings(b: Uint8Array, pages: number): Uint8Array {
  const bits = new Uint8Array((pages + 7) >> 3);
  if (b[0] === 1) {
    bits.set(b.subarray(1, 1 + bits.length));
    return bits;
  }
  const pos = { i: 1 };
  const n = readVarint(b, pos);
  for (let k = 0, id = -1; k < n; k++) {
    id += readVarint(b, pos) + 1;
    bits[id >> 3] |= 1 << (id & 7);
  }
  return bits;
}

/**
 * A shard file: varint key count, then per key (sorted) its UTF-8 length, bytes, postings length and postings.
 */
export function readShard(b: Uint8Array): Map<string, Uint8Array> {
  const dec = new TextDecoder();
  const pos = { i: 0 };
  const n = readVarint(b, pos);
  const out = new Map<string, Uint8Array>();
  for (let k = 0; k < n; k++) {
    const kl = readVarint(b, pos);
    const key = dec.decode(b.subarray(pos.i, pos.i + kl));
    pos.i += kl;
    const pl = readVarint(b, pos);
    out.set(key, b.subarray(pos.i, pos.i + pl));
    pos.i += pl;
  }
  return out;
}

// Excerpts: a window of the page's text around the first match, every match in it marked.

const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** The strings to mark for a query: its runs, and for a run the text lacks as a whole, its pairs. */
function markTerms(lower: string, query: string): string[] {
  const { han, ascii } = runs(query);
  const terms: string[] = [...ascii];
  for (const r of han) {
    if (lower.includes(r)) terms.push(r);
    else for (const k of queryKeys(r)) terms.push(k);
  }
  return terms.sort((a, b) => b.length - a.length);
}

/**
 * About `length` characters of `text` around the first match of `query`, HTML-escaped, matches in <mark>. It
 * starts at a space when one is near, so a label and its value are not cut apart.
 */
export function excerpt(text: string, query: string, length: number): string {
  const lower = text.replace(/[A-Z]/g, (c) => c.toLowerCase());
  const terms = query ? markTerms(lower, query) : [];
  let first = -1;
  for (const t of terms) {
    const i = lower.indexOf(t);
    if (i >= 0 && (first < 0 || i < first)) first = i;
  }
  let start = first < 0 ? 0 : Math.max(0, first - Math.floor(length / 4));
  if (start > 0) {
    // Start after the first space before the match, so the excerpt opens on a whole word (a label).
    const space = text.indexOf(' ', start - 1);
    if (space >= 0 && space < first) start = space + 1;
  }
  const end = Math.min(text.length, start + length);
  let out = '';
  let i = start;
  while (i < end) {
    const t = terms.find((x) => x && lower.startsWith(x, i));
    if (t) {
      out += `<mark>${escapeHtml(text.slice(i, i + t.length))}</mark>`;
      i += t.length;
    } else {
      out += escapeHtml(text[i]);
      i++;
    }
  }
  return out;
}
