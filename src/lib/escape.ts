const MARKUP = /[&<>"']/;

/** Text as HTML/XML text or a quoted attribute value: data, never markup. The one escaper of hand-made markup. */
export function escapeMarkup(s: string): string {
  // Most cells (numbers, dates, names) have nothing to escape: one scan instead of five replacements.
  if (!MARKUP.test(s)) return s;
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
