/**
 * 核对码: a code per worker derived from the 人员编号 under a secret key (HMAC-SHA-256), so it is the same in every
 * build with the same key and cannot be worked out without it. The site holds only a salted hash per project.
 */
import { createHash, createHmac } from 'node:crypto';
import { base32, HASH_HEX, hashInput, hex } from './format.ts';

/** The worker's code, canonical (no dashes): base32 of the first 75 bits of HMAC-SHA-256(key, 人员编号). */
export function receiptCode(key: Uint8Array, workerId: string): string {
  return base32(createHmac('sha256', key).update(workerId, 'utf8').digest());
}

/** What the pay list publishes for a code in a project: the first 64 bits of SHA-256(salt "\n" code), in hex. */
export function receiptHash(salt: string, code: string): string {
  return hex(createHash('sha256').update(hashInput(salt, code), 'utf8').digest()).slice(0, HASH_HEX);
}
