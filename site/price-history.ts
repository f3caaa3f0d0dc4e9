import type { Listing, ListingCard } from './api-client';
import { el } from './dom';
import { czkPerMonth, dateInWords } from './format';
import { daysBefore } from './listing-date';
import { strings } from './strings';

type Rental = Extract<Listing, { kind: 'rental' }>;
type PriceChange = NonNullable<Rental['priceHistory']>[number];

/** The card's line for a standing price reduction: "Reduced by 1,500 CZK/month on 12 November 2026". */
export function reductionLine(listing: ListingCard): string | undefined {
  if (listing.kind !== 'rental' || !listing.priceReduction) return undefined;
  return strings.reducedBy(
    czkPerMonth(listing.priceReduction.byCzk),
    dateInWords(listing.priceReduction.at) ?? listing.priceReduction.at,
  );
}

/** One change in words: what was lowered or raised, by how much, from what to what, and when. */
export function priceChangeLine(change: PriceChange): string {
  const date = dateInWords(change.at) ?? change.at;
  const fees = change.feesCzk !== undefined && change.previousFeesCzk !== undefined;
  if (change.rentCzk === undefined || change.previousRentCzk === undefined) return strings.priceChangedUnknown(date);
  const before = change.previousRentCzk + (fees ? change.previousFeesCzk! : 0);
  const after = change.rentCzk + (fees ? change.feesCzk! : 0);
  const what = fees ? strings.rentWithFees : strings.rentAlone;
  if (after === before) return strings.feesNowUnknown(date);
  return (after < before ? strings.priceDown : strings.priceUp)(
    what,
    czkPerMonth(Math.abs(after - before)),
    date,
    czkPerMonth(before),
    czkPerMonth(after),
  );
}

/**
 * The detail's "On offer" line (since the source's date, else since we first saw it) and its price
 * history, newest first; nothing for a job.
 */
export function offerSection(listing: Listing, now: Date): HTMLElement | undefined {
  if (listing.kind !== 'rental') return undefined;
  const since = listing.postedAt ?? listing.firstSeenAt;
  const offered = strings.onOffer(daysBefore(since, now), dateInWords(since) ?? since, listing.postedAt === undefined);
  const changes = [...(listing.priceHistory ?? [])].reverse();
  return el(
    'section',
    { class: 'price-history' },
    el('p', {}, offered),
    changes.length > 0 ? el('h3', {}, strings.priceHistory) : undefined,
    changes.length > 0 ? el('ul', {}, ...changes.map((change) => el('li', {}, priceChangeLine(change)))) : undefined,
  );
}
