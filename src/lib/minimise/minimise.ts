/**
 * `npm run minimise`: a roster (workers.csv) a district may commit instead of the full one. Per row:
 *   - 身份证号 → a keyed hash (idToken): the same person gives the same token under the same key, so the
 *     one-registration check still works, but the number cannot be recovered or guessed without the key;
 *   - 性别 and 出生年份 are kept (read from the number before it is dropped);
 *   - 联系电话 is dropped; 姓名 is masked as on the public payout lists (张*明).
 * Every other column is copied as it is. The result validates and builds to the same public site.
 */
import { createHmac } from 'node:crypto';
import { workers } from '../../ledgers/workers.ts';
import { cleanText } from '../ingest/cells.ts';
import { MINIMISED_ID_PREFIX, MINIMISED_ID_LENGTH, parseIdCard } from '../ingest/idcard.ts';
import { formatProblem, type Problem } from '../ingest/problems.ts';
import { readRecords } from '../ingest/records.ts';
import { normaliseHeader } from '../ingest/table.ts';
import { maskName } from '../privacy/mask.ts';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32(bytes: Uint8Array, chars: number): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const b of bytes) {
    buffer = (buffer << 8) | b;
    bits += 8;
    while (bits >= 5 && out.length < chars) {
      out += BASE32[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
    if (out.length === chars) break;
  }
  return out;
}

/** The keyed hash that stands for a checked 18-character 身份证号: K1- and 20 base-32 characters (100 bits). */
export function idToken(key: Uint8Array, idNumber: string): string {
  const mac = createHmac('sha256', key).update(`ygdz/身份证号/${idNumber}`, 'utf8').digest();
  return MINIMISED_ID_PREFIX + base32(mac, MINIMISED_ID_LENGTH);
}

/** Header of the column a key stands for in the minimised file (the ledger's own header). */
const headerOf = (key: string): string => workers.columns.find((c) => c.key === key)!.header;

export interface MinimiseResult {
  rows: number;
  /** `file:line:column: message` lines; when any is an error, nothing should be written. */
  problems: Problem[];
}

/** A CSV cell: quoted when it must be. Names, villages and codes only; no formula guard (this file is private). */
function cell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/**
 * Reads decoded roster text and hands out the minimised CSV text (UTF-8, with BOM) line by line, in constant
 * memory. `file` names the input in messages. Problems (invalid 身份证号) are collected; the caller writes the
 * output only when there are none.
 */
export async function minimiseRoster(
  chunks: AsyncIterable<string>,
  key: Uint8Array,
  today: string,
  file: string,
  write: (text: string) => void | Promise<void>,
): Promise<MinimiseResult> {
  const problems: Problem[] = [];
  const error = (line: number, column: string, message: string) =>
    problems.push({ severity: 'error', file, line, column, message });
  let rows = 0;
  let header: string[] | undefined;
  let at: Record<'name' | 'idNumber' | 'gender' | 'birthYear' | 'phone', number> | undefined;
  const byHeader = new Map<string, string>();
  for (const c of workers.columns)
    for (const h of [c.header, ...('aliases' in c && c.aliases ? c.aliases : [])])
      byHeader.set(normaliseHeader(h), c.key);

  for await (const batch of readRecords(chunks)) {
    for (const r of batch) {
      if (!header) {
        header = r.fields.map((h, i) => (i === 0 ? h.replace(/^\uFEFF/, '') : h));
        const keys = header.map((h) => byHeader.get(normaliseHeader(h)));
        const find = (k: string) => keys.indexOf(k);
        at = {
          name: find('name'),
          idNumber: find('idNumber'),
          gender: find('gender'),
          birthYear: find('birthYear'),
          phone: find('phone'),
        };
        if (at.idNumber < 0) error(1, '身份证号', '花名册没有“身份证号”这一列，无法生成脱敏花名册');
        if (at.name < 0) error(1, '姓名', '花名册没有“姓名”这一列');
        if (problems.length > 0) return { rows, problems };
        const out = header.filter((_, i) => i !== at!.phone);
        if (at.gender < 0) out.push(headerOf('gender'));
        if (at.birthYear < 0) out.push(headerOf('birthYear'));
        await write(`\uFEFF${out.map(cell).join(',')}\r\n`);
        continue;
      }
      const f = r.fields;
      if (f.every((x) => cleanText(x) === '')) continue;
      const a = at!;
      const raw = f[a.idNumber] ?? '';
      let gender = a.gender >= 0 ? cleanText(f[a.gender] ?? '') : '';
      let birthYear = a.birthYear >= 0 ? cleanText(f[a.birthYear] ?? '') : '';
      let token: string;
      const already = cleanText(raw).toUpperCase();
      if (already.startsWith(MINIMISED_ID_PREFIX)) {
        // Minimising a minimised roster again changes nothing; the ledger checks the token's form.
        token = already;
      } else {
        const card = parseIdCard(raw, today);
        if (!card.ok) {
          error(r.line, '身份证号', card.message);
          continue;
        }
        token = idToken(key, card.value.number);
        // The number decides gender (as validation does); a differing 性别 is reported by validate before
        // minimising, and after it the number is gone, so the number's reading is what is kept.
        gender = card.value.gender!;
        birthYear = card.value.birthDate!.slice(0, 4);
      }
      const out: string[] = [];
      for (let i = 0; i < header.length; i++) {
        if (i === a.phone) continue;
        const v = f[i] ?? '';
        if (i === a.idNumber) out.push(token);
        else if (i === a.name) out.push(maskName(cleanText(v)));
        else if (i === a.gender) out.push(gender);
        else if (i === a.birthYear) out.push(birthYear);
        else out.push(v);
      }
      if (a.gender < 0) out.push(gender);
      if (a.birthYear < 0) out.push(birthYear);
      rows++;
      await write(`${out.map(cell).join(',')}\r\n`);
    }
  }
  if (!header) error(0, '(整个文件)', '文件是空的');
  return { rows, problems };
}

export { formatProblem };
