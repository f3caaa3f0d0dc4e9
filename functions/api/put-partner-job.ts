import { postingInputSchema } from '../../shared/partner/posting-input';
import { partnerPostings } from '../partner-deps';
import { httpStack, json } from '../middleware/http-stack';
import { bearerToken, parseBody } from '../middleware/json-body';
import { noQuery, parseInput } from '../middleware/zod-input';
import { partnerIdPath } from './partner-path';

/** PUT /partner/jobs/{id} (a PartnerPostingInput): the poster edits; the posting goes back to moderation. */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    const { id } = parseInput(partnerIdPath, event.pathParameters, 'path');
    const input = parseBody(postingInputSchema, event);
    return json(200, await partnerPostings().edit(id, bearerToken(event), input));
  },
  { siteOnly: true },
);
