import * as z from 'zod';
import { standingReduction } from '../listing/price-history';
import { ownWarnings } from '../listing/warning-signs';
import { httpUrl, isoInstant, jobSchema, listingId, rentalSchema, sourceName, type Listing } from '../listing/schema';
import { moveInCost } from '../normalise/move-in';

/*
 * What GET /listings returns per listing: what a result card, a filter or a sort needs. The
 * description (and its English), the money read from it, the image list, lastSeenAt and contentHash stay in the item that GET /listings/{id}
 * reads, so that a whole kind's catalogue fits in the API function's memory (issue 17).
 */
const cardOnly = {
  description: true,
  descriptionEnglish: true,
  images: true,
  lastSeenAt: true,
  contentHash: true,
} as const;
/** A card keeps one photo for the result list: the source's first, hot-linked (issue 18). */
const thumbnail = {
  thumbnail: httpUrl
    .optional()
    .describe("The source's first image, for the result card (the whole list is in GET /listings/{id})"),
};
export const jobCardSchema = jobSchema.omit(cardOnly).extend(thumbnail);
/** A card carries the standing price reduction, not the whole price history (which the detail has). */
const priceReduction = {
  priceReduction: z
    .strictObject({
      at: isoInstant.describe('When the lower price was first seen'),
      byCzk: z
        .number()
        .int()
        .positive()
        .describe('CZK per month less than before (rent, plus fees when known before and after)'),
      fromCzk: z.number().int().positive().describe('The monthly price before'),
      toCzk: z.number().int().positive().describe('The monthly price since'),
    })
    .optional()
    .describe('The last change of the rent or fees, when it lowered the price and has not been undone since'),
};
/** The same flat on other portals (issue 20): set when a catalogue is published, never stored on the item. */
const duplicates = {
  alsoOn: z
    .array(z.strictObject({ id: listingId, source: sourceName, url: httpUrl.describe('The listing on its portal') }))
    .max(10)
    .optional()
    .describe(
      'The same flat listed by other sources; each stays addressable at GET /listings/{id}. The list shows this card for all of them',
    ),
  duplicateOf: listingId
    .optional()
    .describe(
      'The card that lists this flat with its other sources: GET /listings shows that card, not this one (this one stays at GET /listings/{id})',
    ),
};
export const rentalCardSchema = rentalSchema
  .omit({ ...cardOnly, moneyFromText: true, priceHistory: true })
  .extend({ ...thumbnail, ...priceReduction, ...duplicates });
export const listingCardSchema = z.discriminatedUnion('kind', [jobCardSchema, rentalCardSchema]);
export type ListingCard = z.infer<typeof listingCardSchema>;

/** The card of a stored listing. */
export function toListingCard(listing: Listing): ListingCard {
  const { description: _d, descriptionEnglish: _e, images, lastSeenAt: _l, contentHash: _h, ...rest } = listing;
  const photo = images[0] === undefined ? {} : { thumbnail: images[0] };
  if (rest.kind === 'job') return { ...rest, ...photo };
  const { moneyFromText: _m, priceHistory, ...card } = rest;
  const reduction = standingReduction(priceHistory);
  const warnings = ownWarnings(listing);
  return {
    ...card,
    moveIn: moveInCost(card),
    ...photo,
    ...(reduction && { priceReduction: reduction }),
    ...(warnings.length > 0 && { warnings }),
  };
}
