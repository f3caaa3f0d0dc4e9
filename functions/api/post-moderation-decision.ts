import * as z from 'zod';
import { partnerPostings } from '../partner-deps';
import { httpStack, json } from '../middleware/http-stack';
import { jsonBody } from '../middleware/json-body';
import { requireStaff } from '../middleware/staff';
import { parseInput } from '../middleware/zod-input';
import { partnerIdPath } from './partner-path';

const path = partnerIdPath.extend({ decision: z.enum(['approve', 'reject', 'take-down'], { error: 'must be approve, reject or take-down' }) });

/** POST /moderation/jobs/{id}/{decision}: approve, reject ({ reason }, e-mailed to the poster) or take down (staff only). */
export const handler = httpStack(async (event) => {
  await requireStaff(event);
  const { id, decision } = parseInput(path, event.pathParameters, 'path');
  const postings = partnerPostings();
  const listing =
    decision === 'approve' ? await postings.approve(id) : decision === 'reject' ? await postings.reject(id, (jsonBody(event) as { reason?: unknown } | null)?.reason) : await postings.takeDown(id);
  return json(200, listing);
});
