import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { join, relative, resolve } from 'node:path';
import { afterAll } from 'vitest';
import { listFilesRecursive } from '../../scripts/fsList.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * A temporary folder of this test file's own (each test file gets a fresh copy of this module), removed after
 * its tests: builds never touch the repository's dist/ or content/generated/, so test files can run in parallel.
 */
export const TMP = mkdtempSync(join(tmpdir(), 'ygdz-test-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

/** The site buildDemo() builds (a link to the current version, see scripts/outputDir.ts). */
export const DIST = join(TMP, 'dist');

/** A new empty folder inside TMP. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(TMP, prefix));
}

/** Runs a project script with the same Node that runs the tests (Node 22 from node_modules). */
export function runScript(script: string, args: string[] = [], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}

/**
 * Builds the demo site into DIST (or `out`); `env` may fix the build day (SITE_TODAY) the 公示 states are
 * computed for.
 */
export function buildDemo(env: Record<string, string> = {}, out = DIST): void {
  const r = runScript('build.ts', [], { DATA_DIR: join(ROOT, 'data'), OUT_DIR: out, ...env });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}

/** A hand-written data folder: tests/fixtures/<name>/ (site.json and the CSVs, facts in its README.md). */
export function fixture(name: string): string {
  return join(ROOT, 'tests', 'fixtures', name);
}

/**
 * Builds tests/fixtures/<name> into a new folder inside TMP and returns the site's folder. Pass SITE_TODAY in
 * `env` to fix the day the 公示 states are computed for.
 */
export function buildFixture(name: string, env: Record<string, string> = {}): string {
  const out = join(tempDir(`${name}-`), 'site');
  const r = runScript('build.ts', [], { DATA_DIR: fixture(name), OUT_DIR: out, ...env });
  if (r.status !== 0) throw new Error(`build of tests/fixtures/${name} failed:\n${r.stdout}\n${r.stderr}`);
  return out;
}

/** Every file under a folder (none when it does not exist), sorted. */
export function listFiles(dir: string): string[] {
  return existsSync(dir) ? listFilesRecursive(dir) : [];
}

/** One hash over every file's path and bytes: equal hashes mean byte-identical trees. */
export function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const f of listFiles(dir)) h.update(relative(dir, f)).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex');
}

export function page(path: string, site = DIST): string {
  return readFileSync(join(site, path), 'utf8');
}

/** Visible text of an HTML page, roughly: tags and styles removed, entities for < > & " decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<(style|script)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** Files under `dir` holding any secret (`file: secret`), gzip files decompressed first. */
export function scanForSecrets(dir: string, secrets: ReadonlySet<string>): string[] {
  const hits: string[] = [];
  for (const f of listFiles(dir)) {
    let bytes = readFileSync(f);
    if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
    const content = bytes.toString('utf8');
    for (const s of secrets) if (content.includes(s)) hits.push(`${f}: ${s}`);
  }
  return hits;
}
