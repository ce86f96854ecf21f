import { defineConfig } from 'vitest/config';

// Fixed time zone: dates in the ledgers and on the site are Asia/Shanghai calendar dates.
process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/reporters/summaryLine.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // Each test file builds into its own temporary folders (tests/helpers/site.ts), so files run in parallel,
    // one per core (vitest's default leaves a core idle: on 2 cores that meant one file at a time).
    fileParallelism: true,
    maxWorkers: '100%',
  },
});
