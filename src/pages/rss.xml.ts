import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { meta, projects, site } from '../lib/site/data.ts';

/** Feed of project notices, newest 公示 first; item dates are 公示开始日期 (no build time). */
export function GET(context: APIContext) {
  const items = projects
    .filter((p) => p.noticeStart)
    .sort((a, b) => (a.noticeStart! < b.noticeStart! ? 1 : a.noticeStart! > b.noticeStart! ? -1 : a.id < b.id ? -1 : 1))
    .map((p) => ({
      title: `以工代赈项目公示：${p.name}`,
      link: `/projects/${p.id}/`,
      pubDate: new Date(`${p.noticeStart}T00:00:00+08:00`),
      description: `${p.subdistrict}${p.location}，${p.type}，公示期 ${p.noticeStart} 至 ${p.noticeEnd}。`,
    }));
  return rss({
    title: `${site.districtFullName}以工代赈项目公示`,
    description: `${site.publisher}发布的以工代赈项目公示（数据更新于 ${meta.dataUpdated}）`,
    site: context.site!,
    items,
    customData: '<language>zh-cn</language>',
  });
}
