import { listingQueryParamsSchema } from '../../shared/api/listing-query-params';
import { searchListings } from '../../shared/api/search-listings';
import { config } from '../../shared/config';
import { catalogueReader } from '../catalogue-deps';
import { now } from '../clock';
import { httpStack, json } from '../middleware/http-stack';
import { parseInput } from '../middleware/zod-input';

/** GET /listings: filtered, sorted, cursor-paged active listings of one kind, from its catalogue. */
export const handler = httpStack(
  async (event) => {
    const params = parseInput(listingQueryParamsSchema, event.queryStringParameters, 'query');
    return json(200, await searchListings(catalogueReader(), params, now()));
  },
  { cacheSeconds: config().LISTINGS_MAX_AGE_SECONDS },
);
