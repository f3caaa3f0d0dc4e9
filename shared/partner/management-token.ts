import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { sameSecret } from '../util/same-secret';

/**
 * The secret in a posting's management link: 32 random bytes, shown once; only its SHA-256 is stored,
 * and it is compared in constant time.
 */
export function newManagementToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashToken(token) };
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** True when `token` is the one whose hash is stored. Constant time whatever the input's length. */
export function tokenMatches(token: string | undefined, storedHash: string | undefined): boolean {
  if (!token || !storedHash || !/^[0-9a-f]{64}$/.test(storedHash)) return false;
  return timingSafeEqual(Buffer.from(hashToken(token), 'hex'), Buffer.from(storedHash, 'hex'));
}

/** The staff token check, constant time. */
export function staffTokenMatches(given: string | undefined, expected: string | undefined): boolean {
  return sameSecret(given, expected);
}
