import * as z from 'zod';
import { alternatives, partnerActions } from '../../shared/api/route-enums';
import { emptyBodySchema, renewBodySchema } from '../../shared/partner/posting-input';
import { partnerPostings } from '../partner-deps';
import { httpStack, json } from '../middleware/http-stack';
import { bearerToken, parseBody } from '../middleware/json-body';
import { noQuery, parseInput } from '../middleware/zod-input';
import { partnerIdPath } from './partner-path';

const path = partnerIdPath.extend({
  action: z.enum(partnerActions, { error: `must be ${alternatives(partnerActions)}` }),
});

/**
 * POST /partner/jobs/{id}/{action}, application/json. With the management token as bearer: `close`
 * ({}), `renew` ({ expiresOn }), `resend-confirmation` ({}). With the confirmation link's token as
 * bearer: `confirm` ({}).
 */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    const { id, action } = parseInput(path, event.pathParameters, 'path');
    const token = bearerToken(event);
    const postings = partnerPostings();
    if (action === 'renew')
      return json(200, await postings.renew(id, token, parseBody(renewBodySchema, event).expiresOn));
    parseBody(emptyBodySchema, event);
    const actions = {
      close: () => postings.close(id, token),
      confirm: () => postings.confirm(id, token),
      'resend-confirmation': () => postings.resendConfirmation(id, token),
    };
    return json(200, await actions[action]());
  },
  { siteOnly: true },
);
