/**
 * npm run validate -- <folder> [--json] [--since <commit>]
 * Checks a folder of ledgers without building. Exit 0 when publishable (warnings allowed), 1 when not.
 * Changes to published notices are checked for a reason in corrections.csv against the last committed version,
 * or against <commit> with --since (CI checks the commit it builds with --since HEAD~1).
 * A folder or file that cannot be read at all ends in one plain message (or one JSON problem), exit 1.
 */
import { DATA_FILES } from '../src/lib/ingest/ingest.ts';
import { runCli, type FaultContext } from './fault.ts';
import { ingestFolder, report, resolveDataDir } from './ingestFolder.ts';

const args = process.argv.slice(2);
const sinceAt = args.indexOf('--since');
const since = sinceAt >= 0 ? args[sinceAt + 1] : undefined;
const positional = args.filter((a, i) => !a.startsWith('--') && (sinceAt < 0 || i !== sinceAt + 1));
const ctx: FaultContext = { json: args.includes('--json') };

runCli(async () => {
  const dir = resolveDataDir(positional[0]);
  ctx.dataDir = dir;
  if (sinceAt >= 0 && !since) {
    console.error('--since 后面要写一个提交，例如 --since HEAD~1');
    return 1;
  }
  const result = await ingestFolder(dir, since);
  if (ctx.json) {
    const { problems } = result;
    console.log(
      JSON.stringify(
        {
          ok: problems.ok,
          errors: problems.errorCount,
          warnings: problems.warningCount,
          files: problems.files(DATA_FILES),
          problems: problems.sorted(DATA_FILES),
          omitted: Object.fromEntries(problems.omitted),
        },
        null,
        2,
      ),
    );
  } else report(result, (l) => console.log(l));
  return result.problems.ok ? 0 : 1;
}, ctx);
