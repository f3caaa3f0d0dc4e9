import { sourceHealth } from '../../shared/api/source-health';
import { sourceRegistry } from '../../shared/sources/registry';
import { cachedFor } from '../../shared/util/cached-for';
import { listingStore } from '../deps';
import { httpStack, json } from '../middleware/http-stack';
import { noQuery } from '../middleware/zod-input';

const RUNS_PER_SOURCE = 5;
// Counting a source's active listings reads its whole index partition: compute the health once per
// half minute per container, not once per request (browsers and CloudFront are told 60 s anyway).
const HEALTH_TTL_MS = 30_000;
const currentHealth = cachedFor(HEALTH_TTL_MS, () => sourceHealth(listingStore(), sourceRegistry, RUNS_PER_SOURCE));

/** GET /sources: the health of every source. */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    return json(200, { sources: await currentHealth() });
  },
  { cacheSeconds: 60 },
);
