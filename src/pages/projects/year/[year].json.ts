import type { GetStaticPaths } from 'astro';
import { projects } from '../../../lib/site/data.ts';
import { leadOnly } from '../../../lib/site/shard.ts';
import { projectIndex } from '../../../lib/views/projectIndex.ts';
import { LIST_PAGE_ROWS } from '../../../lib/views/projectPages.ts';

/**
 * /projects/year/<年>.json: the index the project filter loads on demand, one per year, written only when the list
 * is split into pages (a list that fits one page is filtered in the page itself); by the first shard only.
 */
export const getStaticPaths = (() =>
  projects.length <= LIST_PAGE_ROWS
    ? []
    : leadOnly([...new Set(projects.map((p) => p.year))]).map((year) => ({
        params: { year: String(year) },
      }))) satisfies GetStaticPaths;

export function GET({ params }: { params: { year: string } }) {
  return new Response(JSON.stringify(projectIndex(Number(params.year), projects)), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
