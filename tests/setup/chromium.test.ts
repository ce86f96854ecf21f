/** The browser tests' globalSetup decides, with the machine injected: nothing is installed or removed here. */
import { describe, expect, it } from 'vitest';
import { CJK_FONT, DEBIAN_CHROMIUM, ensureChromium, INSTALL, type Machine } from './chromium.ts';

interface Options {
  aptStatus?: number;
  chromiumPath?: string;
}

/** A machine with these files, this uid, and an apt-get that installs both (or fails with `aptStatus`). */
function machine(files: string[], uid: number | undefined, options: Options = {}) {
  const present = new Set(files);
  const runs: string[] = [];
  const logs: string[] = [];
  const m: Machine = {
    exists: (f) => present.has(f),
    uid,
    chromiumPath: options.chromiumPath,
    run: (command) => {
      runs.push(command);
      if (options.aptStatus) return options.aptStatus;
      present.add(DEBIAN_CHROMIUM).add(CJK_FONT);
      return 0;
    },
    log: (line) => logs.push(line),
  };
  return { m, runs, logs };
}

describe('Chromium for the browser tests', () => {
  it('does nothing when Chromium and the fonts are there', () => {
    const { m, runs, logs } = machine([DEBIAN_CHROMIUM, CJK_FONT], 1000);
    expect(ensureChromium(m)).toBeUndefined();
    expect(runs).toEqual([]);
    expect(logs).toEqual([]);
  });

  it('as root, installs them with apt-get and says so', () => {
    const { m, runs, logs } = machine([], 0);
    expect(ensureChromium(m)).toBeUndefined();
    expect(runs).toEqual([INSTALL]);
    expect(INSTALL).toBe('apt-get update && apt-get install -y chromium fonts-noto-cjk');
    expect(logs[0]).toContain(`installing as root: ${INSTALL}`);
    expect(logs[0]).toContain(DEBIAN_CHROMIUM);
  });

  it('as root, installs when only the CJK fonts are missing', () => {
    const { m, runs, logs } = machine([DEBIAN_CHROMIUM], 0);
    expect(ensureChromium(m)).toBeUndefined();
    expect(runs).toEqual([INSTALL]);
    expect(logs[0]).toContain(CJK_FONT);
  });

  it('as root, stops when apt-get fails', () => {
    const { m, runs } = machine([], 0, { aptStatus: 100 });
    const stop = ensureChromium(m);
    expect(runs).toEqual([INSTALL]);
    expect(stop).toBe(`Installing Chromium failed: ${INSTALL} exited with 100.`);
  });

  it('as root, stops when apt-get succeeds but the files are still missing', () => {
    const { m } = machine([], 0);
    m.run = () => 0;
    const still = `${DEBIAN_CHROMIUM} and ${CJK_FONT} still missing`;
    expect(ensureChromium(m)).toBe(`Installing Chromium failed: after ${INSTALL}, ${still}.`);
  });

  it('as anyone else, stops at once with the one command to run', () => {
    const { m, runs } = machine([CJK_FONT], 1000);
    expect(ensureChromium(m)).toBe(
      `The browser tests need Debian's Chromium and CJK fonts, and ${DEBIAN_CHROMIUM} is missing. ` +
        `Install them once, then run npm test again:\n\n  sudo sh -c '${INSTALL}'`,
    );
    expect(runs).toEqual([]);
  });

  it('where there is no uid (not Unix), stops without trying apt-get', () => {
    const { m, runs } = machine([], undefined);
    expect(ensureChromium(m)).toContain(`sudo sh -c '${INSTALL}'`);
    expect(runs).toEqual([]);
  });

  it('a CHROMIUM_PATH that does not exist is named, and nothing is installed, even as root', () => {
    const { m, runs } = machine([DEBIAN_CHROMIUM, CJK_FONT], 0, { chromiumPath: '/opt/chrome/chrome' });
    expect(ensureChromium(m)).toContain('CHROMIUM_PATH is /opt/chrome/chrome, which does not exist');
    expect(runs).toEqual([]);
  });

  it('a CHROMIUM_PATH that exists is used as it is', () => {
    const { m, runs } = machine(['/opt/chrome/chrome', CJK_FONT], 1000, { chromiumPath: '/opt/chrome/chrome' });
    expect(ensureChromium(m)).toBeUndefined();
    expect(runs).toEqual([]);
  });
});
