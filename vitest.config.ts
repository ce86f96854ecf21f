import { defineConfig } from 'vitest/config';

// Fixed time zone: dates in the ledgers and on the site are Asia/Shanghai calendar dates.
process.env.TZ = 'Asia/Shanghai';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    reporters: ['default', './tests/reporters/summaryLine.ts'],
    testTimeout: 30_000,
    hookTimeout: 600_000,
    // The build tests share dist/; run files one at a time.
    fileParallelism: false,
  },
});
