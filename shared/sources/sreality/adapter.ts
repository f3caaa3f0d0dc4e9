import { ParseError } from '../../errors';
import { normaliseRental } from '../../normalise/normalise-rental';
import { parseJsonBody, slug } from '../parse-json';
import type { RawRental } from '../raw-rental';
import type { ListPage, PageRequest, SourceAdapter } from '../source-adapter';
import { srealityDetailSchema, srealityEstateSchema, srealitySearchSchema, type SrealityEstate } from './sreality-schema';

/*
 * sreality.cz, v1 JSON API (the v2 API was removed in 2026). Rentals (category_type_cb=2) of flats
 * (category_main_cb=1, rooms included) and houses (2) in the Moravian-Silesian Region (region id 12);
 * the runner keeps those within the configured radius. The list lacks description, area and
 * features, so new or changed listings get their detail. Broker (`user`) data is never read.
 */

const API = 'https://www.sreality.cz/api/v1/estates';
const PAGE_SIZE = 100;
/** sreality answers 422 past an offset of about 10 000. */
const MAX_OFFSET = 9_900;
const CATEGORIES = [
  { main: 1, path: 'byt' },
  { main: 2, path: 'dum' },
] as const;

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

function toRaw(estate: SrealityEstate): RawRental {
  const id = String(estate.hash_id);
  const main = Number(estate.category_main_cb?.value ?? 1);
  const sub = estate.category_sub_cb?.name;
  const locality = estate.locality ?? undefined;
  const perMonth = !estate.price_unit_cb?.name || /m[eě]s[ií]c/i.test(estate.price_unit_cb.name);
  const category = CATEGORIES.find((c) => c.main === main) ?? CATEGORIES[0];
  return {
    source: 'sreality',
    sourceId: id,
    url: `https://www.sreality.cz/detail/pronajem/${category.path}/${slug(sub) || 'x'}/${slug([locality?.city, locality?.citypart, locality?.street].filter(Boolean).join(' ')) || 'x'}/${id}`,
    title: estate.advert_name,
    // 0 means "price on request"; a price per m² or per year is not a monthly rent.
    rent: perMonth && estate.price_czk ? estate.price_czk : undefined,
    disposition: sub,
    propertyType: main === 2 ? 'house' : /pokoj/i.test(sub ?? '') ? 'room' : 'flat',
    city: locality?.city,
    parts: [locality?.citypart, locality?.quarter, locality?.district].filter((p): p is string => !!p),
    address: [locality?.street, locality?.citypart, locality?.city].filter(Boolean).join(', ') || undefined,
    lat: locality?.gps_lat ?? undefined,
    lon: locality?.gps_lon ?? undefined,
    agency: estate.premise ? 'agency' : 'private',
    images: (estate.advert_images ?? []).map((image) => (typeof image === 'string' ? image : image.url)),
  };
}

export const srealityAdapter: SourceAdapter<RawRental> = {
  name: 'sreality',
  kind: 'rental',

  startRequests: () => CATEGORIES.map((category) => ({ url: searchUrl(category.main, 0), headers })),

  parseList(body: string, request: PageRequest): ListPage<RawRental> {
    const parsed = srealitySearchSchema.safeParse(parseJsonBody(body, request.url));
    if (!parsed.success) throw new ParseError('the search response has no pagination or results', request.url, { cause: parsed.error });
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
    return { records, declaredTotal: pagination.total, next: more ? { url: searchUrl(main, nextOffset), headers } : undefined };
  },

  detailRequest: (record) => ({ url: `${API}/${record.sourceId}`, headers }),

  parseDetail(body: string, record: RawRental): RawRental | undefined {
    // A delisted estate may come back as 200 text/html "Tato stránka neexistuje".
    if (/tato str[aá]nka neexistuje/i.test(body.slice(0, 5000))) return undefined;
    const parsed = srealityDetailSchema.safeParse(parseJsonBody(body, `${API}/${record.sourceId}`));
    if (!parsed.success) throw new ParseError('the detail response has no result', `${API}/${record.sourceId}`, { cause: parsed.error });
    const estate = parsed.data.result;
    const base = toRaw(estate);
    const flag = (...values: (boolean | number | null | undefined)[]) =>
      values.some((v) => v === true || (typeof v === 'number' && v > 0)) ? true : values.every((v) => v === undefined || v === null) ? undefined : false;
    const furnished = estate.furnished;
    return {
      ...record,
      ...Object.fromEntries(Object.entries(base).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))),
      description: estate.advert_description ?? undefined,
      priceText: [estate.price_czk ? `${estate.price_czk} Kč` : undefined, estate.price_note].filter(Boolean).join(' ') || undefined,
      fees: /k[cč]/i.test(estate.cost_of_living ?? '') ? (estate.cost_of_living ?? undefined) : undefined,
      area: estate.usable_area ?? undefined,
      furnished: typeof furnished === 'object' && furnished !== null ? (furnished.value as number | undefined) : (furnished ?? undefined),
      elevator: flag(estate.elevator),
      balcony: flag(estate.balcony, estate.loggia, estate.terrace),
      parking: flag(estate.parking_lots, estate.garage),
      floor: estate.floor_number ?? undefined,
      energyClass: estate.energy_efficiency_rating_cb?.name,
    };
  },

  normalise: normaliseRental,
};
