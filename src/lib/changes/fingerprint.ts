/**
 * A notice's version: a short fingerprint of its public content (the project fields a clerk enters, as
 * PROJECT_FIELDS lists them; not pay or workers, which change every month). Printed on the paper notice, it names
 * the page /projects/<项目编号>/v/<fingerprint>/ that says whether that version is still current.
 */
import { createHash } from 'node:crypto';
import { canonicalJson } from './chain.ts';
import { PROJECT_FIELDS } from './diff.ts';

/** Hex digits of the fingerprint: 40 bits, plenty to tell one project's versions apart. */
export const FINGERPRINT_LENGTH = 10;

/** The notice's public content: the project's entered fields, nothing derived. */
export function noticeRecord(p: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of PROJECT_FIELDS) {
    const v = (p as Record<string, unknown>)[f.key];
    if (v !== undefined) out[f.key] = v;
  }
  return out;
}

export function noticeFingerprint(p: object): string {
  return createHash('sha256')
    .update(canonicalJson(noticeRecord(p)), 'utf8')
    .digest('hex')
    .slice(0, FINGERPRINT_LENGTH);
}
