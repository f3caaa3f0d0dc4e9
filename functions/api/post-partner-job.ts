import { config } from '../../shared/config';
import { partnerPostings } from '../partner-deps';
import { clientIp } from '../middleware/client-ip';
import { httpStack, json } from '../middleware/http-stack';
import { jsonBody } from '../middleware/json-body';

/** POST /partner/jobs: a firm submits a job; it is pending until the centre approves it. */
export const handler = httpStack(async (event) => json(201, await partnerPostings().submit(jsonBody(event), clientIp(event, config().ORIGIN_VERIFY_SECRET))));
