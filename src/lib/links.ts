/**
 * Links built from ledger data. The ledgers hold no URLs; only phone numbers become links, reduced to
 * digits and "-" first, so no cell can smuggle in a javascript: or data: link.
 */
export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9-]/g, '')}`;
}

