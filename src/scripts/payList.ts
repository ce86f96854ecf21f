/**
 * The pay list page's enhancements (src/pages/projects/[id]/payouts.astro): month and village filters kept in the
 * URL (?month=&village=, one history entry per change, so Back undoes a filter), totals of what is shown, and the
 * 核对码 box. The code is hashed here and compared with the rows' hashes; it never leaves the page, nor enters the
 * URL or history.
 */
import { sha256 } from '../lib/receipts/sha256.ts';
import { HASH_HEX, hashInput, hex, normalizeCode, CODE_LENGTH } from '../lib/receipts/format.ts';

const filter = document.querySelector<HTMLFormElement>('[data-pay-filter]');
const sections = [...document.querySelectorAll<HTMLElement>('section[data-month]')];
const rows = [...document.querySelectorAll<HTMLTableRowElement>('section[data-month] tbody tr')];
const summary = document.querySelector<HTMLElement>('[data-pay-summary]')!;
const empty = document.querySelector<HTMLElement>('[data-pay-empty]')!;
const receipt = document.querySelector<HTMLFormElement>('[data-receipt]');

/** 分 → "12,345.67"; hundredths of a day → "12.5" (as the page writes them at build time). */
const yuan = (fen: number) =>
  `${Math.trunc(fen / 100)}.${String(fen % 100).padStart(2, '0')}`.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
const days = (h: number) =>
  h % 100 === 0
    ? String(h / 100)
    : `${Math.trunc(h / 100)}.${String(h % 100)
        .padStart(2, '0')
        .replace(/0$/, '')}`;

interface Sum {
  rows: number;
  days: number;
  due: number;
  paid: number;
}
const add = (s: Sum, tr: HTMLTableRowElement) => {
  s.rows++;
  s.days += Number(tr.dataset.days);
  s.due += Number(tr.dataset.due);
  s.paid += Number(tr.dataset.paid);
};
const zero = (): Sum => ({ rows: 0, days: 0, due: 0, paid: 0 });
const sumText = (s: Sum) => `务工 ${days(s.days)} 天，应发 ${yuan(s.due)} 元，实发 ${yuan(s.paid)} 元`;

interface View {
  month: string;
  village: string;
  /** Hash of the code typed in the 核对码 box: only that worker's rows are shown. */
  mine?: string;
}
let view: View = { month: '', village: '' };

/** Shows the rows of `v`, with each month's totals and the totals of everything shown. */
function render(v: View): void {
  view = v;
  const all = zero();
  for (const section of sections) {
    const month = zero();
    const monthShown = !v.month || v.month === section.dataset.month;
    for (const tr of section.querySelectorAll<HTMLTableRowElement>('tbody tr')) {
      const mine = v.mine !== undefined && tr.dataset.k === v.mine;
      tr.classList.toggle('mine', mine);
      const shown = monthShown && (!v.village || tr.dataset.village === v.village) && (v.mine === undefined || mine);
      tr.hidden = !shown;
      if (shown) add(month, tr);
    }
    section.hidden = month.rows === 0;
    const set = (k: string, text: string) => {
      const el = section.querySelector<HTMLElement>(`tfoot [data-t="${k}"]`);
      if (el) el.textContent = text;
    };
    set('rows', String(month.rows));
    set('days', days(month.days));
    set('due', yuan(month.due));
    set('paid', yuan(month.paid));
    all.rows += month.rows;
    all.days += month.days;
    all.due += month.due;
    all.paid += month.paid;
  }
  const filtered = v.month || v.village || v.mine !== undefined;
  summary.textContent = filtered
    ? `共 ${rows.length} 笔，显示 ${all.rows} 笔：${sumText(all)}。`
    : `共 ${rows.length} 笔：${sumText(all)}。`;
  empty.hidden = all.rows > 0;
}

