import * as z from 'zod';
import { getServedListing } from '../../shared/api/get-listing';
import { config } from '../../shared/config';
import { listingId } from '../../shared/listing/schema';
import { listingStore, now } from '../deps';
import { httpStack, json } from '../middleware/http-stack';
import { noQuery, parseInput } from '../middleware/zod-input';

const pathSchema = z.strictObject({ id: listingId });

/** GET /listings/{id}: one listing the public may see (see isServed), or 404. */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    const { id } = parseInput(pathSchema, event.pathParameters, 'path');
    return json(200, await getServedListing(listingStore(), id, now()));
  },
  { cacheSeconds: config().LISTINGS_MAX_AGE_SECONDS },
);
