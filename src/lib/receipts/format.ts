/**
 * 核对码 (private receipt codes) as written and typed: the parts the pay list page's script shares with the build.
 * No Node APIs here, so the browser bundle can import it.
 */

/** Crockford base32: no I, L, O or U, so what is printed cannot be misread; typed I/L/O are read as 1/1/0. */
export const CODE_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** Characters of a code: 15 × 5 = 75 bits, far beyond guessing (and beyond hashing every code of a project). */
export const CODE_LENGTH = 15;
/** Hex characters of the published hash: 64 bits, so no two workers of a project share one by chance. */
export const HASH_HEX = 16;

/** The first CODE_LENGTH × 5 bits of `bytes` (most significant first) in CODE_ALPHABET. */
export function base32(bytes: Uint8Array, length = CODE_LENGTH): string {
  let out = '';
  let acc = 0;
  let bits = 0;
  for (let i = 0; out.length < length; i++) {
    acc = ((acc << 8) | bytes[i]) & 0xffff;
    bits += 8;
    while (bits >= 5 && out.length < length) {
      bits -= 5;
      out += CODE_ALPHABET[(acc >>> bits) & 31];
    }
  }
  return out;
}

/** A code as printed on a pay slip: groups of five, "K7QM2-XP4RT-9HWNA". */
export function groupCode(code: string): string {
  return code.replace(/(.{5})(?=.)/g, '$1-');
}

/**
 * What a person typed, as a canonical code: case, spaces and dashes ignored, full-width letters and digits read as
 * half-width, I/L as 1 and O as 0. Undefined when it cannot be a code (wrong length or another character).
 */
export function normalizeCode(typed: string): string | undefined {
  const s = typed
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―－_.·]/g, '')
    .replace(/[IL]/g, '1')
    .replace(/O/g, '0');
  if (s.length !== CODE_LENGTH) return undefined;
  for (const c of s) if (!CODE_ALPHABET.includes(c)) return undefined;
  return s;
}

/** The salt of a project's hashes: different per project, so one worker's rows cannot be linked across projects. */
export const receiptSalt = (projectId: string): string => `ygdz-receipt-v1:${projectId}`;

/** The text whose SHA-256 is published for a code in a project (its first HASH_HEX hex characters). */
export const hashInput = (salt: string, code: string): string => `${salt}\n${code}`;

/** Lowercase hex of bytes. */
export function hex(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += b.toString(16).padStart(2, '0');
  return s;
}
