import * as z from 'zod';
import { jobSchema, rentalSchema, type Listing } from '../listing/schema';

/*
 * What GET /listings returns per listing: what a result card, a filter or a sort needs. The
 * description (and its English), the money read from it, the image list, lastSeenAt and contentHash stay in the item that GET /listings/{id}
 * reads, so that a whole kind's catalogue fits in the API function's memory (issue 17).
 */
const cardOnly = { description: true, descriptionEnglish: true, images: true, lastSeenAt: true, contentHash: true } as const;
export const jobCardSchema = jobSchema.omit(cardOnly);
export const rentalCardSchema = rentalSchema.omit({ ...cardOnly, moneyFromText: true });
export const listingCardSchema = z.discriminatedUnion('kind', [jobCardSchema, rentalCardSchema]);
export type ListingCard = z.infer<typeof listingCardSchema>;

/** The card of a stored listing. */
export function toListingCard(listing: Listing): ListingCard {
  const { description: _d, descriptionEnglish: _e, images: _i, lastSeenAt: _l, contentHash: _h, ...rest } = listing;
  if (rest.kind === 'job') return rest;
  const { moneyFromText: _m, ...card } = rest;
  return card;
}
