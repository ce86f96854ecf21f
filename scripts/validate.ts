/**
 * npm run validate -- <folder> [--json]
 * Checks a folder of ledgers without building. Exit 0 when publishable (warnings allowed), 1 when not.
 */
import { DATA_FILES } from '../src/lib/ingest/ingest.ts';
import { dataDirFrom, ingestFolder, report } from './ingestFolder.ts';

const args = process.argv.slice(2);
const asJson = args.includes('--json');
const dir = dataDirFrom(args.find((a) => !a.startsWith('--')));
const result = await ingestFolder(dir);
if (asJson) {
  const { problems } = result;
  console.log(
    JSON.stringify(
      {
        ok: problems.ok,
        errors: problems.errorCount,
        warnings: problems.warningCount,
        problems: problems.sorted(DATA_FILES),
        omitted: Object.fromEntries(problems.omitted),
      },
      null,
      2,
    ),
  );
} else report(result, (l) => console.log(l));
process.exit(result.problems.ok ? 0 : 1);
