import { ParseError } from '../../errors';
import { normaliseRental } from '../../normalise/normalise-rental';
import { parseJsonBody, slug } from '../parse-json';
import type { RawRental } from '../raw-rental';
import type { ListPage, PageRequest, SourceAdapter } from '../source-adapter';
import { anyYes, furnished, offerType, statedName, yesNo } from './codebook';
import {
  srealityDetailEstateSchema,
  srealityDetailSchema,
  srealityEstateSchema,
  srealitySearchSchema,
  type SrealityEstate,
} from './sreality-schema';

/*
 * sreality.cz, v1 JSON API (the v2 API was removed in 2026). Rentals (category_type_cb=2) of flats
 * (category_main_cb=1, rooms included) and houses (2) in the Moravian-Silesian Region (region id 12);
 * the runner keeps those within the configured radius. The list lacks description, area and
 * features, so new or changed listings get their detail. Broker (`user`) data is never read.
 * Shapes: the real v1 search envelope and detail `result` (see test/fixtures/sreality/README.md).
 */

const API = 'https://www.sreality.cz/api/v1/estates';
const PAGE_SIZE = 100;
/** sreality answers 422 past an offset of about 10 000. */
const MAX_OFFSET = 9_900;
const CATEGORIES = [
  { main: 1, path: 'byt' },
  { main: 2, path: 'dum' },
] as const;
const OFFER_PATHS = { rent: 'pronajem', sale: 'prodej', other: 'drazba' } as const;

const headers = { accept: 'application/json' };

function searchUrl(main: number, offset: number): string {
  const params = new URLSearchParams({
    category_main_cb: String(main),
    category_type_cb: '2',
    locality_country_id: '112',
    locality_region_id: '12',
    limit: String(PAGE_SIZE),
    offset: String(offset),
    sort: '-date',
    lang: 'cs',
  });
  return `${API}/search?${params.toString()}`;
}

/** "" and null both mean "not stated" in sreality's locality. */
const filled = (value: string | null | undefined) => (value && value.trim() !== '' ? value.trim() : undefined);

/**
 * The rent figure and its unit. A price per m² ("za m²/měsíc") comes with `price_summary_czk` for the
 * whole month, which is then used; 0 means "price on request". The `_czk` fields are in CZK whatever
 * the advert's own currency.
 */
function price(estate: SrealityEstate): { rent?: number; priceUnit?: string } {
  const unit = statedName(estate.price_unit_cb);
  const summaryUnit = statedName(estate.price_summary_unit_cb);
  const perArea = (name: string | undefined) => name !== undefined && /m²|m2/i.test(name);
  if (perArea(unit) && estate.price_summary_czk && summaryUnit && !perArea(summaryUnit))
    return { rent: estate.price_summary_czk, priceUnit: summaryUnit };
  return { rent: estate.price_czk || undefined, priceUnit: unit };
}

function toRaw(estate: SrealityEstate): RawRental {
  const id = String(estate.hash_id);
  const main = Number(estate.category_main_cb?.value ?? 1);
  const sub = statedName(estate.category_sub_cb);
  const locality = estate.locality ?? undefined;
  const category = CATEGORIES.find((c) => c.main === main) ?? CATEGORIES[0];
  const offer = offerType(estate.category_type_cb);
  const street = filled(locality?.street);
  const citypart = filled(locality?.citypart);
  const city = filled(locality?.city);
  const place = slug([city, citypart, street].filter(Boolean).join(' ')) || 'x';
  return {
    source: 'sreality',
    sourceId: id,
    url: `https://www.sreality.cz/detail/${OFFER_PATHS[offer ?? 'rent']}/${category.path}/${slug(sub) || 'x'}/${place}/${id}`,
    title: filled(estate.advert_name),
    ...price(estate),
    offerType: offer,
    disposition: sub,
    propertyType: main === 2 ? 'house' : /pokoj/i.test(sub ?? '') ? 'room' : 'flat',
    city,
    parts: [
      ...new Set([citypart, filled(locality?.quarter), filled(locality?.district)].filter((p): p is string => !!p)),
    ],
    address:
      [[street, filled(locality?.housenumber)].filter(Boolean).join(' '), citypart, city].filter(Boolean).join(', ') ||
      undefined,
    lat: locality?.gps_lat ?? undefined,
    lon: locality?.gps_lon ?? undefined,
    agency: (estate.premise && typeof estate.premise === 'object') || estate.premise_id ? 'agency' : 'private',
    images: images(estate.advert_images),
  };
}

