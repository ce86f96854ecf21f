/**
 * Lists that grow with the data (villages by 街道, the labour table) cut into pages a phone can open: groups
 * (a 街道 and its villages) packed in order, a group starting a new page rather than straddling two unless it is
 * larger than a page by itself. Every item lands on exactly one page; a split group says it continues.
 */

/**
 * A page's row budget. YGDZ_LIST_ROWS lowers every such budget at once, so a test can build a small fixture as
 * if it were a province (every list paged) without generating thousands of rows.
 */
export function rowBudget(rows: number, env: Record<string, string | undefined> = process.env): number {
  const test = Number(env.YGDZ_LIST_ROWS);
  return Number.isInteger(test) && test > 0 ? Math.min(test, rows) : rows;
}

export interface GroupPart<G, T> {
  group: G;
  items: T[];
  /** The group began on an earlier page. */
  continued: boolean;
}

export interface GroupPage<G, T> {
  /** 1-based. */
  part: number;
  parts: number;
  groups: Array<GroupPart<G, T>>;
}

/**
 * Packs groups into pages of at most `rows` rows, where a group costs `headRows` (its heading row in a table,
 * 0 for a list under a heading) plus one row per item. `rows` must exceed `headRows`.
 */
export function packGroups<G, T>(
  groups: ReadonlyArray<{ group: G; items: readonly T[] }>,
  rows: number,
  headRows = 0,
): Array<GroupPage<G, T>> {
  if (rows <= headRows) throw new RangeError(`a page of ${rows} rows cannot hold a group heading of ${headRows}`);
  const pages: Array<Array<GroupPart<G, T>>> = [];
  let page: Array<GroupPart<G, T>> = [];
  let used = 0;
  const next = () => {
    pages.push(page);
    page = [];
    used = 0;
  };
  for (const { group, items } of groups) {
    // Keep a group whole when it fits on a page of its own.
    if (used > 0 && used + headRows + items.length > rows && headRows + items.length <= rows) next();
    let i = 0;
    do {
      if (used + headRows >= rows) next();
      const take = items.slice(i, i + rows - used - headRows);
      page.push({ group, items: take, continued: i > 0 });
      used += headRows + take.length;
      i += take.length;
    } while (i < items.length);
  }
  if (page.length) pages.push(page);
  return pages.map((groups, k) => ({ part: k + 1, parts: pages.length, groups }));
}

/** The page each group starts on (1-based), for links from an overview to the page that holds a group. */
export function firstPageOf<G, T>(pages: ReadonlyArray<GroupPage<G, T>>): Map<G, number> {
  const at = new Map<G, number>();
  for (const p of pages) for (const g of p.groups) if (!at.has(g.group)) at.set(g.group, p.part);
  return at;
}
