import { NotFoundError } from '../errors';
import type { Listing } from '../listing/schema';
import { withOwnWarnings } from '../listing/warning-signs';
import { withMoveIn } from '../normalise/move-in';
import type { ListingStore } from '../store/listing-store';

/** The source of the postings partner firms write themselves (their text is public only once approved). */
export const PARTNER_SOURCE = 'partner';

/**
 * True when the public may see `listing` at `now`. A scraped listing was public on its portal, so it
 * is served while active and after it expired (a link to it keeps working). A partner posting's text
 * is public only while a moderator's approval of exactly that text stands: status `active` (approve
 * is the only way there; an edit goes back to `pending`) and not past its `validThrough`. Closed
 * (`expired`), refused or taken down (`rejected`), `unconfirmed` and `pending` postings are never
 * served. Rule: issue 16 ("nothing a moderator did not approve is ever served").
 */
export function isServed(listing: Pick<Listing, 'source' | 'status' | 'validThrough'>, now: Date): boolean {
  if (listing.source === PARTNER_SOURCE) {
    return (
      listing.status === 'active' &&
      (listing.validThrough === undefined || Date.parse(listing.validThrough) >= now.getTime())
    );
  }
  return listing.status === 'active' || listing.status === 'expired';
}

/** GET /listings/{id}: the listing if it is served at `now`; NotFoundError (404) otherwise, the same as for an unknown id. */
export async function getServedListing(store: ListingStore, id: string, now: Date): Promise<Listing> {
  const listing = await store.getById(id);
  if (!listing || !isServed(listing, now)) throw new NotFoundError('no listing has this id');
  return withOwnWarnings(withMoveIn(listing));
}
