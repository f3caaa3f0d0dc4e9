/**
 * How long to wait before retry number `attempt` (1-based): exponential backoff with full jitter
 * over its upper half, or the portal's Retry-After when that is longer. Undefined when Retry-After
 * asks for more than `maxDelayMs`: then we give up rather than hold a run hostage.
 */
export function retryDelayMs(input: {
  attempt: number;
  retryAfter?: string;
  baseDelayMs: number;
  maxDelayMs: number;
  random: () => number;
  now: number;
}): number | undefined {
  const backoff = Math.min(input.maxDelayMs, input.baseDelayMs * 2 ** (input.attempt - 1));
  const jittered = Math.round(backoff / 2 + (input.random() * backoff) / 2);
  const asked = parseRetryAfter(input.retryAfter, input.now);
  if (asked === undefined) return jittered;
  if (asked > input.maxDelayMs) return undefined;
  return Math.max(asked, jittered);
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP-date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | undefined, now: number): number | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
