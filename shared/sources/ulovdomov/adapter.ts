import * as z from 'zod';
import { ParseError } from '../../errors';
import { OSTRAVA_CENTRE } from '../../geo/distance';
import { normaliseRental } from '../../normalise/normalise-rental';
import { parseJsonBody } from '../parse-json';
import type { RawRental } from '../raw-rental';
import type { ListPage, PageRequest, RegionConfig, SourceAdapter } from '../source-adapter';

/*
 * ulovdomov.cz: its JSON API (listings are not in the page's __NEXT_DATA__). POST /v1/offer/find with a
 * bounding box around Ostrava sized from the region radius; a box is a rectangle, so the runner drops
 * what lies beyond the radius. Offers carry their description, so no detail page is fetched.
 * `convenience` lists what a flat has ("garden" appears on nearly every flat and is ignored) and
 * `houseConvenience` what its building has (parking, garage, cellar, lift).
 */

const API = 'https://ud.api.ulovdomov.cz/v1/offer/find';
const PAGE_SIZE = 100;
const PROPERTY_TYPES = ['flat', 'house'] as const;
const headers = { accept: 'application/json', 'content-type': 'application/json' };

const money = z
  .union([z.number(), z.object({ value: z.number().nullish(), currency: z.string().nullish() }).loose()])
  .nullish();
const titled = z.object({ title: z.string().nullish() }).loose().nullish();

const offerSchema = z
  .object({
    id: z.union([z.number().int().positive(), z.string().regex(/^\d{1,15}$/)]),
    title: z.string().nullish(),
    absoluteUrl: z.string().nullish(),
    published: z.string().nullish(),
    offerType: z.string().nullish().catch(undefined),
    propertyType: z.string().nullish(),
    disposition: z.string().nullish(),
    rentalPrice: money,
    monthlyFeesPrice: money,
    depositPrice: money,
    priceUnit: z.string().nullish(),
    area: z.number().nullish(),
    floorLevel: z.number().nullish().catch(undefined),
    description: z.string().nullish(),
    geoCoordinates: z.object({ lat: z.number(), lng: z.number() }).loose().nullish(),
    village: titled,
    villagePart: titled,
    street: titled,
    photos: z.array(z.object({ path: z.string() }).loose()).nullish(),
    convenience: z.array(z.string()).nullish().catch(undefined),
    /** The building's amenities: parking, garage, cellar, lift … (the flat's own are in `convenience`). */
    houseConvenience: z.array(z.string()).nullish().catch(undefined),
    availableFrom: z.string().nullish(),
  })
  .loose();

const findSchema = z
  .object({
    success: z.boolean(),
    extraData: z
      .object({
        total: z.number().int().nonnegative(),
        totalPages: z.number().int().nonnegative(),
        currentPage: z.number().int(),
      })
      .loose(),
    data: z.object({ offers: z.array(z.unknown()) }).loose(),
  })
  .loose();

/** The rectangle around Ostrava's centre that holds the circle of the region radius. */
export function regionBounds(region: RegionConfig) {
  const dLat = region.radiusKm / 111.2;
  const dLng = region.radiusKm / (111.32 * Math.cos((OSTRAVA_CENTRE.lat * Math.PI) / 180));
  const round = (n: number) => Math.round(n * 10_000) / 10_000;
  return {
    northEast: { lat: round(OSTRAVA_CENTRE.lat + dLat), lng: round(OSTRAVA_CENTRE.lon + dLng) },
    southWest: { lat: round(OSTRAVA_CENTRE.lat - dLat), lng: round(OSTRAVA_CENTRE.lon - dLng) },
  };
}

function findRequest(propertyType: string, page: number, bounds: ReturnType<typeof regionBounds>): PageRequest {
  return {
    url: `${API}?page=${page}&perPage=${PAGE_SIZE}&sorting=latest`,
    method: 'POST',
    headers,
    body: JSON.stringify({ offerType: 'rent', propertyType, bounds }),
  };
}

const amount = (value: z.infer<typeof money>) => (typeof value === 'number' ? value : (value?.value ?? undefined));
const has = (list: readonly string[] | null | undefined, ...names: string[]) =>
  list?.some((c) => names.includes(c)) ? 'ano' : undefined;

