/**
 * Village (村、社区) pages. A village is known from the published data only: a project's 建设地点, a class's
 * 培训地点 and, where the site publishes masked payout lists, the roster villages of the villagePay totals.
 *
 * Matching a place to villages: the place is split at "、，,；;/" and spaces; in each part a known 街道 name is
 * cut off (with anything before it, e.g. "莱山区解甲庄街道于家汤村"); what is left is a village when it ends in
 * 村 or 社区 ("…村委会", "…社区居委会" count as the village). Anything else ("滨海路沿线", "西泊子社区段") is a
 * place, not a village, and links nowhere: a wrong village page would mislead more than none.
 */
import type { Project } from '../../schemas/project.ts';
import type { Training } from '../../schemas/training.ts';
import type { VillagePay } from '../../schemas/villagePay.ts';
import { byChinese } from '../collate.ts';
import { VILLAGES_PATH, villageListPath, villagePath } from '../routes.ts';
import { packGroups, rowBudget } from './paging.ts';

export interface VillageName {
  /** 街道, or '' where a class's 培训地点 names an otherwise unknown village without its 街道. */
  subdistrict: string;
  name: string;
}

export interface Village extends VillageName {
  /** The page key: the name, or 街道+name where two 街道 share the name (see UNSAFE_IN_KEY). */
  key: string;
  path: string;
  /** Projects built here: newest year first, then by 项目编号. */
  projects: Project[];
  /** Classes held here: latest first. */
  trainings: Training[];
  /** Pay to this village's workers per year (roster village), newest first; empty when not published. */
  pay: VillagePay[];
}

export interface VillageIndex {
  /** By 街道, then name (Chinese collation); villages with no known 街道 last. */
  villages: Village[];
  byKey: ReadonlyMap<string, Village>;
  /** The villages a project is built in, in the order its 建设地点 names them. */
  ofProject(p: Pick<Project, 'location' | 'subdistrict'>): Village[];
}

export interface VillageData {
  projects: readonly Project[];
  trainings: readonly Training[];
  /** Absent or empty when the site does not publish masked payout lists. */
  villagePay?: readonly VillagePay[];
}

const SEPARATORS = /[、，,；;/／\s]+/u;
/** A village name: no digits or brackets, ends in 村 or 社区. */
const VILLAGE = /^[^\d０-９()（）[\]【】]{1,30}(村|社区)$/u;

/** "于家汤村委会" → "于家汤村", "西泊子社区居委会" → "西泊子社区"; other names as written, trimmed. */
export function normaliseVillage(name: string): string {
  return name
    .trim()
    .replace(/村(民委员会|委会)$/u, '村')
    .replace(/社区(居民委员会|居委会)$/u, '社区');
}

/**
 * The villages a place names. `subdistricts` are the known 街道 (longest match wins); `hint` is the 街道 the
 * place is in when the text does not say (a project's 街道).
 */
export function villagesIn(place: string, subdistricts: readonly string[], hint = ''): VillageName[] {
  const known = [...subdistricts].filter(Boolean).sort((a, b) => b.length - a.length);
  const out: VillageName[] = [];
  for (const part of place.split(SEPARATORS)) {
    if (!part) continue;
    let subdistrict = hint;
    let rest = part;
    for (const s of known) {
      const at = part.indexOf(s);
      if (at >= 0 && part.length > at + s.length) {
        subdistrict = s;
        rest = part.slice(at + s.length);
        break;
      }
    }
    const name = normaliseVillage(rest);
    if (VILLAGE.test(name) && !out.some((v) => v.name === name && v.subdistrict === subdistrict))
      out.push({ subdistrict, name });
  }
  return out;
}

const idOf = (v: VillageName) => `${v.subdistrict}\u0000${v.name}`;
const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Every village of the data, with its projects, classes and pay totals. */
/** What a village's page key may not contain: anything but letters, digits, “·”, brackets and “-”. */
const UNSAFE_IN_KEY = /[^\p{L}\p{N}·()（）-]+/gu;

