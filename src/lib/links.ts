/**
 * Links built from ledger data. The ledgers hold no URLs; only phone numbers become links, reduced to
 * digits and "-" first, so no cell can smuggle in a javascript: or data: link.
 */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9-]/g, '')}`;
}

/** The national rural-revitalisation supervision line, printed on every notice. */
export const NATIONAL_HOTLINE = { label: '全国乡村振兴监督举报电话', number: '12317' } as const;

/** The district's own lines for a notice: the national line is printed once, even if site.json lists it too. */
export function districtHotlines<T extends { number: string }>(hotlines: readonly T[]): T[] {
  return hotlines.filter((h) => h.number !== NATIONAL_HOTLINE.number);
}
