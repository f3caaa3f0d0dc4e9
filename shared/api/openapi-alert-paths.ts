import { ALERT_CONFIRMATION_HOURS } from '../alerts/alert-rules';
import { jsonContent, operation, schemaRef } from './openapi-operation';

/*
 * The saved-search (alert) routes of the OpenAPI document. API Gateway routes both actions through
 * one `{action}` route; the document names each as a path of its own.
 */

const alertId = {
  name: 'id',
  in: 'path',
  required: true,
  description: 'The alert id',
  schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{16}$' },
};
const crossSite = 'sent by a browser from another site (Sec-Fetch-Site), or';
const bodyErrors = {
  payload_too_large: 'the body is larger than allowed',
  unsupported_media_type: 'the body is not of an accepted type',
} as const;

export function alertPaths(): Record<string, unknown> {
  return {
    '/alerts': {
      post: operation({
        operationId: 'subscribeAlert',
        tag: 'Alerts',
        security: 'public',
        summary: 'Save a search for a daily e-mail of its new listings',
        description: `search holds GET /listings parameters as strings (cursor refused; sort and limit dropped). The subscription is unconfirmed, and nothing but the confirmation e-mail is sent, until its link is used (valid ${ALERT_CONFIRMATION_HOURS} h; then the address is deleted). The management link goes only to the address.`,
        requestBody: 'AlertInput',
        ok: { status: 201, description: 'Stored, unconfirmed', schema: 'AlertSubscribed' },
        errors: {
          ...bodyErrors,
          invalid_parameter: 'the address or a search parameter is invalid (named)',
          forbidden: 'sent by a browser from another site (Sec-Fetch-Site)',
          rate_limited: 'too many alerts from this address (an IPv6 /64 counts as one) or for this e-mail address',
        },
      }),
    },
    '/alerts/{id}': {
      parameters: [alertId],
      get: operation({
        operationId: 'viewAlert',
        tag: 'Alerts',
        security: 'alertToken',
        summary: 'The subscription, for its management page',
        ok: { status: 200, description: 'The subscription', schema: 'Alert' },
        errors: {
          invalid_parameter: 'the id is malformed',
          forbidden: `${crossSite} not a valid management link (or the alert is gone)`,
        },
      }),
    },
    '/alerts/{id}/confirm': {
      parameters: [alertId],
      post: operation({
        operationId: 'confirmAlert',
        tag: 'Alerts',
        security: 'alertConfirmationToken',
        summary: 'Confirm the address: digests start with what is first seen from now on',
        requestBody: 'EmptyBody',
        ok: { status: 200, description: 'The subscription, confirmed', schema: 'Alert' },
        errors: {
          ...bodyErrors,
          invalid_parameter: 'the body is not {}',
          forbidden: `${crossSite} not a valid confirmation link, or it expired (${ALERT_CONFIRMATION_HOURS} h)`,
        },
      }),
    },
    '/alerts/{id}/unsubscribe': {
      parameters: [
        alertId,
        {
          name: 'token',
          in: 'query',
          required: false,
          description: "The e-mail's List-Unsubscribe URL carries it (RFC 8058); else the management token as bearer",
          schema: { type: 'string' },
        },
      ],
      post: {
        ...operation({
          operationId: 'unsubscribeAlert',
          tag: 'Alerts',
          security: 'alertToken',
          summary: 'Unsubscribe: the subscription and its address are deleted (RFC 8058 one-click)',
          description:
            'A mail client POSTs List-Unsubscribe=One-Click to the URL of the List-Unsubscribe header; the site posts {} with the management token. An alert that is already gone answers the same success.',
          ok: { status: 200, description: 'Unsubscribed', schema: 'AlertUnsubscribed' },
          errors: {
            ...bodyErrors,
            invalid_parameter: 'the body is not List-Unsubscribe=One-Click or {}',
            forbidden: `${crossSite} not a valid link of this alert`,
          },
        }),
        security: [{ alertToken: [] }, { alertUnsubscribeToken: [] }],
        requestBody: {
          required: false,
          content: {
            'application/x-www-form-urlencoded': {
              schema: {
                type: 'object',
                properties: { 'List-Unsubscribe': { const: 'One-Click' } },
                required: ['List-Unsubscribe'],
              },
            },
            'multipart/form-data': {
              schema: {
                type: 'object',
                properties: { 'List-Unsubscribe': { const: 'One-Click' } },
                required: ['List-Unsubscribe'],
              },
            },
            ...jsonContent(schemaRef('EmptyBody')),
          },
        },
      },
    },
  };
}
