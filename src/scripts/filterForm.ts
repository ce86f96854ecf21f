/**
 * The part the project filters share (ProjectFilter.astro on a one-page list, projectIndexFilter.ts on a list
 * split into pages): the controls follow the URL's query, values no longer offered are ignored, each change is one
 * history entry so Back undoes it and the URL can be shared, and reset or the clear button empties the filter.
 * `apply` shows the projects of a selection.
 */
import { FILTERS, parseSelection, selectionToSearch, type Selection } from '../lib/projectFilters.ts';

export function bindFilterForm(
  form: HTMLFormElement,
  clear: Element,
  apply: (s: Selection) => void | Promise<void>,
): void {
  const params = FILTERS.filter((f) => form.elements.namedItem(f.param));
  const select = (param: string) => form.elements.namedItem(param) as HTMLSelectElement;
  const read = (): Selection => {
    const s: Selection = {};
    for (const f of params) if (select(f.param).value) s[f.param] = select(f.param).value;
    return s;
  };
  const show = (search: string) => {
    const s = parseSelection(search);
    for (const f of params) {
      const el = select(f.param);
      const v = s[f.param];
      el.value = v && [...el.options].some((o) => o.value === v) ? v : '';
    }
    void apply(read());
  };
  const commit = () => {
    const s = read();
    const url = `${location.pathname}${selectionToSearch(s)}${location.hash}`;
    if (url !== `${location.pathname}${location.search}${location.hash}`) history.pushState(null, '', url);
    void apply(s);
  };

  form.hidden = false;
  form.addEventListener('change', commit);
  form.addEventListener('reset', () => setTimeout(commit));
  form.addEventListener('submit', (e) => e.preventDefault());
  clear.addEventListener('click', () => {
    form.reset();
    // The button is about to hide: keep the keyboard where the filters are.
    select(params[0].param).focus();
  });
  addEventListener('popstate', () => show(location.search));
  show(location.search);
}
