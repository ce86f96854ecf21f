import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { z } from 'astro/zod';
import { existsSync } from 'node:fs';
import { COLLECTIONS, collectionList, type CollectionName } from './ledgers/collections.ts';
import { NEWS_DIR, PAGES_DIR } from './lib/site/dataFolder.ts';
import { GENERATED_DIR } from './lib/site/contentDir.ts';

// Generated from the data folder (see src/lib/ingest); the same schemas validated them on write.
const generated = GENERATED_DIR;

/** One Astro collection per public collection of the registry, typed by its schema. */
type Generated = { [N in CollectionName]: { loader: Loader; schema: (typeof COLLECTIONS)[N]['schema'] } };
const fromRegistry = Object.fromEntries(
  collectionList()
    .filter((c) => !c.external)
    .map(({ name, file: path, idField, schema }) => {
      const loader = idField
        ? // The glob loader would lower-case and slugify ids; the id field (项目编号) is the id, as written.
          glob({ pattern: '*.json', base: `${generated}/${path}`, generateId: ({ data }) => String(data[idField]) })
        : file(`${generated}/${path}`);
      return [name, defineCollection({ loader, schema })];
    }),
) as Generated;

/** The MDX files of one folder of the data folder; none (and no warning) when the folder does not exist. */
const mdxIn = (base: string): Loader =>
  existsSync(base) ? glob({ pattern: '*.mdx', base }) : { name: 'no-mdx', load: async ({ store }) => store.clear() };

export const collections = {
  ...fromRegistry,

  // The district's own pages and news in MDX: pages/*.mdx and news/*.mdx of the data folder.
  pages: defineCollection({
    loader: mdxIn(PAGES_DIR),
    schema: z.object({
      /** Page title */
      title: z.string(),
      /** One-sentence summary for lists and search results */
      description: z.string(),
      /** Text under the page's link on the home page (about.mdx: the name of the district's method). */
      homeText: z.string().optional(),
    }),
  }),
  news: defineCollection({
    loader: mdxIn(NEWS_DIR),
    schema: z.object({
      /** Headline */
      title: z.string(),
      /** Publication date: YAML reads 2023-03-20 as a UTC date; kept as the ISO day. */
      date: z
        .union([z.date(), z.string().regex(/^\d{4}-\d{2}-\d{2}$/)])
        .transform((d) => (typeof d === 'string' ? d : d.toISOString().slice(0, 10))),
      /** One-sentence summary */
      description: z.string(),
    }),
  }),
};
