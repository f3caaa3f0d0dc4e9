import { partnerPostings } from '../partner-deps';
import { httpStack, json } from '../middleware/http-stack';
import { bearerToken, jsonBody } from '../middleware/json-body';
import { parseInput } from '../middleware/zod-input';
import { partnerIdPath } from './partner-path';

/** PUT /partner/jobs/{id}: the poster edits; the posting goes back to moderation. */
export const handler = httpStack(async (event) => {
  const { id } = parseInput(partnerIdPath, event.pathParameters, 'path');
  return json(200, await partnerPostings().edit(id, bearerToken(event), jsonBody(event)));
});
