/**
 * Documents of the external collections (collections.ts `external`): read one at a time by the page that shows
 * it, so a national site never holds every payout list in memory at once.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COLLECTIONS } from '../../ledgers/collections.ts';
import { changeEntrySchema, type ChangeEntry } from '../../schemas/changeEntry.ts';
import type { PayoutList } from '../../schemas/payoutList.ts';
import { projectHistorySchema, type ProjectHistory } from '../../schemas/projectHistory.ts';
import { z } from 'astro/zod';
import { GENERATED_DIR } from './contentDir.ts';

/**
 * A project's masked payout list as the ingest wrote it, if it has one. Not parsed with its schema again:
 * writeContent checked every list against it when writing this private folder, and parsing 25,000 lists twice
 * cost a twentieth of a national site's render time.
 */
export function readPayoutList(projectId: string): PayoutList | undefined {
  const path = join(GENERATED_DIR, COLLECTIONS.payoutLists.file, `${projectId}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as PayoutList) : undefined;
}

/** The publication log's file in the generated content (written by scripts/build.ts from git history). */
export const CHANGES_FILE = 'changes.json';

/** The publication log, oldest entry first; empty when the data folder is not in git. */
export function readChangeLog(): ChangeEntry[] {
  const path = join(GENERATED_DIR, CHANGES_FILE);
  return existsSync(path) ? changeEntrySchema.array().parse(JSON.parse(readFileSync(path, 'utf8'))) : [];
}

/** The notices' histories (项目编号 → ProjectHistory), written by scripts/build.ts from git history. */
export const HISTORY_FILE = 'project-history.json';

let histories: Map<string, ProjectHistory> | undefined;

/** A project's notice history, oldest event first (none when the data folder is not in git). */
export function readProjectHistory(id: string): ProjectHistory {
  if (!histories) {
    const path = join(GENERATED_DIR, HISTORY_FILE);
    const all = existsSync(path)
      ? z.record(z.string(), projectHistorySchema).parse(JSON.parse(readFileSync(path, 'utf8')))
      : {};
    histories = new Map(Object.entries(all));
  }
  return histories.get(id) ?? { events: [], superseded: [] };
}