function fromUrl(): View {
  const q = new URLSearchParams(location.search);
  const pick = (name: string) => {
    const el = filter?.elements.namedItem(name) as HTMLSelectElement | null;
    const value = q.get(name) ?? '';
    return el && [...el.options].some((o) => o.value === value) ? value : '';
  };
  return { month: pick('month'), village: pick('village') };
}

function setSelects(v: View): void {
  if (!filter) return;
  (filter.elements.namedItem('month') as HTMLSelectElement).value = v.month;
  (filter.elements.namedItem('village') as HTMLSelectElement).value = v.village;
}

/** A new history entry for a changed filter, so Back returns to the previous one. */
function push(v: View): void {
  const q = new URLSearchParams();
  if (v.month) q.set('month', v.month);
  if (v.village) q.set('village', v.village);
  const search = q.toString();
  history.pushState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
}

function clearFilters(): void {
  setSelects({ month: '', village: '' });
  forgetReceipt();
  push({ month: '', village: '' });
  render({ month: '', village: '' });
}

if (filter) {
  filter.hidden = false;
  filter.addEventListener('change', () => {
    const v = {
      month: (filter.elements.namedItem('month') as HTMLSelectElement).value,
      village: (filter.elements.namedItem('village') as HTMLSelectElement).value,
    };
    forgetReceipt();
    push(v);
    render(v);
  });
  filter.addEventListener('reset', (e) => {
    e.preventDefault();
    clearFilters();
  });
  filter.addEventListener('submit', (e) => e.preventDefault());
}
document.querySelector('[data-pay-clear]')?.addEventListener('click', clearFilters);
addEventListener('popstate', () => {
  const v = fromUrl();
  setSelects(v);
  forgetReceipt();
  render(v);
});

// 核对码: SHA-256 from the browser where it has it (https, localhost), else the page's own.
async function digest(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (globalThis.crypto?.subtle) {
    try {
      return hex(new Uint8Array(await crypto.subtle.digest('SHA-256', bytes)));
    } catch {
      // fall through to the script's own SHA-256
    }
  }
  return hex(sha256(bytes));
}

const result = receipt?.querySelector<HTMLElement>('[data-receipt-result]');
const clearMine = receipt?.querySelector<HTMLButtonElement>('[data-receipt-clear]');

function forgetReceipt(): void {
  if (!receipt) return;
  clearMine!.hidden = true;
  result!.textContent = '';
  for (const tr of rows) tr.querySelector('.mine-note')?.remove();
}

if (receipt) {
  receipt.hidden = false;
  const input = receipt.elements.namedItem('code') as HTMLInputElement;
  receipt.addEventListener('submit', async (e) => {
    e.preventDefault();
    forgetReceipt();
    const code = normalizeCode(input.value);
    if (!code) {
      render({ ...view, mine: undefined });
      result!.textContent = `核对码是 ${CODE_LENGTH} 位字母和数字，请对照工资条重新输入。`;
      return;
    }
    const hash = (await digest(hashInput(receipt.dataset.salt!, code))).slice(0, HASH_HEX);
    const mine = rows.filter((tr) => tr.dataset.k === hash);
    if (mine.length === 0) {
      render({ ...view, mine: undefined });
      result!.textContent = '本项目中没有与这个核对码对应的记录。请核对后重新输入，或询问发放工资的工作人员。';
      return;
    }
    // All of the worker's rows: the month and village filters no longer apply (the URL is left as it was).
    setSelects({ month: '', village: '' });
    render({ month: '', village: '', mine: hash });
    const s = zero();
    for (const tr of mine) {
      add(s, tr);
      const note = document.createElement('span');
      note.className = 'mine-note visually-hidden';
      note.textContent = '（你的记录）';
      tr.cells[0].append(note);
    }
    result!.textContent = `找到你的 ${s.rows} 笔记录：${sumText(s)}。`;
    clearMine!.hidden = false;
  });
  clearMine!.addEventListener('click', () => {
    forgetReceipt();
    input.value = '';
    render({ month: view.month, village: view.village });
    input.focus();
  });
}

const initial = fromUrl();
setSelects(initial);
render(initial);
