import * as z from 'zod';
import { alternatives, moderationDecisions } from '../../shared/api/route-enums';
import { approveBodySchema, emptyBodySchema, rejectBodySchema } from '../../shared/partner/posting-input';
import { partnerPostings } from '../partner-deps';
import { httpStack, json } from '../middleware/http-stack';
import { parseBody } from '../middleware/json-body';
import { requireStaff } from '../middleware/staff';
import { noQuery, parseInput } from '../middleware/zod-input';
import { partnerIdPath } from './partner-path';

const path = partnerIdPath.extend({
  decision: z.enum(moderationDecisions, { error: `must be ${alternatives(moderationDecisions)}` }),
});

/**
 * POST /moderation/jobs/{id}/{decision}, application/json (staff only): approve ({ contentHash } of
 * the version reviewed; 409 if the posting changed since), reject
 * ({ reason }, e-mailed to the firm) or take down ({}). Answers { id, status, email }.
 */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    await requireStaff(event);
    const { id, decision } = parseInput(path, event.pathParameters, 'path');
    const postings = partnerPostings();
    if (decision === 'reject') return json(200, await postings.reject(id, parseBody(rejectBodySchema, event).reason));
    if (decision === 'approve')
      return json(200, await postings.approve(id, parseBody(approveBodySchema, event).contentHash));
    parseBody(emptyBodySchema, event);
    return json(200, await postings.takeDown(id));
  },
  { siteOnly: true },
);
