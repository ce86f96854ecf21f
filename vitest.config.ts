import { configDefaults, defineConfig } from 'vitest/config';

// Fixed time zone: dates in the ledgers and on the site are Asia/Shanghai calendar dates.
process.env.TZ = 'Asia/Shanghai';

/** Test files that drive Chromium: only a run that includes one of them needs (and installs) the browser. */
const BROWSER = ['tests/browser/**/*.test.ts', 'tests/build/escaping.test.ts'];

export default defineConfig({
  test: {
    reporters: ['default', './tests/reporters/summaryLine.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // Each test file builds into its own temporary folders (tests/helpers/site.ts), so files run in parallel,
    // one per core (vitest's default leaves a core idle: on 2 cores that meant one file at a time).
    fileParallelism: true,
    maxWorkers: '100%',
    // Two projects, run together in one pool: the browser one first makes sure Chromium is there
    // (tests/setup/chromium.ts), so `npm test` on a fresh Debian machine needs nothing else.
    projects: [
      {
        extends: true,
        test: { name: 'browser', include: BROWSER, globalSetup: ['tests/setup/chromium.ts'] },
      },
      {
        extends: true,
        test: { name: 'node', include: ['tests/**/*.test.ts'], exclude: [...configDefaults.exclude, ...BROWSER] },
      },
    ],
  },
});