/** Image URLs in the portal's order: search sends strings, the detail `{url, order}` objects. */
function images(list: SrealityEstate['advert_images']): string[] {
  const items = (list ?? []).map((image, index) =>
    typeof image === 'string'
      ? { url: image, order: index }
      : { url: image.url, order: typeof image.order === 'number' ? image.order : index },
  );
  return items
    .filter((image) => image.url !== '')
    .sort((a, b) => a.order - b.order)
    .map((image) => image.url);
}

/** The estate of a detail body: `{result: {...}}` as the API sends it, or the bare `result` object. */
function detailEstate(data: unknown): unknown {
  const wrapped = srealityDetailSchema.safeParse(data);
  return wrapped.success ? wrapped.data.result : data;
}

export const srealityAdapter: SourceAdapter<RawRental> = {
  name: 'sreality',
  kind: 'rental',

  startRequests: () => CATEGORIES.map((category) => ({ url: searchUrl(category.main, 0), headers })),

  parseList(body: string, request: PageRequest): ListPage<RawRental> {
    const parsed = srealitySearchSchema.safeParse(parseJsonBody(body, request.url));
    if (!parsed.success)
      throw new ParseError('the search response has no pagination or results', request.url, { cause: parsed.error });
    const { pagination, results } = parsed.data;
    const estates = results.map((item) => srealityEstateSchema.safeParse(item));
    if (results.length > 0 && estates.every((estate) => !estate.success)) {
      throw new ParseError('no search result has the fields this adapter knows (hash_id)', request.url);
    }
    const records = estates.flatMap((estate) => (estate.success ? [toRaw(estate.data)] : []));
    const nextOffset = pagination.offset + pagination.limit;
    const url = new URL(request.url);
    const main = Number(url.searchParams.get('category_main_cb') ?? 1);
    const more = results.length > 0 && nextOffset < pagination.total && nextOffset <= MAX_OFFSET;
    return {
      records,
      declaredTotal: pagination.total,
      next: more ? { url: searchUrl(main, nextOffset), headers } : undefined,
    };
  },

  // A sale in a rental search (the portal mixes them in when filters change) needs no detail: it is skipped.
  detailRequest: (record) => (record.offerType === 'sale' ? undefined : { url: `${API}/${record.sourceId}`, headers }),

  recordFromUrl(url: string): RawRental | undefined {
    const id = /\/(\d{1,20})\/?(?:[?#].*)?$/.exec(url)?.[1];
    return id ? { source: 'sreality', sourceId: id, url } : undefined;
  },

  parseDetail(body: string, record: RawRental): RawRental | undefined {
    const url = `${API}/${record.sourceId}`;
    // A delisted estate may come back as 200 text/html "Tato stránka neexistuje".
    if (/tato str[aá]nka neexistuje/i.test(body.slice(0, 5000))) return undefined;
    const data = parseJsonBody(body, url);
    // A delisted estate may also answer in JSON: status_code 404/410, or a null result.
    if (
      typeof data === 'object' &&
      data !== null &&
      [404, 410].includes((data as { status_code?: unknown }).status_code as number)
    )
      return undefined;
    const result = detailEstate(data);
    if (result === null || (typeof result === 'object' && Object.keys(result).length === 0)) return undefined;
    const parsed = srealityDetailEstateSchema.safeParse(result);
    if (!parsed.success)
      throw new ParseError('the detail response has no result with a hash_id', url, { cause: parsed.error });
    const estate = parsed.data;
    if (record.sourceId !== '' && String(estate.hash_id) !== record.sourceId)
      throw new ParseError(`the detail is of another estate (${estate.hash_id})`, url);
    const base = toRaw(estate);
    return {
      ...record,
      ...Object.fromEntries(
        Object.entries(base).filter(
          ([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0),
        ),
      ),
      sourceId: base.sourceId,
      description: filled(estate.advert_description),
      priceText:
        [base.rent ? `${base.rent} Kč` : undefined, filled(estate.price_note)].filter(Boolean).join(' ') || undefined,
      fees: /k[cč]/i.test(estate.cost_of_living ?? '') ? (estate.cost_of_living ?? undefined) : undefined,
      area: estate.usable_area || estate.floor_area || undefined,
      furnished: furnished(estate.furnished),
      elevator: yesNo(estate.elevator),
      balcony: anyYes(estate.balcony, estate.loggia, estate.terrace),
      parking: anyYes(estate.parking_lots, estate.garage, estate.parking),
      floor: estate.floor_number ?? undefined,
      energyClass: statedName(estate.energy_efficiency_rating_cb),
    };
  },

  normalise: normaliseRental,
};
