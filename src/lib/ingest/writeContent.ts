import * as nodeFs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
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

/** The file operations writeContent performs, passed in so a build can inject faults (a full disk) in tests. */
export type WriteEffects = Pick<typeof nodeFs, 'mkdir' | 'writeFile' | 'rename' | 'rm'>;

const json = (v: unknown) => `${JSON.stringify(v, null, 1)}\n`;

/**
 * Writes the public content as JSON collections into `out` (content/generated for `npm run dev`, a private
 * folder per build), each document checked against the same schema Astro loads it with. Written to a staging
 * folder of this process first and swapped in, so a half-written collection is never read.
 */
export async function writeContent(out: string, c: PublicContent, fs: WriteEffects = nodeFs): Promise<void> {
  const staging = `${out}.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  try {
    await fs.mkdir(join(staging, 'payout-lists'), { recursive: true });
    const check = <T extends z.ZodType>(schema: T, docs: unknown[]) => docs.map((d) => schema.parse(d));
    await fs.writeFile(join(staging, 'meta.json'), json(check(metaSchema, [c.meta])));
    await fs.writeFile(join(staging, 'projects.json'), json(check(projectSchema, c.projects)));
    await fs.writeFile(join(staging, 'payout-months.json'), json(check(payoutMonthSchema, c.payoutMonths)));
    await fs.writeFile(join(staging, 'trainings.json'), json(check(trainingSchema, c.trainings)));
    await fs.writeFile(join(staging, 'inspections.json'), json(check(inspectionSchema, c.inspections)));
    await fs.writeFile(join(staging, 'category-totals.json'), json(check(categoryTotalsSchema, c.categoryTotals)));
    for (const list of check(payoutListSchema, c.payoutLists))
      await fs.writeFile(join(staging, 'payout-lists', `${list.projectId}.json`), json(list));
    await fs.rm(out, { recursive: true, force: true });
    await fs.rename(staging, out);
  } catch (e) {
    await nodeFs.rm(staging, { recursive: true, force: true });
    throw e;
  }
}
