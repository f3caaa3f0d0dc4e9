import { alertInputSchema } from '../../shared/alerts/alert-input';
import { config } from '../../shared/config';
import { searchAlerts } from '../alerts-deps';
import { clientIp } from '../middleware/client-ip';
import { httpStack, json } from '../middleware/http-stack';
import { parseBody } from '../middleware/json-body';
import { noQuery } from '../middleware/zod-input';

/**
 * POST /alerts ({ email, search }, application/json): saves a search for daily e-mail alerts. 201; the
 * subscription is unconfirmed, and only the confirmation e-mail is sent until its link is used.
 */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    const input = parseBody(alertInputSchema, event);
    return json(201, await searchAlerts().subscribe(input, clientIp(event, config().ORIGIN_VERIFY_SECRET)), {
      'Cache-Control': 'no-store',
    });
  },
  { siteOnly: true },
);
