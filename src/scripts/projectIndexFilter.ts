/**
 * The project filter of a list split into pages (src/components/ProjectIndexFilter.astro): the first time a
 * reader picks a filter, the index of the year (or of every year) is fetched, and the matching projects of the
 * whole year are drawn in a table in place of the page's own list. Filters live in the URL (same parameters as
 * the one-page filter, projectFilters.ts), one history entry per change. Every value from the ledgers is written
 * with textContent, never as markup.
 */
import type { ProjectIndex } from '../lib/views/projectIndex.ts';
import { isoDateInShanghai } from '../lib/dates.ts';
import { FILTERS, type Selection } from '../lib/projectFilters.ts';
import { bindFilterForm } from './filterForm.ts';
import { rowMatches, shownProject } from './projectIndex.ts';

/** Most matching rows drawn at once: past this the reader is asked to narrow the filter. */
const MAX_SHOWN = 1000;

const form = document.querySelector<HTMLFormElement>('[data-index-filter]');
if (form) {
  const indexes: Array<{ year: number; href: string }> = JSON.parse(form.dataset.indexes!);
  // A notice's address, from the page (routes.ts stays out of this bundle): "/projects/ID/" with the id put in.
  const [before, after] = form.dataset.projectPath!.split('ID');
  const projectPath = (id: string) => `${before}${encodeURIComponent(id)}${after}`;
  const fixedYear = form.dataset.year ? Number(form.dataset.year) : undefined;
  const count = document.querySelector<HTMLElement>('[data-index-count]')!;
  const empty = document.querySelector<HTMLElement>('[data-index-empty]')!;
  const results = document.querySelector<HTMLElement>('[data-index-results]')!;
  const body = results.querySelector('tbody')!;
  const own = document.querySelector<HTMLElement>('[data-index-own]');
  const params = FILTERS.filter((f) => form.elements.namedItem(f.param));
  const loaded = new Map<string, Promise<ProjectIndex>>();
  const load = (href: string) => {
    let p = loaded.get(href);
    if (!p) {
      p = fetch(href).then((r) => {
        if (!r.ok) throw new Error(`${r.status}`);
        return r.json() as Promise<ProjectIndex>;
      });
      // A failed fetch may be retried on the next change.
      p.catch(() => loaded.delete(href));
      loaded.set(href, p);
    }
    return p;
  };

  const cell = (label: string | undefined, text: string, numeric = false) => {
    const td = document.createElement('td');
    td.setAttribute('role', 'cell');
    if (label) td.dataset.label = label;
    if (numeric) td.className = 'num';
    td.textContent = text;
    return td;
  };
  const labels = [...results.querySelectorAll('thead th')].map((th) => th.textContent!.trim());

  function draw(found: Array<{ index: ProjectIndex; row: ProjectIndex['rows'][number] }>): void {
    const today = isoDateInShanghai(new Date());
    const rows = found.slice(0, MAX_SHOWN).map(({ index, row }) => {
      const p = shownProject(index, row, today);
      const tr = document.createElement('tr');
      tr.setAttribute('role', 'row');
      const first = cell(undefined, '');
      const a = document.createElement('a');
      a.href = projectPath(p.id);
      a.textContent = p.name;
      const detail = document.createElement('span');
      detail.className = 'fine';
      detail.textContent = p.detail;
      first.append(a, document.createElement('br'), detail);
      const notice = cell(labels[3], '');
      const badge = document.createElement('span');
      badge.className = `badge ${p.notice.state}`;
      badge.textContent = p.notice.label;
      notice.append(badge);
      tr.append(
        first,
        cell(labels[1], p.year),
        cell(labels[2], p.status),
        notice,
        cell(labels[4], p.planned, true),
        cell(labels[5], p.paid, true),
      );
      return tr;
    });
    body.replaceChildren(...rows);
  }

  let shown = 0;
  async function apply(s: Selection): Promise<void> {
    const run = ++shown;
    const active = params.some((f) => s[f.param]);
    if (!active) {
      results.hidden = true;
      empty.hidden = true;
      if (own) own.hidden = false;
      count.textContent = '';
      return;
    }
    const wanted = indexes.filter((x) => (fixedYear ?? (s.year ? Number(s.year) : x.year)) === x.year);
    count.textContent = '正在载入项目索引…';
    let loadedIndexes: ProjectIndex[];
    try {
      loadedIndexes = await Promise.all(wanted.map((x) => load(x.href)));
    } catch {
      if (run === shown) count.textContent = '项目索引载入失败，请稍后再试，或按年度和街道分页浏览。';
      return;
    }
    // A later change has been applied meanwhile.
    if (run !== shown) return;
    const found = loadedIndexes.flatMap((index) =>
      index.rows.filter((row) => rowMatches(index, row, s)).map((row) => ({ index, row })),
    );
    const total = loadedIndexes.reduce((a, x) => a + x.rows.length, 0);
    draw(found);
    if (own) own.hidden = true;
    results.hidden = found.length === 0;
    empty.hidden = found.length > 0;
    const scope = fixedYear === undefined && !s.year ? '全部年度' : `${wanted[0]?.year ?? ''}年`;
    count.textContent =
      `${scope}共 ${total} 个项目，符合条件 ${found.length} 个` +
      (found.length > MAX_SHOWN ? `，显示前 ${MAX_SHOWN} 个；再选一个条件可以缩小范围` : '');
  }

  bindFilterForm(form, document.querySelector('[data-index-clear]')!, apply);
}
