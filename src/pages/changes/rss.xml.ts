import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { site } from '../../lib/site/data.ts';
import { readChangeLog } from '../../lib/site/documents.ts';
import { CHANGES_PATH } from '../../lib/routes.ts';
import { entryLines, entryTitle } from '../../lib/views/changes.ts';
import { xmlText } from '../rss.xml.ts';

/** Feed of the publication log, newest first (at most 50); item dates are commit dates (no build time). */
export async function GET(context: APIContext) {
  const items = readChangeLog()
    .reverse()
    .slice(0, 50)
    .map((e) => ({
      title: xmlText(entryTitle(e)),
      link: `${CHANGES_PATH}#v${e.seq}`,
      pubDate: new Date(`${e.date}T00:00:00+08:00`),
      description: xmlText(entryLines(e).join('\n')),
    }));
  return rss({
    title: xmlText(`${site.districtFullName}以工代赈数据更新记录`),
    description: xmlText(`${site.publisher}发布的以工代赈数据每一次更新的内容`),
    site: context.site ?? site.siteUrl,
    items,
    customData: '<language>zh-cn</language>',
  });
}
