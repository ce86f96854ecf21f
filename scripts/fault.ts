/**
 * How the command-line scripts end on a fault: one plain Chinese message (or, with --json, one problem in the
 * same shape as validation problems), exit code 1, never a stack trace. The messages live in
 * src/lib/ingest/ioErrors.ts. Also the test hook that injects a file-system fault (a full disk) into our writes.
 */
import * as nodeFs from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';
import { Fault, ioFault } from '../src/lib/ingest/ioErrors.ts';
import { WHOLE_FILE } from '../src/lib/ingest/problems.ts';

export interface FaultContext {
  /** Print the fault as validation JSON (`npm run validate -- <dir> --json`). */
  json?: boolean;
  /** The data folder, once known: files inside it are named relative to it in the JSON. */
  dataDir?: string;
  /** Whether the fault came from writing (the site, generated content) rather than reading the data. */
  writing?: boolean;
  /** Appended to the message, e.g. that the site was not updated. */
  suffix?: string;
}

/** The message for any thrown value: a Fault's own, or a plain "internal error" line for bugs. */
export function faultOf(e: unknown, ctx: FaultContext = {}): Fault {
  const f = ioFault(e, undefined, ctx.writing ? 'write' : 'read');
  if (f) return f;
  const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
  return new Fault(
    '',
    `程序内部错误：${detail}。请把这条信息和所用的数据文件夹交给技术人员（设置 YGDZ_DEBUG=1 可看到详细信息）`,
  );
}

/** Prints the fault as the scripts' last words and exits with code 1. */
export function exitWithFault(e: unknown, ctx: FaultContext = {}): never {
  const f = faultOf(e, ctx);
  const message = ctx.suffix ? `${f.message}。${ctx.suffix}` : `${f.message}。`;
  if (ctx.json) {
    const inData = ctx.dataDir && f.path.startsWith(ctx.dataDir + sep);
    const file = inData ? relative(ctx.dataDir!, f.path) : f.path;
    const problem = { severity: 'error', file, line: 1, column: WHOLE_FILE, message };
    console.log(JSON.stringify({ ok: false, errors: 1, warnings: 0, problems: [problem], omitted: {} }, null, 2));
  } else console.error(message);
  if (process.env.YGDZ_DEBUG && e instanceof Error) console.error(e.stack);
  process.exit(1);
}

/**
 * Runs a script's main function: its result is the exit code; any fault, thrown or escaping as an uncaught
 * error, ends in exitWithFault. `ctx` may be filled in by main as it learns more (the data folder, the suffix).
 */
export function runCli(main: () => Promise<number>, ctx: FaultContext = {}): void {
  const fail = (e: unknown) => exitWithFault(e, ctx);
  process.on('uncaughtException', fail);
  process.on('unhandledRejection', fail);
  main().then((code) => {
    process.exitCode = code;
  }, fail);
}

/** A path as the user thinks of it: relative to the current folder when inside it, with a trailing slash. */
export function shownDir(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return !rel || rel.startsWith('..') || isAbsolute(rel) ? dir : `${rel}/`;
}

/** The file operations the scripts perform on their output, passed in so tests can make them fail. */
export type Effects = Pick<typeof nodeFs, 'mkdir' | 'writeFile' | 'rename' | 'rm' | 'symlink'>;

/**
 * The real file operations, or, when YGDZ_INJECT_FAULT=<CODE>:<text> is set (tests only), ones that fail with
 * that code for any path containing <text>, e.g. ENOSPC:meta.json for a disk that fills up while writing.
 */
export function effects(spec = process.env.YGDZ_INJECT_FAULT): Effects {
  const m = spec ? /^([A-Z]+):(.+)$/.exec(spec) : null;
  if (!m) return nodeFs;
  const [, code, text] = m;
  const guard =
    <A extends unknown[], R>(syscall: string, f: (...args: A) => Promise<R>, paths = 1) =>
    async (...args: A): Promise<R> => {
      const path = args
        .slice(0, paths)
        .map(String)
        .find((a) => a.includes(text));
      if (!path) return f(...args);
      throw Object.assign(new Error(`${code}: injected fault, ${syscall} '${path}'`), { code, syscall, path });
    };
  return {
    mkdir: guard('mkdir', nodeFs.mkdir) as Effects['mkdir'],
    writeFile: guard('write', nodeFs.writeFile),
    rename: guard('rename', nodeFs.rename, 2),
    rm: nodeFs.rm,
    symlink: guard('symlink', nodeFs.symlink, 2),
  };
}
