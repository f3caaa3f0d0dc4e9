import type { CatalogueReader } from '../catalogue/catalogue-reader';
import type { ListingCard } from '../catalogue/listing-card';
import { isServed } from './get-listing';
import { toActiveQuery, type ListingQueryParams } from './listing-query-params';

/**
 * How far back the Atom feed of a search looks: listings first seen in the last 14 days. A feed reader
 * polls hourly to daily and keeps the entries it has seen, so the window only needs to cover a reader
 * that was off for a while (two weeks' holiday), while staying small enough to answer from memory and
 * to download often: flats around Ostrava are typically let within two weeks of appearing.
 */
export const FEED_WINDOW_DAYS = 14;

/** Catalogue entries looked at per step of the walk: the catalogue's own page limit. */
const PAGE = 100;

/**
 * The served listings matching a GET /listings search that our scrapers first saw at or after
 * `since`, newest first (firstSeenAt, then id), at most `max`: what the Atom feed and the e-mail
 * digest call new. The same filters, word search and catalogue as GET /listings (toActiveQuery);
 * `sort`, `limit` and `cursor` of the search are not used: the answer is ordered by first sight.
 * Walks every match since `since` (bounded by how many listings a source brings in that time: tens to
 * hundreds a day for the region), then keeps the newest `max`.
 */
export async function newListings(
  catalogues: Pick<CatalogueReader, 'catalogue'>,
  params: ListingQueryParams,
  options: { since: Date; now: Date; max: number },
): Promise<ListingCard[]> {
  const base = toActiveQuery({ ...params, sort: 'newest', limit: PAGE, cursor: undefined }, options.now);
  const query = { ...base, filters: { ...base.filters, firstSeenSince: options.since.toISOString() } };
  const catalogue = await catalogues.catalogue(query.kind, { words: (query.filters.words?.length ?? 0) > 0 });
  const found: ListingCard[] = [];
  let cursor: string | undefined;
  do {
    const page = catalogue.query({ ...query, cursor });
    found.push(...page.items.filter((card) => isServed(card, options.now)));
    cursor = page.nextCursor;
  } while (cursor);
  return found.sort(newestFirst).slice(0, options.max);
}

function newestFirst(a: ListingCard, b: ListingCard): number {
  if (a.firstSeenAt !== b.firstSeenAt) return a.firstSeenAt < b.firstSeenAt ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
