/**
 * Documents of the external collections (collections.ts `external`): read one at a time by the page that shows
 * it, so a national site never holds every payout list in memory at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../ledgers/collections.ts';
import { changeEntrySchema, type ChangeEntry } from '../../schemas/changeEntry.ts';
import type { PayoutList } from '../../schemas/payoutList.ts';
import { GENERATED_DIR } from './contentDir.ts';

/** A project's masked payout list as the ingest wrote it (and checked against its schema), if it has one. */
export function readPayoutList(projectId: string): PayoutList | undefined {
  const { file, schema } = COLLECTIONS.payoutLists;
  const path = join(GENERATED_DIR, file, `${projectId}.json`);
  return existsSync(path) ? (schema.parse(JSON.parse(readFileSync(path, 'utf8'))) as PayoutList) : undefined;
}

/** The publication log's file in the generated content (written by scripts/build.ts from git history). */
export const CHANGES_FILE = 'changes.json';

/** The publication log, oldest entry first; empty when the data folder is not in git. */
export function readChangeLog(): ChangeEntry[] {
  const path = join(GENERATED_DIR, CHANGES_FILE);
  return existsSync(path) ? changeEntrySchema.array().parse(JSON.parse(readFileSync(path, 'utf8'))) : [];
}
