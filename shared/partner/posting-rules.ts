/*
 * The partner form's rules as plain data, read by the server's schema (posting-input.ts) and by the
 * site's form (site/partner-form.ts), so that both check the same thing. No imports: the site bundles it.
 */

/** Length limits of the text fields, in characters after cleaning. */
export const TEXT_LIMITS = {
  companyName: { min: 2, max: 200 },
  title: { min: 3, max: 200 },
  description: { min: 30, max: 10_000 },
  municipality: { min: 2, max: 120 },
  district: { min: 2, max: 120 },
} as const;

/** The last day listed is at most this many days ahead of the day the posting is sent or renewed. */
export const MAX_POSTING_DAYS = 60;
/** A human takes at least this long to fill the form; faster is a bot. */
export const MIN_FILL_MS = 5_000;
/** A form shown longer ago than this is stale (or `formShownAt` was made up): it must be reloaded. */
export const MAX_FORM_AGE_MS = 24 * 3_600_000;

// A hostile post is refused, not silently cleaned: markup anywhere is a 400 naming the field.
export const MARKUP = /<\/?[a-z!][^>]*>|<script|javascript:|on[a-z]+\s*=/i;

/** Why `expiresOn` (YYYY-MM-DD, a real calendar date) cannot be the last day listed at `now`, if it cannot. */
export function expiryProblem(expiresOn: string, now: Date): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(expiresOn);
  const end = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 23, 59, 59) : NaN;
  // Date.UTC rolls "2026-12-32" over to January: a date that does not round-trip does not exist.
  if (!match || Number.isNaN(end) || new Date(end).toISOString().slice(0, 10) !== expiresOn)
    return 'must be a date (YYYY-MM-DD)';
  if (end < now.getTime()) return 'must not be in the past';
  if (end > now.getTime() + MAX_POSTING_DAYS * 86_400_000) return `must be at most ${MAX_POSTING_DAYS} days ahead`;
  return undefined;
}
