import { postingInputSchema } from '../../shared/partner/posting-input';
import { partnerPostings } from '../partner-deps';
import { clientIp } from '../middleware/client-ip';
import { httpStack, json } from '../middleware/http-stack';
import { noQuery } from '../middleware/zod-input';
import { parseBody } from '../middleware/json-body';
import { originVerifySecret } from '../secrets';

/**
 * POST /partner/jobs (a PartnerPostingInput, application/json): a firm submits a job. 201 with the
 * management link and whether the confirmation e-mail went out; the posting waits for its contact
 * address to be confirmed, then for the centre's approval.
 */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    const input = parseBody(postingInputSchema, event);
    return json(201, await partnerPostings().submit(input, clientIp(event, await originVerifySecret())), {
      'Cache-Control': 'no-store',
    });
  },
  { siteOnly: true },
);