export function buildVillages(data: VillageData): VillageIndex {
  const pay = data.villagePay ?? [];
  const subdistricts = [...new Set([...data.projects.map((p) => p.subdistrict), ...pay.map((v) => v.subdistrict)])];
  const found = new Map<string, VillageName>();
  const add = (v: VillageName) => found.set(idOf(v), found.get(idOf(v)) ?? v);

  const projectVillages = new Map<Project, VillageName[]>();
  for (const p of data.projects) {
    const vs = villagesIn(p.location, subdistricts, p.subdistrict);
    projectVillages.set(p, vs);
    vs.forEach(add);
  }
  for (const v of pay) add({ subdistrict: v.subdistrict, name: normaliseVillage(v.village) });

  // A class's place may omit the 街道: then it is the one known village of that name; a name two 街道 share
  // cannot be placed, and a name nobody else knows becomes a village of unknown 街道.
  const trainingVillages = new Map<Training, VillageName[]>();
  for (const t of data.trainings) {
    if (!t.place) continue;
    const vs = villagesIn(t.place, subdistricts).flatMap((v) => {
      if (v.subdistrict) return [v];
      const same = [...found.values()].filter((f) => f.name === v.name && f.subdistrict);
      return same.length === 1 ? same : same.length === 0 ? [v] : [];
    });
    trainingVillages.set(t, vs);
    vs.forEach(add);
  }

  const subdistrictsOf = new Map<string, Set<string>>();
  for (const v of found.values()) {
    const set = subdistrictsOf.get(v.name) ?? new Set<string>();
    set.add(v.subdistrict);
    subdistrictsOf.set(v.name, set);
  }
  const keyOf = (v: VillageName) =>
    (subdistrictsOf.get(v.name)?.size ?? 0) > 1 ? `${v.subdistrict}${v.name}` : v.name;
  // A page key is one path segment: characters a URL path cannot hold as they are ("/", "?", "#", "<" …, from
  // a clerk's typo or a hostile roster) become "-", and a key taken twice gets "-2", "-3" …
  const used = new Set<string>();
  const safeKey = (raw: string) => {
    const base = raw.replace(UNSAFE_IN_KEY, '-').replace(/^-+|-+$/g, '') || '村';
    let key = base;
    for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
    used.add(key);
    return key;
  };

  const byId = new Map<string, Village>();
  for (const v of found.values()) {
    const key = safeKey(keyOf(v));
    byId.set(idOf(v), { ...v, key, path: villagePath(key), projects: [], trainings: [], pay: [] });
  }
  for (const [p, vs] of projectVillages) for (const v of vs) byId.get(idOf(v))!.projects.push(p);
  for (const [t, vs] of trainingVillages) for (const v of vs) byId.get(idOf(v))!.trainings.push(t);
  for (const v of pay) byId.get(idOf({ subdistrict: v.subdistrict, name: normaliseVillage(v.village) }))!.pay.push(v);

  const villages = [...byId.values()].sort(
    (a, b) =>
      Number(!a.subdistrict) - Number(!b.subdistrict) ||
      byChinese(a.subdistrict, b.subdistrict) ||
      byChinese(a.name, b.name),
  );
  for (const v of villages) {
    v.projects.sort((a, b) => b.year - a.year || byCode(a.id, b.id));
    v.trainings.sort((a, b) => byCode(b.start, a.start) || byCode(a.id, b.id));
    v.pay.sort((a, b) => b.year - a.year);
  }
  const byKey = new Map(villages.map((v) => [v.key, v]));
  return {
    villages,
    byKey,
    ofProject: (p) =>
      villagesIn(p.location, subdistricts, p.subdistrict).flatMap((v) => {
        const hit = byId.get(idOf(v));
        return hit ? [hit] : [];
      }),
  };
}

/** The villages grouped by 街道 for the index page ('' = 街道未注明, last). */
export function villagesBySubdistrict(index: VillageIndex): Array<{ subdistrict: string; villages: Village[] }> {
  const groups: Array<{ subdistrict: string; villages: Village[] }> = [];
  for (const v of index.villages) {
    const last = groups.at(-1);
    if (last && last.subdistrict === v.subdistrict) last.villages.push(v);
    else groups.push({ subdistrict: v.subdistrict, villages: [v] });
  }
  return groups;
}

/** What a village has, in one short line for the index: "2 个项目 · 1 期培训 · 2023年发放 36 人". */
export function villageSummary(v: Village): string {
  const parts: string[] = [];
  if (v.projects.length) parts.push(`${v.projects.length} 个项目`);
  if (v.trainings.length) parts.push(`${v.trainings.length} 期培训`);
  if (v.pay.length) parts.push(`${v.pay[0].year}年务工 ${v.pay[0].workers} 人`);
  return parts.join(' · ');
}

