import { describe, expect, it } from 'vitest';
import { decodeStream, detectEncoding } from '../../src/lib/ingest/decode.ts';
import { readRecords } from '../../src/lib/ingest/records.ts';

async function* chunked(bytes: Uint8Array, size: number) {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function text(bytes: Uint8Array, size: number) {
  const d = await decodeStream(chunked(bytes, size));
  let s = '';
  for await (const c of d.chunks) s += c;
  return { encoding: d.encoding, text: s };
}

// Byte values from Python's independent codec: "项目" in GBK/GB18030 is CF EE C4 BF;
// "𠮷" (U+20BB7) in GB18030 is the four bytes 95 34 B2 35; "䶮" is FE 9F.
const GBK_XIANGMU = [0xcf, 0xee, 0xc4, 0xbf];
const GB18030_JI = [0x95, 0x34, 0xb2, 0x35, 0xfe, 0x9f];

describe('decoding before parsing', () => {
  it('reads a GB18030 file, including a four-byte character', async () => {
    const bytes = new Uint8Array([...GBK_XIANGMU, 0x2c, ...GB18030_JI, 0x0d, 0x0a]);
    for (const size of [1, 2, 3, 5, 64]) {
      const r = await text(bytes, size);
      expect(r.encoding).toBe('gb18030');
      expect(r.text).toBe('项目,𠮷䶮\r\n');
    }
  });

  it('strips a UTF-8 BOM', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('项目编号\r\n')]);
    const r = await text(bytes, 4);
    expect(r.encoding).toBe('utf-8');
    expect(r.text).toBe('项目编号\r\n');
  });

  it('keeps a character that a read chunk cuts in half', async () => {
    // "于家汤村" is 12 UTF-8 bytes; every chunk size from 1 to 11 splits some character.
    const bytes = new TextEncoder().encode('a,于家汤村,䶮\n');
    for (let size = 1; size < bytes.length; size++) expect((await text(bytes, size)).text).toBe('a,于家汤村,䶮\n');
  });

  it('treats UTF-8 as UTF-8 even when the sample ends mid-character', () => {
    const bytes = new TextEncoder().encode('项目');
    expect(detectEncoding(bytes.subarray(0, 4))).toBe('utf-8');
  });

  it('refuses UTF-16 with a way out', async () => {
    await expect(decodeStream(chunked(new Uint8Array([0xff, 0xfe, 0x79, 0x98]), 4))).rejects.toThrow('另存为');
  });
});

describe('records with physical line numbers', () => {
  async function records(s: string, size = 3) {
    async function* parts() {
      for (let i = 0; i < s.length; i += size) yield s.slice(i, i + size);
    }
    const out = [];
    for await (const batch of readRecords(parts())) out.push(...batch);
    return out.map((r) => [r.line, r.excelRow, r.fields]);
  }

  it('counts every line of a quoted multi-line cell, with CRLF, LF and CR endings', async () => {
    expect(await records('h1,h2\r\n"a\r\nb\r\nc",x\r\nnext,y\r\n')).toEqual([
      [1, 1, ['h1', 'h2']],
      [2, 2, ['a\r\nb\r\nc', 'x']],
      [5, 3, ['next', 'y']],
    ]);
    expect(await records('h\n1\n\n2')).toEqual([
      [1, 1, ['h']],
      [2, 2, ['1']],
      [3, 3, ['']],
      [4, 4, ['2']],
    ]);
    expect(await records('h\r1\r2\r', 1)).toEqual([
      [1, 1, ['h']],
      [2, 2, ['1']],
      [3, 3, ['2']],
    ]);
  });

  it('keeps escaped quotes, commas and markup as text', async () => {
    expect(await records('"say ""hi"", <b>",2\n')).toEqual([[1, 1, ['say "hi", <b>', '2']]]);
  });

  it('reports an unclosed quote at the line where it opens', async () => {
    await expect(records('h\nok\n"never closed\nmore\n')).rejects.toMatchObject({ line: 3 });
  });
});
