import { searchAlerts } from '../alerts-deps';
import { httpStack, json } from '../middleware/http-stack';
import { bearerToken } from '../middleware/json-body';
import { noQuery, parseInput } from '../middleware/zod-input';
import { alertIdPath } from './alert-path';

/** GET /alerts/{id}: the subscription, for its management page (the management link's token as bearer). */
export const handler = httpStack(
  async (event) => {
    noQuery(event);
    const { id } = parseInput(alertIdPath, event.pathParameters, 'path');
    return json(200, await searchAlerts().view(id, bearerToken(event)), { 'Cache-Control': 'no-store' });
  },
  { siteOnly: true },
);
