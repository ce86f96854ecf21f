import { z } from 'astro/zod';
import { siteConfigSchema, type SiteConfig } from '../../schemas/site.ts';
import type { Problems } from './problems.ts';

export const SITE_FILE = 'site.json';

// Validation messages in Chinese for staff.
z.config(z.locales.zhCN());

/** Line of the first `"key"` in the JSON text, so a bad setting is reported where it stands. */
function lineOfKey(text: string, key: string | number | symbol | undefined): number {
  if (typeof key !== 'string') return 1;
  const i = text.indexOf(`"${key}"`);
  return i < 0 ? 1 : text.slice(0, i).split('\n').length;
}

/** Parses and validates site.json; a missing file means all defaults. */
export function parseSiteConfig(text: string | null, problems: Problems): SiteConfig | undefined {
  if (text === null) return siteConfigSchema.parse({});
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const pos = /position (\d+)/.exec(String(e))?.[1];
    const line = pos ? text.slice(0, Number(pos)).split('\n').length : 1;
    problems.error(SITE_FILE, line, '(整个文件)', 'JSON 格式错误：请检查引号、逗号和括号是否成对（最后一项后面不能有逗号）');
    return undefined;
  }
  const r = siteConfigSchema.safeParse(json);
  if (r.success) return r.data;
  for (const issue of r.error.issues) {
    const key = [...issue.path].reverse().find((p) => typeof p === 'string');
    problems.error(SITE_FILE, lineOfKey(text, key), issue.path.join('.') || '(整个文件)', `设置不正确：${issue.message}`);
  }
  return undefined;
}
