/**
 * District vocabularies: the closed lists of the ledgers (人员类别, 项目类型, …) as the national defaults
 * (./defaults.ts) plus what a district's site.json adds. Each vocabulary resolves a cell to its canonical value:
 * an exact value silently, a synonym with a warning naming the mapping, anything else as an error that lists the
 * allowed values and says how to add one in site.json.
 *
 * Cells are compared in a normalised form: cleaned like every cell, half-width, without spaces and quotes. No
 * other tolerance: stripping a trailing 人 or 户 would turn 残疾人 into 残疾 and 脱贫户 into 脱贫, so such
 * spellings are listed as synonyms one by one instead.
 */
import { type Cell, cleanText, toHalfWidth } from '../ingest/cells.ts';
import { VOCABULARY_DEFAULTS, VOCABULARY_IDS, type VocabularyColumn, type VocabularyId } from './defaults.ts';

/** One vocabulary's site.json setting (validated by src/schemas/vocabularies.ts). */
export interface VocabularySetting {
  /** Values of the district besides the defaults, in display order after them. */
  readonly add?: readonly string[];
  /** Other spelling → the value (default or added) it is counted as. */
  readonly synonyms?: Readonly<Record<string, string>>;
}

/** site.json `vocabularies`: keyed by the Chinese column name (人员类别, 项目类型, …). */
export type VocabulariesSetting = { readonly [C in VocabularyColumn]?: VocabularySetting };

export interface Vocabulary {
  readonly id: VocabularyId;
  /** Chinese column name, e.g. 人员类别; also the key in site.json. */
  readonly column: VocabularyColumn;
  /** Canonical values: the defaults, then the district's additions, in display order. */
  readonly values: readonly string[];
  /** Effective synonyms, as written → canonical value (defaults overridden by site.json). */
  readonly synonyms: ReadonlyMap<string, string>;
  /** One value per cell. */
  resolve(raw: string): Cell<string>;
  /**
   * Several values in one cell, separated by 、，,；;/ or line breaks (spaces too when every part is a value):
   * each resolved, duplicates after synonym mapping removed, in display order. `max` limits the count.
   */
  resolveList(raw: string, options?: { max?: number }): Cell<string[]>;
}

export type Vocabularies = { readonly [K in VocabularyId]: Vocabulary };

/** A problem with a site.json setting, at a path inside the vocabulary's entry (`['synonyms', '三类人员']`). */
export interface SettingIssue {
  path: (string | number)[];
  message: string;
}

