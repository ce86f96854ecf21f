/**
 * What a built page gives the search index, read from its markup (the Pagefind attributes the pages already
 * carry, so the pages need no other contract):
 *   - text: the text inside the data-pagefind-body element, less data-pagefind-ignore elements, the excluded
 *     selectors' elements (class names only), scripts, styles and SVG;
 *   - meta: data-pagefind-meta="name" (the element's text) or "name:value"; the title falls back to the first h1;
 *   - filters: data-pagefind-filter="name" (the element's text) or "name:value".
 * A tokenizer, not a DOM: the built pages are Astro's own well-formed output, read once, in one pass.
 */

export interface ExtractedPage {
  text: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const SKIP = new Set(['script', 'style', 'svg', 'template', 'noscript', 'head']);
/** Elements whose edges separate words (text either side of them is never run together). */
const BLOCK = new Set(
  [
    'address article aside blockquote br caption dd details dialog div dl dt fieldset figcaption figure footer form',
    'h1 h2 h3 h4 h5 h6 header hr legend li main nav ol option p pre section summary table tbody td tfoot th',
    'thead tr ul',
  ]
    .join(' ')
    .split(' '),
);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const cp = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const TAG = /<!--[\s\S]*?-->|<!\w[^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTR = /([^\s=/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function attributes(s: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!s) return out;
  for (const m of s.matchAll(ATTR)) out.set(m[1].toLowerCase(), decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  return out;
}

interface Open {
  name: string;
  /** This element's content is not indexed. */
  ignore: boolean;
  /** Inside the data-pagefind-body element. */
  body: boolean;
  /** meta/filter names this element's text becomes, or the first h1 */
  captures: { kind: 'meta' | 'filter' | 'h1'; name: string }[];
  text: string;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Reads a page; null when it has no data-pagefind-body element (not a searchable page). */
export function extractPage(html: string, excludeClasses: readonly string[] = []): ExtractedPage | null {
  const stack: Open[] = [];
  const textParts: string[] = [];
  const meta: Record<string, string> = {};
  const filters: Record<string, string[]> = {};
  let hasBody = false;
  let h1: string | undefined;
  let skipUntil = '';
  let last = 0;
  const top = () => stack[stack.length - 1];

  const addText = (raw: string) => {
    if (!raw) return;
    const t = decodeEntities(raw);
    const cur = top();
    if (cur?.body && !cur.ignore) textParts.push(t);
    for (const o of stack) if (o.captures.length) o.text += t;
  };
  const close = (o: Open) => {
    if (BLOCK.has(o.name)) {
      if (o.body && !o.ignore) textParts.push(' ');
      for (const p of stack) if (p.captures.length) p.text += ' ';
    }
    for (const c of o.captures) {
      const v = squash(o.text);
      if (!v) continue;
      if (c.kind === 'meta') meta[c.name] ??= v;
      else if (c.kind === 'filter') (filters[c.name] ??= []).push(v);
      else h1 ??= v;
    }
  };

  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    const name = m[2]?.toLowerCase();
    if (skipUntil) {
      if (m[1] && name === skipUntil) {
        skipUntil = '';
        last = TAG.lastIndex;
      }
      continue;
    }
    addText(html.slice(last, m.index));
    last = TAG.lastIndex;
    if (!name) continue; // comment or doctype
    if (m[1]) {
      // Close up to the matching element (tolerates an unclosed child).
      const at = stack.map((o) => o.name).lastIndexOf(name);
      if (at >= 0) while (stack.length > at) close(stack.pop()!);
      continue;
    }
    const attrs = attributes(m[3]);
    if (SKIP.has(name) && !m[3].trimEnd().endsWith('/')) {
      skipUntil = name;
      continue;
    }
    const parent = top();
    const cls = attrs.get('class')?.split(/\s+/) ?? [];
    const open: Open = {
      name,
      ignore:
        (parent?.ignore ?? false) || attrs.has('data-pagefind-ignore') || cls.some((c) => excludeClasses.includes(c)),
      body: (parent?.body ?? false) || attrs.has('data-pagefind-body'),
      captures: [],
      text: '',
    };
    if (attrs.has('data-pagefind-body')) hasBody = true;
    for (const [attr, kind] of [
      ['data-pagefind-meta', 'meta'],
      ['data-pagefind-filter', 'filter'],
    ] as const) {
      const spec = attrs.get(attr);
      if (!spec) continue;
      for (const part of spec.split(',')) {
        const [key, ...rest] = part.split(':');
        if (!key.trim()) continue;
        if (rest.length) {
          const v = rest.join(':').trim();
          if (kind === 'meta') meta[key.trim()] ??= v;
          else (filters[key.trim()] ??= []).push(v);
        } else open.captures.push({ kind, name: key.trim() });
      }
    }
    if (name === 'h1' && h1 === undefined) open.captures.push({ kind: 'h1', name: '' });
    if (BLOCK.has(name)) {
      if (open.body && !open.ignore) textParts.push(' ');
      for (const p of stack) if (p.captures.length) p.text += ' ';
    }
    if (VOID.has(name) || m[3].trimEnd().endsWith('/')) {
      stack.push(open);
      close(stack.pop()!);
    } else stack.push(open);
  }
  if (!skipUntil) addText(html.slice(last));
  while (stack.length) close(stack.pop()!);
  if (!hasBody) return null;
  if (meta.title === undefined && h1 !== undefined) meta.title = h1;
  for (const k of Object.keys(filters)) filters[k] = [...new Set(filters[k])];
  return { text: squash(textParts.join('')), meta, filters };
}
