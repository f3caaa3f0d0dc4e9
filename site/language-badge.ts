import type { ListingCard } from './api-client';
import { strings } from './strings';

/** A card's language badge: its text and whether it is the green "English-friendly" one. */
export interface LanguageBadge {
  text: string;
  ok: boolean;
}

/**
 * The badge for a listing, by the rule of issue 15. Jobs: English-friendly, else what the ad says
 * about Czech (required, likely needed because the ad is only in Czech), else "English not
 * confirmed". Rentals: English-friendly or no badge at all, since a flat without an English sign is
 * no evidence that Czech is needed.
 */
export function languageBadge(listing: ListingCard): LanguageBadge | undefined {
  if (listing.englishFriendly) return { text: strings.englishFriendly, ok: true };
  if (listing.kind === 'rental') return undefined;
  const czech = listing.languages.czech;
  if (czech === 'required') return { text: strings.czechRequired, ok: false };
  if (czech === 'likely-required') return { text: strings.czechLikelyNeeded, ok: false };
  return { text: strings.englishNotConfirmed, ok: false };
}

/** The reason shown beside the badge: the Czech verdict when the job is not English-friendly. */
export function badgeReason(listing: ListingCard): string | undefined {
  const czech = listing.englishSignals.find((s) => s.reason.startsWith('Czech'));
  return (
    (!listing.englishFriendly && listing.kind === 'job' ? czech : undefined)?.reason ??
    listing.englishSignals[0]?.reason
  );
}
