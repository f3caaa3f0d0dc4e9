import { ForbiddenError, RateLimitedError } from '../errors';
import type { Log } from '../log';
import { staffTokenMatches } from './management-token';
import type { PartnerStore } from './partner-store';
import { rateLimitSubject } from './rate-limit-subject';

/** Wrong staff tokens one address (an IPv6 /64) may send per window before it is refused outright. */
export const STAFF_FAILURES_ALLOWED = 10;
export const STAFF_FAILURE_WINDOW_S = 15 * 60;

/** The log line every refused staff token writes: the stack's metric filter counts it (alarm StaffTokenRefused). */
export const STAFF_TOKEN_REFUSED = 'staff token refused';

export interface StaffCheck {
  given: string | undefined;
  expected: string | undefined;
  /** The requester's address (counted by rateLimitSubject). */
  address: string;
  store: Pick<PartnerStore, 'countInWindow' | 'countSoFar'>;
  now: Date;
  log: Log;
}

/**
 * Lets the centre's staff in: the token compared in constant time. Every wrong token is logged (for
 * the metric and alarm) and counted per address; past STAFF_FAILURES_ALLOWED in a window the address
 * gets RateLimitedError (429) before its token is even compared, so guessing is slowed to a crawl.
 * ForbiddenError (403) for a wrong token.
 */
export async function requireStaffToken(check: StaffCheck): Promise<void> {
  const key = `staff-failures:${rateLimitSubject(check.address)}`;
  if ((await check.store.countSoFar(key, STAFF_FAILURE_WINDOW_S, check.now)) >= STAFF_FAILURES_ALLOWED)
    throw new RateLimitedError('too many wrong staff tokens from this address; try again later');
  if (staffTokenMatches(check.given, check.expected)) return;
  check.log.warn(STAFF_TOKEN_REFUSED, { tokenGiven: check.given !== undefined });
  await check.store.countInWindow(key, STAFF_FAILURE_WINDOW_S, check.now);
  throw new ForbiddenError('a valid staff token is required');
}
