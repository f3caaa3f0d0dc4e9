import * as z from 'zod';
import { NotFoundError } from '../../shared/errors';
import { config } from '../../shared/config';
import { listingId } from '../../shared/listing/schema';
import { listingStore } from '../deps';
import { httpStack, json } from '../middleware/http-stack';
import { parseInput } from '../middleware/zod-input';

const pathSchema = z.strictObject({ id: listingId });
/** Listings awaiting or refused moderation are not public. */
const PUBLIC_STATUSES = new Set(['active', 'expired']);

/** GET /listings/{id}: one listing (active or expired), or 404. */
export const handler = httpStack(
  async (event) => {
    const { id } = parseInput(pathSchema, event.pathParameters, 'path');
    const listing = await listingStore().getById(id);
    if (!listing || !PUBLIC_STATUSES.has(listing.status)) throw new NotFoundError('no listing has this id');
    return json(200, listing);
  },
  { cacheSeconds: config().LISTINGS_MAX_AGE_SECONDS },
);
