import { createHash, timingSafeEqual } from 'node:crypto';

/** Whether a given secret equals the expected one, in constant time (both hashed to one length first). */
export function sameSecret(given: string | undefined, expected: string | undefined): boolean {
  if (!given || !expected) return false;
  return timingSafeEqual(createHash('sha256').update(given).digest(), createHash('sha256').update(expected).digest());
}
