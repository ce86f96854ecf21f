import rss, { type RSSOptions } from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Project } from '../schemas/project.ts';
import type { SiteConfig } from '../schemas/site.ts';
import { projectPath } from '../lib/routes.ts';

/**
 * What XML 1.0 forbids (C0 controls but tab/LF/CR, U+FFFE/FFFF, unpaired surrogates) and what it merely
 * tolerates but no reader should get (C1 controls, bidi overrides): removed. The ingest already refuses all of
 * these; this is the last line of defence, so the feed always parses.
 */
const NOT_XML = new RegExp(
  [
    '[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f\\x7f-\\x9f\\u061c\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069\\ufffe\\uffff]',
    '[\\ud800-\\udbff](?![\\udc00-\\udfff])', // a high surrogate with no low one after it
    '(?<![\\ud800-\\udbff])[\\udc00-\\udfff]', // a low surrogate with no high one before it
  ].join('|'),
  'g',
);
export const xmlText = (s: string): string => s.replace(NOT_XML, '');

type FeedProject = Pick<Project, 'id' | 'name' | 'subdistrict' | 'location' | 'type' | 'noticeStart' | 'noticeEnd'>;

/** Feed of project notices, newest 公示 first; item dates are 公示开始日期 (no build time). */
export function feedOptions(
  projects: readonly FeedProject[],
  site: Pick<SiteConfig, 'districtFullName' | 'publisher'>,
  dataUpdated: string,
  siteUrl: URL | string,
): RSSOptions {
  const items = projects
    .filter((p) => p.noticeStart)
    .sort((a, b) => (a.noticeStart! < b.noticeStart! ? 1 : a.noticeStart! > b.noticeStart! ? -1 : a.id < b.id ? -1 : 1))
    .map((p) => ({
      title: xmlText(`以工代赈项目公示：${p.name}`),
      link: projectPath(p.id),
      pubDate: new Date(`${p.noticeStart}T00:00:00+08:00`),
      description: xmlText(`${p.subdistrict}${p.location}，${p.type}，公示期 ${p.noticeStart} 至 ${p.noticeEnd}。`),
    }));
  return {
    title: xmlText(`${site.districtFullName}以工代赈项目公示`),
    description: xmlText(`${site.publisher}发布的以工代赈项目公示（数据更新于 ${dataUpdated}）`),
    site: siteUrl,
    items,
    customData: '<language>zh-cn</language>',
  };
}

export async function GET(context: APIContext) {
  // Loaded here, not at the top, so feedOptions can be tested without a built content collection.
  const { meta, projects, site } = await import('../lib/site/data.ts');
  return rss(feedOptions(projects, site, meta.dataUpdated, context.site!));
}
