import * as z from 'zod';

const text = z.string().max(50_000);
const textOrNumber = z.union([z.string().max(500), z.number()]);
const flag = z.union([z.string().max(200), z.number(), z.boolean()]);

/**
 * A rental as one portal shows it, before normalising: mostly strings and numbers as sent, so that
 * adapters stay small and every rule (money, area, layout, location, English) lives in one place.
 */
export const rawRentalSchema = z.object({
  source: z.string(),
  sourceId: z.string().regex(/^[A-Za-z0-9._~-]{1,150}$/),
  url: z.string(),
  title: text.optional(),
  description: text.optional(),
  descriptionEnglish: text.optional(),
  titleEnglish: text.optional(),
  /** A price line as shown, e.g. "12 500 Kč/měsíc + 3 000 Kč poplatky". */
  priceText: z.string().max(500).optional(),
  rent: textOrNumber.optional(),
  /** The currency of rent, fees and deposit as the portal names it ("CZK", "Kč", "EUR", "€"); CZK when absent. */
  currency: z.string().max(20).optional(),
  /**
   * What the rent figure is per, as the portal says it ("za měsíc", "perMonth", "za m²/měsíc", "za den",
   * "za nemovitost"): normalised to a monthly rent or left unknown. Monthly when absent.
   */
  priceUnit: z.string().max(100).optional(),
  fees: textOrNumber.optional(),
  deposit: textOrNumber.optional(),
  area: textOrNumber.optional(),
  disposition: z.string().max(200).optional(),
  propertyType: z.enum(['flat', 'house', 'room']).optional(),
  city: z.string().max(200).optional(),
  parts: z.array(z.string().max(200)).max(10).optional(),
  address: z.string().max(300).optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  furnished: flag.optional(),
  pets: flag.optional(),
  elevator: flag.optional(),
  balcony: flag.optional(),
  parking: flag.optional(),
  energyClass: z.string().max(200).optional(),
  floor: textOrNumber.optional(),
  availableFrom: textOrNumber.optional(),
  postedAt: textOrNumber.optional(),
  agency: z.enum(['private', 'agency']).optional(),
  images: z.array(z.string().max(2000)).max(100).optional(),
  /**
   * What the advert offers, when the portal says: "rent" or "sale" (sreality `category_type_cb`, idnes
   * `listing_variant`, bezrealitky / ulovdomov `offerType`). A sale is never stored as a rental.
   */
  offerType: z.enum(['rent', 'sale', 'other']).optional(),
  /** The portal marks the advert withdrawn or inactive (bezrealitky `active: false`). */
  inactive: z.boolean().optional(),
  /** A holiday or short-stay let: not a home, so it is left out. */
  shortTerm: z.boolean().optional(),
});

export type RawRental = z.infer<typeof rawRentalSchema>;
