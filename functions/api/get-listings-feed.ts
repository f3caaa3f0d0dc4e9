import { listingQueryParamsSchema } from '../../shared/api/listing-query-params';
import { FEED_WINDOW_DAYS, listingsFeed } from '../../shared/api/listings-feed';
import { newListings } from '../../shared/api/new-listings';
import { DEPLOYED_SERVER_URL } from '../../shared/api/openapi-servers';
import { config } from '../../shared/config';
import { InputError } from '../../shared/errors';
import { catalogueReader } from '../catalogue-deps';
import { now } from '../clock';
import { httpStack } from '../middleware/http-stack';
import { parseInput } from '../middleware/zod-input';

/**
 * GET /listings.atom: any GET /listings search (the same parameters, the same catalogue) as an Atom
 * feed of the matching listings first seen in the last FEED_WINDOW_DAYS days, newest first, at most
 * `limit` (20 by default, 50 at most). A feed has no pages: `cursor` is refused.
 */
export const handler = httpStack(
  async (event) => {
    const params = parseInput(listingQueryParamsSchema, event.queryStringParameters, 'query');
    if (params.cursor !== undefined) throw new InputError('cursor: a feed has no pages; leave cursor out', 'cursor');
    const at = now();
    const cards = await newListings(catalogueReader(), params, {
      since: new Date(at.getTime() - FEED_WINDOW_DAYS * 86_400_000),
      now: at,
      max: params.limit,
    });
    const siteUrl = config().SITE_URL;
    // The query as given, in a fixed order: one search has one feed URL (its id), whatever order a link had.
    const query = new URLSearchParams(
      Object.entries(event.queryStringParameters ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)) as [string, string][],
    ).toString();
    const body = listingsFeed(cards, {
      selfUrl: `${siteUrl}${DEPLOYED_SERVER_URL}/listings.atom?${query}`,
      searchUrl: `${siteUrl}/?${query}`,
      siteUrl,
      kind: params.kind,
      now: at,
    });
    return { statusCode: 200, headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' }, body };
  },
  { cacheSeconds: config().LISTINGS_MAX_AGE_SECONDS },
);
