/**
 * Reading is linear in the input, whatever its quoting: proved by counting work (characters scanned, joined
 * and handed to papaparse) and bytes pulled from the source, never by timing.
 */
import { describe, expect, it } from 'vitest';
import { decodeStream } from '../../src/lib/ingest/decode.ts';
import {
  CsvSyntaxError,
  MAX_QUOTED_CHARS,
  MAX_RECORD_CHARS,
  readRecords,
  type ScanStats,
} from '../../src/lib/ingest/records.ts';

const ROW = 'P-1,W00001,2023-05,10,150,1500,1500,2023-06-10,银行代发\r\n';
const HEADER = '项目编号,人员编号,务工月份,务工天数,日工资(元),应发金额(元),实发金额(元),发放日期,发放方式\r\n';
const newStats = (): ScanStats => ({ scanned: 0, joined: 0, parsed: 0, parseCalls: 0 });

async function* pieces(s: string, size: number) {
  for (let i = 0; i < s.length; i += size) yield s.slice(i, i + size);
}

async function readAll(chunks: AsyncIterable<string>, stats: ScanStats) {
  let records = 0;
  for await (const batch of readRecords(chunks, stats)) records += batch.length;
  return records;
}

/** A byte source that makes `rows` payout rows on demand and records how much was pulled and whether it was closed. */
function lazyPayouts(head: string, rows: number, chunk = 64 * 1024) {
  const pulled = { bytes: 0, closed: false };
  const body = new TextEncoder().encode(ROW.repeat(Math.ceil(chunk / ROW.length)));
  const source: AsyncIterable<Uint8Array> = {
    [Symbol.asyncIterator]() {
      let sent = 0;
      const total = rows * new TextEncoder().encode(ROW).length;
      let first = true;
      return {
        async next() {
          if (first) {
            first = false;
            const b = new TextEncoder().encode(head);
            pulled.bytes += b.length;
            return { done: false, value: b };
          }
          if (sent >= total) return { done: true, value: undefined };
          sent += body.length;
          pulled.bytes += body.length;
          return { done: false, value: body };
        },
        async return() {
          pulled.closed = true;
          return { done: true, value: undefined };
        },
      };
    },
  };
  return { source, pulled };
}

describe('reading work is proportional to the input', () => {
  it('a clean file: every character scanned once, parsed once, nothing re-joined', async () => {
    const text = HEADER + ROW.repeat(40_000); // about 2.3 million characters
    for (const size of [1024, 65_536]) {
      const stats = newStats();
      expect(await readAll(pieces(text, size), stats)).toBe(40_001);
      expect(stats.scanned).toBe(text.length);
      expect(stats.parsed).toBeLessThanOrEqual(text.length);
      expect(stats.joined).toBeLessThanOrEqual(text.length);
      expect(stats.parseCalls).toBeLessThanOrEqual(Math.ceil(text.length / size) + 1);
    }
  });

  it('long quoted cells cut into tiny chunks are joined once, not re-copied for every chunk', async () => {
    const cell = `"${'河道清淤，护岸砌筑。""引号""\n'.repeat(1_500)}"`; // about 30,000 characters, 1,500 lines
    const text = `h1,h2\n${`${cell},x\n`.repeat(20)}`;
    const stats = newStats();
    expect(await readAll(pieces(text, 16), stats)).toBe(21);
    expect(stats.scanned).toBe(text.length);
    expect(stats.joined).toBeLessThanOrEqual(text.length);
    expect(stats.parsed).toBeLessThanOrEqual(text.length);
  });

  it('a stray quote at the start of line 2 stops reading after MAX_QUOTED_CHARS, at the line it opened', async () => {
    const { source, pulled } = lazyPayouts(`${HEADER}"${ROW}`, 1_000_000); // would be about 60 MB
    const d = await decodeStream(source);
    const stats = newStats();
    const err = await readAll(d.chunks, stats).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CsvSyntaxError);
    expect(err).toMatchObject({ line: 2 });
    expect((err as Error).message).toBe(
      '引号没有闭合：这一格以英文双引号 " 开头，但之后 65536 个字符内都没有配对的引号（Excel 一格最多 32767 个字符），已停止读取这个文件。请检查这一格的内容，单元格中的双引号要写成两个 ""',
    );
    // At most the quoted limit plus one read chunk was scanned or pulled, and the source was closed.
    expect(stats.scanned).toBeLessThanOrEqual(MAX_QUOTED_CHARS + 2 * 65_536 + HEADER.length);
    expect(pulled.bytes).toBeLessThanOrEqual(3 * MAX_QUOTED_CHARS + 2 * 65_536);
    expect(pulled.closed).toBe(true);
    expect(stats.parsed).toBeLessThan(1_000);
  });

  it('accepts a quoted cell as long as Excel allows, and refuses one past the limit at its opening line', async () => {
    const excelMax = `"${'a""\n'.repeat(8_191)}${'b'.repeat(32_767 - 8_191 * 3)}"`; // 32,767 characters once unescaped
    const stats = newStats();
    const out = [];
    for await (const batch of readRecords(pieces(`h,i\nx,${excelMax}\ny,z\n`, 100), stats)) out.push(...batch);
    expect(out.map((r) => [r.line, r.fields[0], r.fields[1].length])).toEqual([
      [1, 'h', 1],
      [2, 'x', 32_767],
      [8_194, 'y', 1], // the cell's 8,191 line breaks end line 8,193
    ]);
    const tooLong = `h\nok\nx,"${'c'.repeat(MAX_QUOTED_CHARS + 1)}"\n`;
    await expect(readAll(pieces(tooLong, 4096), newStats())).rejects.toMatchObject({ line: 3 });
  });

  it('refuses a line longer than any ledger row, without buffering the rest', async () => {
    const err = await readAll(pieces(`h\n${'x'.repeat(MAX_RECORD_CHARS + 10)}\n`, 65_536), newStats()).catch(
      (e: unknown) => e,
    );
    expect(err).toMatchObject({ line: 2 });
    expect((err as Error).message).toMatch(/^这一行超过 1048576 个字符/);
  });
});
