import { strings } from './strings';

const DAY_MS = 86_400_000;

/** Whole days from an ISO instant to `now` (0 for today or a date ahead of `now`). */
export function daysBefore(iso: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(iso)) / DAY_MS));
}

/**
 * A card's date: "posted …" only for a date the source gave (postedAt), "first seen …" where our
 * first sighting is all we know (the API leaves postedAt out then; see the schema's descriptions).
 */
export function listingAge(listing: { postedAt?: string; firstSeenAt: string }, now: Date): string {
  return listing.postedAt === undefined
    ? strings.firstSeen(daysBefore(listing.firstSeenAt, now))
    : strings.posted(daysBefore(listing.postedAt, now));
}
