/**
 * npm run validate -- <folder> [--json]
 * Checks a folder of ledgers without building. Exit 0 when publishable (warnings allowed), 1 when not.
 * A folder or file that cannot be read at all ends in one plain message (or one JSON problem), exit 1.
 */
import { DATA_FILES } from '../src/lib/ingest/ingest.ts';
import { runCli, type FaultContext } from './fault.ts';
import { ingestFolder, report, resolveDataDir } from './ingestFolder.ts';

const args = process.argv.slice(2);
const ctx: FaultContext = { json: args.includes('--json') };

runCli(async () => {
  const dir = resolveDataDir(args.find((a) => !a.startsWith('--')));
  ctx.dataDir = dir;
  const result = await ingestFolder(dir);
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
