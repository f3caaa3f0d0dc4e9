import * as z from 'zod';
import { partnerPostings } from '../partner-deps';
import { httpStack, json } from '../middleware/http-stack';
import { bearerToken, jsonBody } from '../middleware/json-body';
import { parseInput } from '../middleware/zod-input';
import { partnerIdPath } from './partner-path';

const path = partnerIdPath.extend({ action: z.enum(['close', 'renew'], { error: 'must be close or renew' }) });

/** POST /partner/jobs/{id}/{action}: the poster closes the posting as filled, or renews it ({ expiresOn }). */
export const handler = httpStack(async (event) => {
  const { id, action } = parseInput(path, event.pathParameters, 'path');
  const postings = partnerPostings();
  const token = bearerToken(event);
  const listing = action === 'close' ? await postings.close(id, token) : await postings.renew(id, token, (jsonBody(event) as { expiresOn?: unknown } | null)?.expiresOn);
  return json(200, listing);
});
