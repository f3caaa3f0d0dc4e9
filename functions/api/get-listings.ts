import { listingQueryParamsSchema } from '../../shared/api/listing-query-params';
import { searchListings } from '../../shared/api/search-listings';
import { config } from '../../shared/config';
import { listingStore, now } from '../deps';
import { httpStack, json } from '../middleware/http-stack';
import { parseInput } from '../middleware/zod-input';

/** GET /listings: filtered, sorted, cursor-paged active listings of one kind. */
export const handler = httpStack(
  async (event) => {
    const params = parseInput(listingQueryParamsSchema, event.queryStringParameters, 'query');
    return json(200, await searchListings(listingStore(), params, now()));
  },
  { cacheSeconds: config().LISTINGS_MAX_AGE_SECONDS },
);
