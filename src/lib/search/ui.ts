/**
 * Pure helpers of the search page: the URL state (?q=…&年度=…) and Pagefind excerpts turned into plain
 * text segments. Excerpts are never inserted as HTML: only the <mark> around matches is honoured.
 */
import { FILTERS } from '../projectFilters.ts';

export interface SearchState {
  q: string;
  /** Pagefind filter name (Chinese label) → value */
  filters: Record<string, string>;
}

/** The Pagefind JS API as this site uses it. */
export interface PagefindJs {
  options(o: { excerptLength?: number; baseUrl?: string }): Promise<void>;
  init?(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    q: string | null,
    o?: { filters?: Record<string, string> },
  ): Promise<{ results: Array<{ id: string; data(): Promise<ResultData> }> }>;
}

export interface ResultData {
  url: string;
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
}

const LABELS = FILTERS.map((f) => f.label);

export function searchState(search: string): SearchState {
  const p = new URLSearchParams(search);
  const filters: Record<string, string> = {};
  for (const label of LABELS) {
    const v = p.get(label);
    if (v) filters[label] = v;
  }
  return { q: p.get('q')?.trim() ?? '', filters };
}

export function stateToSearch(s: SearchState): string {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  for (const label of LABELS) if (s.filters[label]) p.set(label, s.filters[label]);
  const str = p.toString();
  return str ? `?${str}` : '';
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
  '&nbsp;': ' ',
};
const decode = (s: string) => s.replace(/&(lt|gt|amp|quot|nbsp|#39|#x27);/g, (e) => ENTITIES[e]);

export interface Segment {
  text: string;
  mark: boolean;
}

/** Splits an excerpt into text segments, marking the highlighted ones; any other markup stays text. */
export function excerptSegments(excerpt: string): Segment[] {
  const out: Segment[] = [];
  let mark = false;
  for (const part of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (part === '<mark>') mark = true;
    else if (part === '</mark>') mark = false;
    else if (part) out.push({ text: decode(part), mark });
  }
  return out;
}

/** DOM nodes for an excerpt: text nodes and <mark> elements with text only. */
export function renderExcerpt(excerpt: string): Node[] {
  return excerptSegments(excerpt).map((s) => {
    if (!s.mark) return document.createTextNode(s.text);
    const m = document.createElement('mark');
    m.textContent = s.text;
    return m;
  });
}
