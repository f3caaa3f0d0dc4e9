import * as z from 'zod';
import { sourceHealth } from '../../shared/api/source-health';
import { sourceRegistry } from '../../shared/sources/registry';
import { listingStore } from '../deps';
import { httpStack, json } from '../middleware/http-stack';
import { parseInput } from '../middleware/zod-input';

const RUNS_PER_SOURCE = 5;

/** GET /sources: the health of every source. */
export const handler = httpStack(
  async (event) => {
    parseInput(z.strictObject({}), event.queryStringParameters, 'query');
    return json(200, { sources: await sourceHealth(listingStore(), sourceRegistry, RUNS_PER_SOURCE) });
  },
  { cacheSeconds: 60 },
);
