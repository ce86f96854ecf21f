import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { inspectionSchema } from '../../schemas/inspection.ts';
import { metaSchema } from '../../schemas/meta.ts';
import { payoutListSchema } from '../../schemas/payoutList.ts';
import { payoutMonthSchema } from '../../schemas/payoutMonth.ts';
import { projectSchema } from '../../schemas/project.ts';
import { trainingSchema } from '../../schemas/training.ts';
import { categoryTotalsSchema } from '../../schemas/categoryTotals.ts';
import type { PublicContent } from './publish.ts';

/** Folder of generated collections inside content/ (not committed). */
export const GENERATED = 'generated';

const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;

/**
 * Writes the public content as JSON collections, each document checked against the same schema
 * Astro loads it with. Written to a staging folder first and swapped in, so a half-written
 * collection is never read.
 */
export async function writeContent(contentDir: string, c: PublicContent): Promise<void> {
  const out = join(contentDir, GENERATED);
  const staging = `${out}.tmp`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(join(staging, 'payout-lists'), { recursive: true });
  const check = <T extends z.ZodType>(schema: T, docs: unknown[]) => docs.map((d) => schema.parse(d));
  await writeFile(join(staging, 'meta.json'), json(check(metaSchema, [c.meta])));
  await writeFile(join(staging, 'projects.json'), json(check(projectSchema, c.projects)));
  await writeFile(join(staging, 'payout-months.json'), json(check(payoutMonthSchema, c.payoutMonths)));
  await writeFile(join(staging, 'trainings.json'), json(check(trainingSchema, c.trainings)));
  await writeFile(join(staging, 'inspections.json'), json(check(inspectionSchema, c.inspections)));
  await writeFile(join(staging, 'category-totals.json'), json(check(categoryTotalsSchema, c.categoryTotals)));
  for (const list of check(payoutListSchema, c.payoutLists))
    await writeFile(join(staging, 'payout-lists', `${list.projectId}.json`), json(list));
  await rm(out, { recursive: true, force: true });
  await rename(staging, out);
}
