import type { DataSource } from '../../src/lib/ingest/ingest.ts';

/** A data folder in memory; `chunk` cuts every file into byte chunks of that size to exercise streaming. */
export function memorySource(files: Record<string, string | Uint8Array>, chunk = 7): DataSource {
  const bytes = (v: string | Uint8Array) => (typeof v === 'string' ? new TextEncoder().encode(v) : v);
  return {
    list: async () => Object.keys(files).sort(),
    open: (name) => {
      if (!(name in files)) return null;
      const b = bytes(files[name]);
      return (async function* () {
        for (let i = 0; i < b.length; i += chunk) yield b.subarray(i, i + chunk);
      })();
    },
    readText: async (name) => (name in files ? new TextDecoder().decode(bytes(files[name])) : null),
  };
}

/** Builds CSV text from a header and rows, CRLF like Excel; cells are written as given (quote them yourself). */
export const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

/**
 * A problem as printed, without the count of rows skipped because they refer to the faulty row (checked in
 * tests/ingest/references.test.ts), for tests about the fault itself.
 */
export const withoutSkipped = (line: string): string => line.replace(/（[^（）]*已跳过检查，改正后会一并检查）$/, '');
