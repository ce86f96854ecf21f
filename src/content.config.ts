import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { inspectionSchema } from './schemas/inspection.ts';
import { metaSchema } from './schemas/meta.ts';
import { payoutListSchema } from './schemas/payoutList.ts';
import { payoutMonthSchema } from './schemas/payoutMonth.ts';
import { projectSchema } from './schemas/project.ts';
import { trainingSchema } from './schemas/training.ts';
import { categoryTotalsSchema } from './schemas/categoryTotals.ts';

// scripts/build.ts runs Astro with a private root per build (so builds do not share .astro/) and names the
// project in YGDZ_PROJECT_ROOT; `npm run dev` and `astro sync` run in the project itself.
const project = process.env.YGDZ_PROJECT_ROOT || '.';

// Generated from the data folder (see src/lib/ingest); the same schemas validated them on write. A build writes
// them to a private folder named in YGDZ_CONTENT_DIR; `npm run ingest` (run by `npm run dev`) to content/generated.
const generated = process.env.YGDZ_CONTENT_DIR || `${project}/content/generated`;
const gen = (name: string) => `${generated}/${name}`;

export const collections = {
  meta: defineCollection({ loader: file(gen('meta.json')), schema: metaSchema }),
  projects: defineCollection({ loader: file(gen('projects.json')), schema: projectSchema }),
  payoutMonths: defineCollection({ loader: file(gen('payout-months.json')), schema: payoutMonthSchema }),
  payoutLists: defineCollection({
    // The glob loader would lower-case and slugify ids; the 项目编号 is the id, as written.
    loader: glob({ pattern: '*.json', base: gen('payout-lists'), generateId: ({ data }) => String(data.projectId) }),
    schema: payoutListSchema,
  }),
  trainings: defineCollection({ loader: file(gen('trainings.json')), schema: trainingSchema }),
  inspections: defineCollection({ loader: file(gen('inspections.json')), schema: inspectionSchema }),
  categoryTotals: defineCollection({ loader: file(gen('category-totals.json')), schema: categoryTotalsSchema }),

  // Hand-written pages and news in MDX.
  pages: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${project}/content/pages` }),
    schema: z.object({
      /** Page title */
      title: z.string(),
      /** One-sentence summary for lists and search results */
      description: z.string(),
    }),
  }),
  news: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${project}/content/news` }),
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
