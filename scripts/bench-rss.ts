/**
 * Preloaded into each step of `npm run bench` (node --import): at exit, writes the process's peak resident memory
 * and CPU time to the file named by BENCH_RSS_FILE, so the parent measures each step in its own process.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file)
  process.on('exit', () => {
    const u = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: u.maxRSS, cpuMs: (u.userCPUTime + u.systemCPUTime) / 1000 }));
  });
