/**
 * Bytes → text, before any CSV parsing. Decoding first, with a streaming TextDecoder, is what keeps a
 * character split across two read chunks intact (papaparse's own Node stream mode corrupts it silently).
 */

export type Encoding = 'utf-8' | 'gb18030';

export interface DecodedStream {
  encoding: Encoding;
  /** Text chunks in file order; a multi-byte character is never split between two of them. */
  chunks: AsyncIterable<string>;
}

export class DecodeError extends Error {}

/**
 * The first chunk decides: UTF-8 BOM, or valid UTF-8, means UTF-8;
 * anything else is read as GB18030 (a superset of GBK).
 */
export function detectEncoding(head: Uint8Array): Encoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  try {
    // stream: true tolerates a character cut off at the end of the sample.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

/** Decodes a stream of byte chunks. `source` is passed in so tests can cut chunks wherever they like. */
export async function decodeStream(source: AsyncIterable<Uint8Array>): Promise<DecodedStream> {
  // Sample at least 4 KiB (or the whole file) before deciding: a tiny first chunk says nothing.
  const it = source[Symbol.asyncIterator]();
  const parts: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < 4096) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    parts.push(r.value);
    size += r.value.length;
  }
  const head = new Uint8Array(size);
  parts.reduce((at, p) => (head.set(p, at), at + p.length), 0);
  if (head[0] === 0xff && head[1] === 0xfe) {
    if (!done) await it.return?.();
    throw new DecodeError(
      '文件是 UTF-16（Excel 的“Unicode 文本”），请在 Excel 中另存为“CSV (逗号分隔)”或“CSV UTF-8 (逗号分隔)”',
    );
  }
  const encoding = detectEncoding(head);
  // ignoreBOM: false (default) strips a UTF-8 BOM.
  const decoder = new TextDecoder(encoding, { fatal: true });
  async function* chunks(): AsyncGenerator<string> {
    try {
      if (size) yield decoder.decode(head, { stream: true });
      if (!done)
        for (let r = await it.next(); !r.done; r = await it.next()) yield decoder.decode(r.value, { stream: true });
      done = true;
      const tail = decoder.decode();
      if (tail) yield tail;
    } catch (e) {
      if (e instanceof TypeError)
        throw new DecodeError(
          `文件中有无法识别的字符（按 ${encoding === 'utf-8' ? 'UTF-8' : 'GB18030/GBK'} 读取失败），请在 Excel 中另存为“CSV UTF-8 (逗号分隔)”`,
        );
      throw e;
    } finally {
      // Stopped early (an unclosed quote, a decoding error): close the source instead of leaving a file open.
      if (!done) await it.return?.();
    }
  }
  return { encoding, chunks: chunks() };
}
