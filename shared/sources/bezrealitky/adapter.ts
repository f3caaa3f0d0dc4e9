import { loadHtml } from '../../text/load-html';
import { BlockedError, ParseError } from '../../errors';
import { normaliseRental } from '../../normalise/normalise-rental';
import { isBlockPage } from '../parse-json';
import type { RawRental } from '../raw-rental';
import type { ListPage, PageRequest, SourceAdapter } from '../source-adapter';

/*
 * bezrealitky.cz: the server-rendered /vypis/ listing pages, which robots.txt allows (its GraphQL API
 * is disallowed, so it is not used). Each page embeds its Apollo cache in <script id="__NEXT_DATA__">:
 * ROOT_QUERY["listAdverts(…)"] holds {list: [{__ref: "Advert:ID"}], totalCount}, and the Advert
 * objects hold the fields. GraphQL arguments are part of cache keys ("address({"locale":"CS"})"),
 * so fields are found by name prefix. 15 adverts a page. Mostly private owners.
 */

const BASE = 'https://www.bezrealitky.cz';
const PAGE_SIZE = 15;
const WALKS = [
  { path: '/vypis/nabidka-pronajem/byt/moravskoslezsky-kraj', propertyType: 'flat' },
  { path: '/vypis/nabidka-pronajem/dum/moravskoslezsky-kraj', propertyType: 'house' },
] as const;
// A browser-like Accept: the portal blocks bare clients; the User-Agent stays our honest one.
const headers = { accept: 'text/html,application/xhtml+xml', 'accept-language': 'cs,en;q=0.8' };

type Cache = Record<string, Record<string, unknown>>;

function listUrl(path: string, page: number): string {
  return page <= 1 ? `${BASE}${path}` : `${BASE}${path}?page=${page}`;
}

/** The Apollo cache embedded in a page, or a ParseError / BlockedError saying why not. */
function apolloCache(html: string, url: string): Cache {
  if (isBlockPage(html)) throw new BlockedError('the portal served a block or captcha page', url);
  const json = loadHtml(html)('script#__NEXT_DATA__').html();
  if (!json) throw new ParseError('the page has no __NEXT_DATA__', url);
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new ParseError('the embedded __NEXT_DATA__ JSON is damaged', url, { cause: error });
  }
  const cache = (data as { props?: { pageProps?: { apolloCache?: unknown } } }).props?.pageProps?.apolloCache;
  if (!cache || typeof cache !== 'object') throw new ParseError('__NEXT_DATA__ has no apolloCache', url);
  return cache as Cache;
}

/** A field by name, whatever arguments its cache key carries. */
function field(object: Record<string, unknown> | undefined, name: string): unknown {
  if (!object) return undefined;
  if (name in object) return object[name];
  const key = Object.keys(object).find((k) => k.startsWith(`${name}(`));
  return key === undefined ? undefined : object[key];
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value : undefined);
const num = (value: unknown) => (typeof value === 'number' && Number.isFinite(value) ? value : undefined);
const bool = (value: unknown) => (typeof value === 'boolean' ? value : undefined);

/** The id in the page's own query, ROOT_QUERY["advert({"id":"…"})"]; undefined when there is none. */
function ownAdvertId(cache: Cache): string | undefined {
  const root = cache.ROOT_QUERY ?? {};
  const key = Object.keys(root).find((k) => k.startsWith('advert('));
  const ref = key === undefined ? undefined : (root[key] as { __ref?: unknown } | null)?.__ref;
  return typeof ref === 'string' && /^Advert:\d{1,15}$/.test(ref) ? ref.slice('Advert:'.length) : undefined;
}

function deref(cache: Cache, value: unknown): Record<string, unknown> | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const ref = (value as { __ref?: unknown }).__ref;
  return typeof ref === 'string' ? cache[ref] : (value as Record<string, unknown>);
}

function toRaw(cache: Cache, advert: Record<string, unknown>, propertyType: 'flat' | 'house'): RawRental | undefined {
  const id = field(advert, 'id');
  const uri = str(field(advert, 'uri'));
  if ((typeof id !== 'string' && typeof id !== 'number') || !/^\d{1,15}$/.test(String(id))) return undefined;
  const gps = deref(cache, field(advert, 'gps'));
  const images = field(advert, 'publicImages');
  const charges =
    num(field(advert, 'charges')) ?? sum(num(field(advert, 'serviceCharges')), num(field(advert, 'utilityCharges')));
  const disposition = str(field(advert, 'disposition'));
  const estateType = str(field(advert, 'estateType'));
  const roommate = bool(field(advert, 'roommate'));
  return {
    source: 'bezrealitky',
    sourceId: String(id),
    url: uri ? `${BASE}/nemovitosti-byty-domy/${encodeURIComponent(uri)}` : `${BASE}/nemovitosti-byty-domy/${id}`,
    title: str(field(advert, 'imageAltText')) ?? str(field(advert, 'title')),
    titleEnglish: str(field(advert, 'titleEnglish')),
    description: str(field(advert, 'description')),
    descriptionEnglish: str(field(advert, 'descriptionEnglish')),
    rent: num(field(advert, 'price')),
    fees: charges,
    deposit: num(field(advert, 'deposit')),
    area: num(field(advert, 'surface')),
    disposition,
    // A room in a shared flat ("spolubydlení") is advertised with the whole flat's layout.
    propertyType:
      roommate || (disposition && /ROOM/.test(disposition))
        ? 'room'
        : estateType === 'DUM'
          ? 'house'
          : estateType === 'BYT'
            ? 'flat'
            : propertyType,
    currency: str(field(advert, 'currency')),
    offerType: offerType(str(field(advert, 'offerType'))),
    inactive: bool(field(advert, 'active')) === false ? true : undefined,
    city: str(field(advert, 'city')),
    parts: [str(field(advert, 'cityDistrict'))].filter((p): p is string => !!p),
    address: str(field(advert, 'address')),
    lat: num(gps?.lat),
    lon: num(gps?.lng),
    furnished: str(field(advert, 'equipped')),
    pets: bool(field(advert, 'petFriendly')),
    elevator: bool(field(advert, 'lift')),
    balcony: bool(field(advert, 'balcony')) ?? (num(field(advert, 'balconySurface')) ? true : undefined),
    parking: anyTrue(bool(field(advert, 'parking')), bool(field(advert, 'garage'))),
    energyClass: str(field(advert, 'penb')),
    // `etage` is the floor number; older cache shapes call it `floor`.
    floor: num(field(advert, 'etage')) ?? str(field(advert, 'etage')) ?? num(field(advert, 'floor')),
    availableFrom: num(field(advert, 'availableFrom')),
    postedAt: num(field(advert, 'timeActivated')),
    agency: 'private',
    images: (Array.isArray(images) ? images : [])
      .map((image) => str(field(deref(cache, image), 'url')))
      .filter((url): url is string => url !== undefined),
    shortTerm: bool(field(advert, 'shortTerm')),
  };
}

