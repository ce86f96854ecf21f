/**
 * 作对接 (/labour/): the published labour rows (src/schemas/labour.ts) arranged for the page: the district figures,
 * each 街道 with its villages, the age bands and the sexes. Counts arrive already suppressed; this only formats.
 */
import { AGE_BANDS, type Labour, type LabourCount, SEX_GROUPS, UNKNOWN_GROUP } from '../../schemas/labour.ts';
import { int } from '../format.ts';
import { labourPlacePath } from '../routes.ts';
import { packGroups, rowBudget } from './paging.ts';

export const LABOUR_COLUMNS = [
  { key: 'surveyed', label: '摸底人数' },
  { key: 'willing', label: '有务工意愿' },
  { key: 'placed', label: '已安排到项目' },
  { key: 'waiting', label: '有意愿未安排' },
  { key: 'unwilling', label: '无务工意愿' },
] as const;
export const SHARE_LABEL = '有意愿者安排比例';

export interface LabourRow {
  id: string;
  /** What the row is: 街道, village, age band or sex. */
  name: string;
  /** Each count as printed ("<5", "—" or the number), in LABOUR_COLUMNS order. */
  cells: string[];
  /** "56.7%", or "不计算" when the share cannot be given. */
  share: string;
  /** The roster's 街道 and 村 of a village row, to link its village page. */
  subdistrict?: string;
  village?: string;
}

export interface LabourView {
  /** Nobody surveyed: the page says so instead of showing empty tables. */
  empty: boolean;
  total: LabourRow;
  /** Each 街道 with its villages, in the order the rows were published. */
  streets: Array<{ street: LabourRow; villages: LabourRow[] }>;
  bands: LabourRow[];
  sexes: LabourRow[];
}

export const showLabourCount = (c: LabourCount): string => (typeof c === 'number' ? int(c) : c);
export const showShare = (share: number | null): string => (share === null ? '不计算' : `${share.toFixed(1)}%`);

function row(l: Labour): LabourRow {
  return {
    id: l.id,
    name: l.village ?? l.subdistrict ?? l.group ?? '全区',
    cells: LABOUR_COLUMNS.map((c) => showLabourCount(l[c.key])),
    share: showShare(l.placedShare),
    ...(l.kind === '村' && { subdistrict: l.subdistrict!, village: l.village! }),
  };
}

/** Arranges the published rows; a group whose birth year or sex nobody left blank has no 未注明 row. */
export function labourView(rows: readonly Labour[]): LabourView {
  const total = rows.find((r) => r.kind === '全区');
  const streets = rows
    .filter((r) => r.kind === '街道')
    .map((s) => ({
      street: row(s),
      villages: rows.filter((r) => r.kind === '村' && r.subdistrict === s.subdistrict).map(row),
    }));
  // The collection comes back in id order: put bands and sexes in their natural order, 未注明 last.
  const inOrder = (kind: Labour['kind'], order: readonly string[]) =>
    rows
      .filter((r) => r.kind === kind && (r.group !== UNKNOWN_GROUP || r.surveyed !== 0))
      .sort((a, b) => rank(order, a.group) - rank(order, b.group))
      .map(row);
  return {
    empty: !total || total.surveyed === 0,
    total: total ? row(total) : row(emptyTotal),
    streets,
    bands: inOrder(
      '年龄段',
      AGE_BANDS.map((b) => b.label),
    ),
    sexes: inOrder('性别', SEX_GROUPS),
  };
}

const rank = (order: readonly string[], group: string | null) => {
  const i = order.indexOf(group ?? '');
  return i < 0 ? order.length : i;
};

const emptyTotal: Labour = {
  id: '全区',
  kind: '全区',
  subdistrict: null,
  village: null,
  group: null,
  surveyed: 0,
  willing: 0,
  placed: 0,
  waiting: 0,
  unwilling: 0,
  placedShare: null,
};

/**
 * Most rows (街道 and village rows) on one page of the table by place: a province's tens of thousands of villages
 * are cut into pages of this many (a row is about 60–100 bytes gzipped), grouped by 街道. A district that fits
 * one page keeps its whole table on /labour/.
 */
export const LABOUR_PAGE_ROWS = 500;

export interface LabourPlacePage {
  part: number;
  parts: number;
  path: string;
  /** "第 2 页（白鹤镇—石桥镇）" */
  label: string;
  /** Each 街道 on the page with its villages here; `continued` when it began on the page before. */
  groups: Array<{ street: LabourRow; villages: LabourRow[]; continued: boolean }>;
}

/** Where a 街道's row is on a page of the table by place (its id, for links). */
export const labourAnchor = (street: Pick<LabourRow, 'name'>): string => `l-${street.name}`;

/**
 * The table by place in pages of at most `rows` rows, 街道 in published order with their villages; one page
 * when it all fits (then /labour/ shows it and no place page is built).
 */
export function labourPlacePages(
  streets: LabourView['streets'],
  rows = rowBudget(LABOUR_PAGE_ROWS),
): LabourPlacePage[] {
  // A page holds at least a 街道 row and one of its villages, however low a test sets the budget.
  const pages = packGroups(
    streets.map((s) => ({ group: s.street, items: s.villages })),
    Math.max(rows, 2),
    1,
  );
  return pages.map((p) => {
    const from = p.groups[0].group.name;
    const to = p.groups.at(-1)!.group.name;
    return {
      part: p.part,
      parts: p.parts,
      path: labourPlacePath(p.part),
      label: `第 ${p.part} 页（${from === to ? from : `${from}—${to}`}）`,
      groups: p.groups.map((g) => ({ street: g.group, villages: g.items, continued: g.continued })),
    };
  });
}
