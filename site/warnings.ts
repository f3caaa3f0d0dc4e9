import type { Listing, ListingCard } from './api-client';
import { el } from './dom';
import { strings } from './strings';

type Warning = NonNullable<Extract<ListingCard, { kind: 'rental' }>['warnings']>[number];

/** A listing's warning signs; for a detail, also those its card carried (the card compares it with the catalogue). */
export function warningsOf(listing: Listing | ListingCard, card?: ListingCard): Warning[] {
  const own = listing.kind === 'rental' ? (listing.warnings ?? []) : [];
  const fromCard = card?.kind === 'rental' && card.id === listing.id ? (card.warnings ?? []) : [];
  return [...own, ...fromCard.filter((w) => !own.some((o) => o.sign === w.sign))];
}

/** The card's line: each sign in words, never a score ("Warning signs: rent far below the median; no photos"). */
export function warningLine(listing: ListingCard): string | undefined {
  const warnings = warningsOf(listing);
  return warnings.length === 0
    ? undefined
    : strings.warningSigns(warnings.map((w) => strings.warningNames[w.sign] ?? w.sign));
}

/** The detail's section: every sign with its reason. */
export function warningsSection(warnings: Warning[]): HTMLElement | undefined {
  if (warnings.length === 0) return undefined;
  return el(
    'section',
    { class: 'warnings' },
    el('h3', {}, strings.warningsTitle),
    el(
      'ul',
      {},
      ...warnings.map((w) => el('li', {}, el('strong', {}, `${strings.warningNames[w.sign] ?? w.sign}: `), w.reason)),
    ),
  );
}
