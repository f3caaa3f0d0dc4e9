import { partnerPostings } from '../partner-deps';
import { httpStack, json } from '../middleware/http-stack';
import { bearerToken } from '../middleware/json-body';
import { noQuery, parseInput } from '../middleware/zod-input';
import { partnerIdPath } from './partner-path';

/** GET /partner/jobs/{id}: the poster's view, with the management token as a bearer token. */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    const { id } = parseInput(partnerIdPath, event.pathParameters, 'path');
    return json(200, await partnerPostings().view(id, bearerToken(event)), { 'Cache-Control': 'no-store' });
  },
  { siteOnly: true },
);
