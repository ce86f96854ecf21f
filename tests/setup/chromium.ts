/**
 * globalSetup of the browser tests (vitest.config.ts): they drive Debian's Chromium, and playwright-core downloads
 * no browser. When Chromium (or the CJK fonts its pages and screenshots need) is missing, root installs it with
 * apt-get, saying so; anyone else gets one message with the one command to run, and the run stops before any test
 * starts, instead of failing every browser test.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const DEBIAN_CHROMIUM = '/usr/bin/chromium';
/** One file of Debian's fonts-noto-cjk. */
export const CJK_FONT = '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc';
export const INSTALL = 'apt-get update && apt-get install -y chromium fonts-noto-cjk';

export interface Machine {
  /** Does this file exist? */
  exists(path: string): boolean;
  /** The user id (process.getuid()); undefined where there is none. */
  uid: number | undefined;
  /** CHROMIUM_PATH, when set: a browser of one's own, which apt-get cannot provide. */
  chromiumPath?: string;
  /** Runs a shell command, its output shown, and returns its exit status. */
  run(command: string): number;
  log(line: string): void;
}

export type Plan = { action: 'none' } | { action: 'install'; command: string } | { action: 'stop'; message: string };

const missingFiles = (m: Machine) => [m.chromiumPath ?? DEBIAN_CHROMIUM, CJK_FONT].filter((f) => !m.exists(f));

/** What to do before the browser tests: nothing, install with apt-get (root), or stop with a message. */
export function plan(m: Machine): Plan {
  const missing = missingFiles(m);
  if (missing.length === 0) return { action: 'none' };
  if (m.chromiumPath && missing.includes(m.chromiumPath))
    return {
      action: 'stop',
      message:
        `CHROMIUM_PATH is ${m.chromiumPath}, which does not exist: point it at a Chromium, ` +
        "or unset it to use Debian's.",
    };
  if (m.uid === 0) return { action: 'install', command: INSTALL };
  return {
    action: 'stop',
    message:
      `The browser tests need Debian's Chromium and CJK fonts, and ${missing.join(' and ')} ` +
      `${missing.length > 1 ? 'are' : 'is'} missing. Install them once, then run npm test again:\n\n` +
      `  sudo sh -c '${INSTALL}'`,
  };
}

/** Carries out the plan. Returns undefined when the browser tests can run, else the message to stop with. */
export function ensureChromium(m: Machine): string | undefined {
  const p = plan(m);
  if (p.action === 'none') return undefined;
  if (p.action === 'stop') return p.message;
  m.log(`Browser tests: ${missingFiles(m).join(' and ')} missing; installing as root: ${p.command}`);
  const status = m.run(p.command);
  const still = missingFiles(m);
  if (status !== 0) return `Installing Chromium failed: ${p.command} exited with ${status}.`;
  if (still.length > 0) return `Installing Chromium failed: after ${p.command}, ${still.join(' and ')} still missing.`;
  m.log('Browser tests: Chromium and CJK fonts installed.');
  return undefined;
}

export default function setup(): void {
  const stop = ensureChromium({
    exists: existsSync,
    uid: process.getuid?.(),
    chromiumPath: process.env.CHROMIUM_PATH || undefined,
    run: (command) =>
      spawnSync('sh', ['-c', command], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
        .status ?? 1,
    log: (line) => console.log(line),
  });
  if (stop === undefined) return;
  // One message, and no test runs: a missing browser is not a hundred failing tests.
  process.stderr.write(`\n${stop}\n\n`);
  process.exit(1);
}