/** Spaces and quotes: ignored when comparing, so 惠民惠农“一卡通” is 惠民惠农一卡通. */
const IGNORED = /[\s"'“”‘’「」『』]/g;
/** Separators of a multi-valued cell, after toHalfWidth (so ，；／ are included). */
const SEPARATORS = /[、,;/\n]+/;
/** Characters a value or synonym in site.json may not hold, as a list cell would split there. */
const SEPARATOR_CHAR = /[、，,；;/／\n]/;

/** The form cells and settings are compared in. */
export function normalise(raw: string): string {
  return toHalfWidth(cleanText(raw)).replace(IGNORED, '');
}

const quoted = (items: readonly string[]) => items.map((s) => `“${s}”`).join('');

const defaultsOf = (id: VocabularyId) => VOCABULARY_DEFAULTS[id];

/**
 * Everything wrong with one vocabulary's setting, in Chinese: an added value that is already a default or
 * repeated, a synonym that is a value itself, repeated, or points to no value (default or added), and
 * separators or blanks inside either. A synonym may override a default synonym; an added value replaces a
 * default synonym of the same spelling (so a district can count that group apart).
 */
export function checkVocabularySetting(id: VocabularyId, setting: VocabularySetting | undefined): SettingIssue[] {
  const issues: SettingIssue[] = [];
  if (!setting) return issues;
  const { column, noun } = defaultsOf(id);
  const defaults = new Map(defaultsOf(id).values.map(({ value }) => [normalise(value), value]));
  const added = new Map<string, string>();
  const malformed = (s: string, what: string): string | undefined => {
    if (!normalise(s)) return `${what}不能为空`;
    if (SEPARATOR_CHAR.test(s))
      return `${what}“${s}”不能包含顿号、逗号、分号、斜杠或换行：一格填多个${noun}时用它们分隔`;
    return undefined;
  };
  (setting.add ?? []).forEach((raw, i) => {
    const n = normalise(raw);
    const bad = malformed(raw, `添加的${noun}`);
    if (bad) issues.push({ path: ['add', i], message: bad });
    else if (defaults.has(n))
      issues.push({ path: ['add', i], message: `“${raw}”已是默认的${column}，不用在 add 中添加` });
    else if (added.has(n)) issues.push({ path: ['add', i], message: `“${raw}”在 add 中重复` });
    else added.set(n, cleanText(raw));
  });
  const keys = new Map<string, string>();
  for (const [key, target] of Object.entries(setting.synonyms ?? {})) {
    const path = ['synonyms', key];
    const n = normalise(key);
    const bad = malformed(key, '同义词');
    if (bad) issues.push({ path, message: bad });
    else if (defaults.has(n)) issues.push({ path, message: `“${key}”是默认的${column}，不能同时作为同义词` });
    else if (added.has(n)) issues.push({ path, message: `“${key}”已在 add 中添加为${column}，不能同时作为同义词` });
    else if (keys.has(n)) issues.push({ path, message: `同义词“${key}”与“${keys.get(n)}”重复` });
    else {
      keys.set(n, key);
      const t = normalise(target);
      if (!defaults.has(t) && !added.has(t)) {
        const all = [...defaults.values(), ...added.values()].join('、');
        issues.push({
          path,
          message: `同义词“${key}”对应的“${target}”不是${column}的可选值（默认值或 add 中添加的值），只能对应：${all}`,
        });
      }
    }
  }
  return issues;
}

interface Entry {
  value: string;
  synonym: boolean;
}

/** Results of slow-path lookups, per raw cell; cleared when full (cells repeat, but not without bound). */
const MEMO_LIMIT = 4096;

function build(id: VocabularyId, setting: VocabularySetting | undefined): Vocabulary {
  const { column, noun, values: defaultValues } = defaultsOf(id);
  const added = (setting?.add ?? []).map((s) => cleanText(s));
  const values = Object.freeze([...defaultValues.map(({ value }) => value), ...added]);
  const order = new Map(values.map((value, i) => [value, i]));

  // Precedence: values (default and added) over site.json synonyms over default synonyms.
  const entries = new Map<string, Entry>();
  const synonyms = new Map<string, string>();
  const siteSynonyms = Object.entries(setting?.synonyms ?? {});
  const siteKeys = new Set(siteSynonyms.map(([key]) => normalise(key)));
  const valueKeys = new Set(values.map(normalise));
  for (const { value, synonyms: defaultSynonyms } of defaultValues)
    for (const s of defaultSynonyms)
      if (!siteKeys.has(normalise(s)) && !valueKeys.has(normalise(s))) {
        entries.set(normalise(s), { value, synonym: true });
        synonyms.set(s, value);
      }
  for (const [key, target] of siteSynonyms) {
    const t = normalise(target);
    const value = values.find((x) => normalise(x) === t)!;
    entries.set(normalise(key), { value, synonym: true });
    synonyms.set(cleanText(key), value);
  }
  for (const value of values) entries.set(normalise(value), { value, synonym: false });

  const mapped = (text: string, value: string) => `“${text}”按“${value}”统计`;
  // Exact hits: a clean cell is one Map lookup, no regular expression run.
  const exact = new Map<string, Cell<string>>();
  for (const [n, { value, synonym }] of entries)
    exact.set(n, Object.freeze(synonym ? { ok: true, value, warning: mapped(n, value) } : { ok: true, value }));
  for (const value of values) exact.set(value, Object.freeze({ ok: true, value }));

  const allowed = values.join('、');
  const howToAdd = (several: boolean) =>
    `如果${several ? '这些' : '这'}是本县使用的${noun}，请在 site.json 的 vocabularies.${column}.add 中添加，` +
    `或在 synonyms 中写明它对应哪个${noun}`;
  const unknown = (items: readonly string[]): Cell<never> => ({
    ok: false,
    message: `${quoted(items)} 不是可选的${column}，只能填：${allowed}。${howToAdd(items.length > 1)}`,
  });
  const empty: Cell<never> = Object.freeze({ ok: false, message: `没有填写${column}，只能填：${allowed}` });

  /** One item, already cleaned and half-width. */
  const lookup = (text: string): Entry | undefined => entries.get(text.replace(IGNORED, ''));

  /** Items of a cleaned half-width cell: split on separators, then on spaces where every part is a value. */
  function items(text: string): string[] {
    const out: string[] = [];
    for (const part of text.split(SEPARATORS)) {
      const item = part.trim();
      if (!item) continue;
      const words = item.split(/\s+/);
      if (words.length > 1 && !lookup(item) && words.every((w) => lookup(w))) out.push(...words);
      else out.push(item);
    }
    return out;
  }

  const memo = new Map<string, Cell<string>>();
  function resolveSlow(raw: string): Cell<string> {
    const cleaned = cleanText(raw);
    const text = toHalfWidth(cleaned);
    if (!text.replace(IGNORED, '')) return empty;
    const entry = lookup(text);
    if (entry) {
      const { value, synonym } = entry;
      return synonym ? { ok: true, value, warning: mapped(cleaned, value) } : { ok: true, value };
    }
    const parts = items(text);
    if (parts.length > 1 && parts.every((p) => lookup(p)))
      return { ok: false, message: `“${cleaned}”填了 ${parts.length} 个${noun}，这一栏只能填一个${column}` };
    return unknown([cleaned]);
  }

  function resolve(raw: string): Cell<string> {
    const hit = exact.get(raw);
    if (hit) return hit;
    let cell = memo.get(raw);
    if (!cell) {
      if (memo.size >= MEMO_LIMIT) memo.clear();
      cell = Object.freeze(resolveSlow(raw));
      memo.set(raw, cell);
    }
    return cell;
  }

  function resolveList(raw: string, options: { max?: number } = {}): Cell<string[]> {
    const hit = exact.get(raw);
    if (hit?.ok)
      return hit.warning ? { ok: true, value: [hit.value], warning: hit.warning } : { ok: true, value: [hit.value] };
    const cleaned = cleanText(raw);
    const parts = items(toHalfWidth(cleaned));
    if (!parts.length) return empty;
    const found = new Set<string>();
    const bad: string[] = [];
    const via = new Map<string, string[]>(); // canonical value → synonyms typed for it
    for (const item of parts) {
      const entry = lookup(item);
      if (!entry) {
        if (!bad.includes(item)) bad.push(item);
        continue;
      }
      found.add(entry.value);
      if (entry.synonym) {
        const typed = via.get(entry.value) ?? [];
        if (!typed.includes(item)) typed.push(item);
        via.set(entry.value, typed);
      }
    }
    if (bad.length) return unknown(bad);
    const value = [...found].sort((a, b) => order.get(a)! - order.get(b)!);
    const { max } = options;
    if (max !== undefined && value.length > max)
      return {
        ok: false,
        message: `${column}最多填 ${max} 个，这一格填了 ${value.length} 个：${value.join('、')}`,
      };
    const warning = [...via]
      .sort(([a], [b]) => order.get(a)! - order.get(b)!)
      .map(([canonical, typed]) => `${quoted(typed)}按“${canonical}”统计`)
      .join('；');
    return warning ? { ok: true, value, warning } : { ok: true, value };
  }

  return Object.freeze({ id, column, values, synonyms, resolve, resolveList });
}

/**
 * The vocabularies of a district: the national defaults plus its site.json `vocabularies` setting. Throws an
 * Error (message in Chinese) when the setting is invalid; the site.json schema reports the same problems first.
 */
export function buildVocabularies(settings?: VocabulariesSetting): Vocabularies {
  const columns = new Map<string, VocabularyId>(VOCABULARY_IDS.map((id) => [defaultsOf(id).column, id]));
  for (const key of Object.keys(settings ?? {}))
    if (!columns.has(key))
      throw new Error(`site.json 的 vocabularies 中没有“${key}”这一项，只能是：${[...columns.keys()].join('、')}`);
  const out = {} as Record<VocabularyId, Vocabulary>;
  for (const id of VOCABULARY_IDS) {
    const { column } = defaultsOf(id);
    const setting = settings?.[column];
    const issues = checkVocabularySetting(id, setting);
    if (issues.length)
      throw new Error(
        issues
          .map(({ path, message }) => `site.json 的 vocabularies.${column}.${path.join('.')}：${message}`)
          .join('\n'),
      );
    out[id] = build(id, setting);
  }
  return Object.freeze(out);
}