/**
 * The site's village index, built once from the published collections inside the Astro build (where Astro sets
 * import.meta.env.SITE). Unit tests and scripts have no content collections: there it stays undefined.
 */
const inSite = import.meta.env?.SITE !== undefined;
const siteData = inSite ? await import('../site/data.ts') : undefined;
export const siteVillages: VillageIndex | undefined = siteData
  ? buildVillages(siteData.publicData as VillageData)
  : undefined;

/**
 * The village page a notice links to (its 建设地点's first village), or undefined when the place is not a
 * village. Without an index (unit tests) the link is made from the project alone, keyed by the village's name.
 */
export function villageLinkFor(
  p: Pick<Project, 'location' | 'subdistrict'>,
  index: VillageIndex | undefined = siteVillages,
): { href: string; label: string } | undefined {
  if (index) {
    const [v] = index.ofProject(p);
    return v && { href: v.path, label: v.name };
  }
  const [v] = villagesIn(p.location, [p.subdistrict], p.subdistrict);
  return v && { href: villagePath(v.name), label: v.name };
}

/** The id of a 街道's section on the village index, so the sitemap can link it. */
export const villageAnchor = (subdistrict: string): string => `s-${subdistrict || '未注明'}`;

const pathsByPlace = new WeakMap<VillageIndex, Map<string, string>>();
/** The page of the village a roster names (its 街道 and 村), when the site has one: one map lookup per row. */
export function villagePathOf(
  subdistrict: string,
  village: string,
  index: VillageIndex | undefined = siteVillages,
): string | undefined {
  if (!index) return undefined;
  let paths = pathsByPlace.get(index);
  if (!paths) {
    paths = new Map(index.villages.map((v) => [idOf(v), v.path]));
    pathsByPlace.set(index, paths);
  }
  return paths.get(idOf({ subdistrict, name: normaliseVillage(village) }));
}

/**
 * Most villages listed on one page of the index (about 40–60 bytes gzipped each): a province's tens of thousands
 * of villages are listed on pages of this many, by 街道. A district that fits keeps them all on /villages/.
 */
export const VILLAGE_INDEX_ROWS = 1000;

export interface VillageIndexPage {
  part: number;
  parts: number;
  path: string;
  /** "第 2 页（白鹤镇—石桥镇）" */
  label: string;
  groups: Array<{ subdistrict: string; villages: Village[]; continued: boolean }>;
}

const streetName = (s: string) => s || '街道未注明';

/** The index in pages by 街道, each at most `rows` villages; one page (at /villages/ itself) when they fit. */
export function villageIndexPages(index: VillageIndex, rows = rowBudget(VILLAGE_INDEX_ROWS)): VillageIndexPage[] {
  const pages = packGroups(
    villagesBySubdistrict(index).map((g) => ({ group: g.subdistrict, items: g.villages })),
    rows,
  );
  return pages.map((p) => {
    const from = streetName(p.groups[0].group);
    const to = streetName(p.groups.at(-1)!.group);
    return {
      part: p.part,
      parts: p.parts,
      path: p.parts === 1 ? VILLAGES_PATH : villageListPath(p.part),
      label: `第 ${p.part} 页（${from === to ? from : `${from}—${to}`}）`,
      groups: p.groups.map((g) => ({ subdistrict: g.group, villages: g.items, continued: g.continued })),
    };
  });
}

/** Each 街道 of the index, how many villages it has, and where its list begins. */
export function villageStreetLinks(
  pages: readonly VillageIndexPage[],
): Array<{ subdistrict: string; name: string; villages: number; href: string }> {
  const out = new Map<string, { subdistrict: string; name: string; villages: number; href: string }>();
  for (const p of pages)
    for (const g of p.groups) {
      const seen = out.get(g.subdistrict);
      if (seen) seen.villages += g.villages.length;
      else
        out.set(g.subdistrict, {
          subdistrict: g.subdistrict,
          name: streetName(g.subdistrict),
          villages: g.villages.length,
          href: `${p.path}#${villageAnchor(g.subdistrict)}`,
        });
    }
  return [...out.values()];
}