/** ulovdomov's offer types: "rent", "sale"; anything else (e.g. "auction") is neither. */
function offerType(value: string | null | undefined): 'rent' | 'sale' | 'other' | undefined {
  if (!value) return undefined;
  return value === 'rent' ? 'rent' : value === 'sale' ? 'sale' : 'other';
}

function toRaw(offer: z.infer<typeof offerSchema>, propertyType: string): RawRental {
  const amenities = [...(offer.convenience ?? []), ...(offer.houseConvenience ?? [])];
  const currency = typeof offer.rentalPrice === 'object' ? (offer.rentalPrice?.currency ?? undefined) : undefined;
  return {
    source: 'ulovdomov',
    sourceId: String(offer.id),
    url:
      offer.absoluteUrl && /^https:\/\/www\.ulovdomov\.cz\//.test(offer.absoluteUrl)
        ? offer.absoluteUrl
        : `https://www.ulovdomov.cz/inzerat/${offer.id}`,
    title: offer.title ?? undefined,
    description: offer.description ?? undefined,
    // `rentalPrice` also carries sale prices: the unit and the offer type say which it is.
    rent: amount(offer.rentalPrice),
    currency,
    priceUnit: offer.priceUnit ?? undefined,
    offerType: offerType(offer.offerType),
    fees: amount(offer.monthlyFeesPrice),
    deposit: amount(offer.depositPrice),
    area: offer.area ?? undefined,
    disposition: offer.disposition ?? undefined,
    propertyType:
      propertyType === 'house' ? 'house' : offer.disposition && /room|pokoj/i.test(offer.disposition) ? 'room' : 'flat',
    city: offer.village?.title ?? undefined,
    parts: [offer.villagePart?.title].filter((p): p is string => !!p),
    address:
      [offer.street?.title, offer.villagePart?.title, offer.village?.title].filter(Boolean).join(', ') || undefined,
    lat: offer.geoCoordinates?.lat,
    lon: offer.geoCoordinates?.lng,
    floor: offer.floorLevel ?? undefined,
    elevator: has(amenities, 'lift', 'elevator'),
    balcony: has(amenities, 'balcony', 'loggia', 'terrace'),
    parking: has(amenities, 'parking', 'garage', 'parkingPlace', 'parkingSpace'),
    furnished: has(offer.convenience, 'furnished'),
    availableFrom: offer.availableFrom ?? undefined,
    postedAt: offer.published ?? undefined,
    images: (offer.photos ?? []).map((photo) => photo.path),
  };
}

export const ulovdomovAdapter: SourceAdapter<RawRental> = {
  name: 'ulovdomov',
  kind: 'rental',

  startRequests: (region) => PROPERTY_TYPES.map((type) => findRequest(type, 1, regionBounds(region))),

  parseList(body: string, request: PageRequest): ListPage<RawRental> {
    const parsed = findSchema.safeParse(parseJsonBody(body, request.url));
    if (!parsed.success)
      throw new ParseError('the find response has no extraData or data.offers', request.url, { cause: parsed.error });
    if (!parsed.data.success) throw new ParseError('the API answered success: false', request.url);
    const sent = JSON.parse(request.body ?? '{}') as {
      propertyType?: string;
      bounds?: ReturnType<typeof regionBounds>;
    };
    const offers = parsed.data.data.offers.map((offer) => offerSchema.safeParse(offer));
    if (offers.length > 0 && offers.every((offer) => !offer.success))
      throw new ParseError('no offer has the fields this adapter knows', request.url);
    const { currentPage, totalPages, total } = parsed.data.extraData;
    const more = currentPage < totalPages && offers.length > 0 && sent.bounds !== undefined;
    return {
      records: offers.flatMap((offer) => (offer.success ? [toRaw(offer.data, sent.propertyType ?? 'flat')] : [])),
      declaredTotal: total,
      next: more ? findRequest(sent.propertyType ?? 'flat', currentPage + 1, sent.bounds!) : undefined,
    };
  },

  normalise: normaliseRental,
};
