import * as z from 'zod';
import { searchAlerts } from '../alerts-deps';
import { httpStack, json } from '../middleware/http-stack';
import { bearerToken, parseBody } from '../middleware/json-body';
import { parseUnsubscribeBody } from '../middleware/one-click';
import { parseInput } from '../middleware/zod-input';
import { alertIdPath } from './alert-path';

const path = alertIdPath.extend({
  action: z.enum(['confirm', 'unsubscribe'], { error: 'must be confirm or unsubscribe' }),
});
const token = z.string().regex(/^[A-Za-z0-9_-]{10,200}$/, 'must be the token of an alert link');
const confirmQuery = z.strictObject({});
const unsubscribeQuery = z.strictObject({ token: token.optional() });

/**
 * POST /alerts/{id}/confirm ({}, the confirmation link's token as bearer) and
 * POST /alerts/{id}/unsubscribe: RFC 8058 one-click, the token in `?token=` (a mail provider sends
 * nothing else), or from the site with the management token as bearer and `{}`.
 */
export const handler = httpStack(
  async (event) => {
    const { id, action } = parseInput(path, event.pathParameters, 'path');
    const alerts = searchAlerts();
    if (action === 'confirm') {
      parseInput(confirmQuery, event.queryStringParameters, 'query');
      parseBody(z.strictObject({}), event);
      return json(200, await alerts.confirm(id, bearerToken(event)), { 'Cache-Control': 'no-store' });
    }
    const query = parseInput(unsubscribeQuery, event.queryStringParameters, 'query');
    parseUnsubscribeBody(event);
    return json(200, await alerts.unsubscribe(id, query.token ?? bearerToken(event)), { 'Cache-Control': 'no-store' });
  },
  { siteOnly: true },
);