/** bezrealitky's offer types: PRONAJEM (rent), PRODEJ (sale); anything else is neither. */
function offerType(value: string | undefined): 'rent' | 'sale' | 'other' | undefined {
  if (value === undefined) return undefined;
  return value === 'PRONAJEM' ? 'rent' : value === 'PRODEJ' ? 'sale' : 'other';
}

/** True if any is true, false if all stated ones are false, undefined if none is stated. */
function anyTrue(...values: (boolean | undefined)[]): boolean | undefined {
  if (values.some((v) => v === true)) return true;
  return values.some((v) => v === false) ? false : undefined;
}

function sum(a: number | undefined, b: number | undefined): number | undefined {
  return a === undefined && b === undefined ? undefined : (a ?? 0) + (b ?? 0);
}

export const bezrealitkyAdapter: SourceAdapter<RawRental> = {
  name: 'bezrealitky',
  kind: 'rental',

  startRequests: () => WALKS.map((walk) => ({ url: listUrl(walk.path, 1), headers })),

  parseList(html: string, request: PageRequest): ListPage<RawRental> {
    const cache = apolloCache(html, request.url);
    const url = new URL(request.url);
    const walk = WALKS.find((w) => w.path === url.pathname);
    const root = cache.ROOT_QUERY;
    // An advert's own page also lists related adverts: it is never read as a list page.
    if (root && ownAdvertId(cache) !== undefined)
      throw new ParseError("this is an advert's own page, not a list page", request.url);
    const listKey = root && Object.keys(root).find((key) => key.startsWith('listAdverts'));
    const list = listKey ? deref(cache, root![listKey]) : undefined;
    const refs = list?.list;
    const total = num(list?.totalCount);
    if (!walk || !Array.isArray(refs) || total === undefined)
      throw new ParseError('the Apollo cache has no listAdverts list', request.url);
    const records = refs.flatMap((ref) => {
      const advert = deref(cache, ref);
      const raw = advert && toRaw(cache, advert, walk.propertyType);
      return raw ? [raw] : [];
    });
    if (refs.length > 0 && records.length === 0)
      throw new ParseError('no advert in the cache has the fields this adapter knows', request.url);
    const page = Number(url.searchParams.get('page') ?? 1);
    return {
      records,
      declaredTotal: total,
      next: page * PAGE_SIZE < total && refs.length > 0 ? { url: listUrl(walk.path, page + 1), headers } : undefined,
    };
  },

  // The list's cache usually holds the whole advert; its page is fetched only when the text is missing
  // (never for a sale or a withdrawn advert, which are skipped anyway).
  detailRequest: (record) =>
    record.description === undefined && record.offerType !== 'sale' && !record.inactive
      ? { url: record.url, headers }
      : undefined,

  recordFromUrl(url: string): RawRental | undefined {
    const id = /\/nemovitosti-byty-domy\/(\d{1,15})(?:-[^/?#]*)?\/?(?:[?#].*)?$/.exec(url)?.[1];
    return id ? { source: 'bezrealitky', sourceId: id, url } : undefined;
  },

  parseDetail(html: string, record: RawRental): RawRental | undefined {
    const cache = apolloCache(html, record.url);
    // The page's cache also holds related adverts: only its own one counts, by the id asked for (or,
    // for a page read on its own, the one its advert(id) query names). None: withdrawn, so gone.
    const id = record.sourceId !== '' ? record.sourceId : ownAdvertId(cache);
    const advert = id === undefined ? undefined : cache[`Advert:${id}`];
    if (!advert || bool(field(advert, 'active')) === false) return undefined;
    const detailed = toRaw(cache, advert, record.propertyType === 'house' ? 'house' : 'flat');
    if (!detailed || detailed.sourceId !== id)
      throw new ParseError("the detail page's advert has no id of its own", record.url);
    return {
      ...record,
      ...Object.fromEntries(
        Object.entries(detailed).filter(([, v]) => v !== undefined && !(Array.isArray(v) && v.length === 0)),
      ),
    };
  },

  normalise: normaliseRental,
};
