import { FEED_ITEMS } from '../../lib/jobs.ts';
import rss, { type RSSOptions } from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Job } from '../../schemas/job.ts';
import type { SiteConfig } from '../../schemas/site.ts';
import { yuanText } from '../../lib/format.ts';
import { projectPath } from '../../lib/routes.ts';
import { xmlText } from '../rss.xml.ts';

type FeedProject = { name: string; subdistrict: string; location: string };

/**
 * Feed of job openings, newest 报名开始日期 first; an item's date is its 报名开始日期 (no build time), so two builds
 * of the same data give the same feed. Each item links to its project's notice, where the 正在招工 section is.
 */
export function jobsFeedOptions(
  jobs: readonly Job[],
  projectOf: (id: string) => FeedProject | undefined,
  site: Pick<SiteConfig, 'districtFullName' | 'publisher'>,
  dataUpdated: string,
  siteUrl: URL | string,
): RSSOptions {
  const items = [...jobs]
    .sort((a, b) => (a.start < b.start ? 1 : a.start > b.start ? -1 : a.id < b.id ? -1 : 1))
    .slice(0, FEED_ITEMS)
    .map((j) => {
      const p = projectOf(j.projectId);
      const where = p ? `${p.subdistrict}${p.location}，${p.name}` : j.projectId;
      return {
        title: xmlText(`招工：${j.post} ${j.wanted} 人${p ? `（${p.name}）` : ''}`),
        // The link is also the item's guid: one anchor per opening, so each one is a new item to readers.
        // Absolute, or the feed library would add a trailing slash after the anchor.
        link: new URL(`${projectPath(j.projectId)}#job-${j.id}`, siteUrl).href,
        pubDate: new Date(`${j.start}T00:00:00+08:00`),
        description: xmlText(
          `${where}。日工资标准 ${yuanText(j.dailyWageFen)}/天；报名时间 ${j.start} 至 ${j.end}；` +
            `${j.skills ? `要求：${j.skills}；` : ''}报名方式：${j.signUp}，电话 ${j.phones.join('、')}。`,
        ),
      };
    });
  return {
    title: xmlText(`${site.districtFullName}以工代赈招工信息`),
    description: xmlText(`${site.publisher}发布的以工代赈项目招工信息（数据更新于 ${dataUpdated}）`),
    site: siteUrl,
    items,
    customData: `<language>zh-cn</language>`,
  };
}

export async function GET(context: APIContext) {
  // Loaded here, not at the top, so jobsFeedOptions can be tested without a built content collection.
  const { meta, site } = await import('../../lib/site/data.ts');
  const { jobs } = await import('../../lib/site/jobs.ts');
  const { lookup } = await import('../../lib/site/lookup.ts');
  return rss(jobsFeedOptions(jobs, lookup.project, site, meta.dataUpdated, context.site!));
}
