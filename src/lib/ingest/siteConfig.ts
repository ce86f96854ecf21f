import { z } from 'astro/zod';
import { siteConfigSchema, type SiteConfig } from '../../schemas/site.ts';
import { cleanCell, codePointName } from './cells.ts';
import { type Problems, WHOLE_FILE } from './problems.ts';

export const SITE_FILE = 'site.json';

// Validation messages in Chinese for staff.
z.config(z.locales.zhCN());

/** Line of every value in a JSON text (already known to parse), by path such as `hotlines.1.label`. */
function valueLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  const space = () => {
    for (; i < text.length && /[\s\uFEFF]/.test(text[i]); i++) if (text[i] === '\n') line++;
  };
  const string = () => {
    const start = i;
    for (i++; text[i] !== '"'; i++) if (text[i] === '\\') i++;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string) => {
    space();
    lines.set(path, line);
    const open = text[i];
    if (open === '"') return void string();
    if (open !== '{' && open !== '[') {
      while (i < text.length && !/[\s,\]}]/.test(text[i])) i++;
      return;
    }
    i++;
    for (let n = 0; ; n++) {
      space();
      if (text[i] === '}' || text[i] === ']') return void i++;
      if (text[i] === ',') i++;
      space();
      if (open === '{') {
        const key = string();
        space();
        i++; // the colon
        value(path ? `${path}.${key}` : key);
      } else value(path ? `${path}.${n}` : String(n));
    }
  };
  value('');
  return lines;
}

/** Where a raw control character makes the JSON unreadable: the same message as for a cell, with its line. */
function rawControl(text: string, problems: Problems): boolean {
  const lines = text.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const at = [...lines[n]].findIndex((c) => /[\x00-\x08\x0b\x0c\x0e-\x1f]/.test(c));
    if (at < 0) continue;
    const cp = [...lines[n]][at].codePointAt(0)!;
    problems.error(
      SITE_FILE,
      n + 1,
      WHOLE_FILE,
      `这一行第 ${at + 1} 个字符是不可见的控制字符 ${codePointName(cp)}，请删除`,
    );
    return true;
  }
  return false;
}

/**
 * Every string setting goes through the same cleaning as a ledger cell: harmless characters are removed with a
 * warning, control and bidi characters are errors at the setting's line. Returns the cleaned JSON value.
 */
function cleanStrings(json: unknown, lines: Map<string, number>, problems: Problems, path = ''): unknown {
  if (typeof json === 'string') {
    const { text, notes } = cleanCell(json);
    const column = path || WHOLE_FILE;
    for (const n of notes)
      (n.error ? problems.error : problems.warning).call(problems, SITE_FILE, lines.get(path) ?? 1, column, n.message);
    return text;
  }
  const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if (Array.isArray(json)) return json.map((v, k) => cleanStrings(v, lines, problems, at(k)));
  if (json && typeof json === 'object')
    return Object.fromEntries(Object.entries(json).map(([k, v]) => [k, cleanStrings(v, lines, problems, at(k))]));
  return json;
}

/** Parses and validates site.json; a missing file means all defaults. */
export function parseSiteConfig(text: string | null, problems: Problems): SiteConfig | undefined {
  if (text === null) return siteConfigSchema.parse({});
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    if (rawControl(text, problems)) return undefined;
    const pos = /position (\d+)/.exec(String(e))?.[1];
    const line = pos ? text.slice(0, Number(pos)).split('\n').length : 1;
    problems.error(
      SITE_FILE,
      line,
      WHOLE_FILE,
      'JSON 格式错误：请检查引号、逗号和括号是否成对（最后一项后面不能有逗号）',
    );
    return undefined;
  }
  const lines = valueLines(text.replace(/^\uFEFF/, ''));
  const errorsBefore = problems.errorCount;
  json = cleanStrings(json, lines, problems);
  if (problems.errorCount > errorsBefore) return undefined;
  const r = siteConfigSchema.safeParse(json);
  if (r.success) {
    if (r.data.payShareThresholdPercent !== undefined)
      problems.warning(
        SITE_FILE,
        lines.get('payShareThresholdPercent') ?? 1,
        'payShareThresholdPercent',
        '这项设置已停用，已忽略：劳务报酬占比要求现在按资金类型确定（以工代赈中央预算内投资 2022 年起 30%），' +
          '省里另有规定的写在 funding 中，例如 "funding": { "衔接资金": { "percent": 25, "source": "省级文件名称" } }',
      );
    return r.data;
  }
  // A missing value is reported where its nearest parent stands.
  const lineOf = (path: PropertyKey[]): number =>
    lines.get(path.join('.')) ?? (path.length ? lineOf(path.slice(0, -1)) : 1);
  for (const issue of r.error.issues)
    problems.error(SITE_FILE, lineOf(issue.path), issue.path.join('.') || WHOLE_FILE, `设置不正确：${issue.message}`);
  return undefined;
}
