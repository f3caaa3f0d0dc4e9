import { apiErrorStatus, type ApiErrorCode } from './api-errors';

/*
 * One OpenAPI operation from a short description: who may call it, what it takes, what it answers
 * and every error it can give. The answers every route shares are added here, so that no operation
 * can leave them out: 500 (the middleware's bare internal_error), 429 (API Gateway's throttle, before
 * any function runs), 400 for a query parameter the route does not take, and 304 for the routes that
 * send an ETag.
 */

/** The security schemes of components.securitySchemes; `public` is an operation that needs none. */
export type SecurityName =
  'public' | 'managementToken' | 'confirmationToken' | 'staffToken' | 'alertToken' | 'alertConfirmationToken';

export interface OperationSpec {
  operationId: string;
  summary: string;
  description?: string;
  tag: 'Listings' | 'Alerts' | 'Partner postings' | 'Moderation' | 'Meta';
  security: SecurityName;
  parameters?: readonly object[];
  /** A components.schemas name: the application/json request body. */
  requestBody?: string;
  /** The success answer: its status, words and components.schemas name (none for an empty body). */
  ok: {
    status: 200 | 201;
    description: string;
    schema?: string | object;
    /** application/json unless said. */ mediaType?: string;
  };
  /** The route sends an ETag and answers If-None-Match with 304. */
  conditional?: boolean;
  /** Every error code the route's own code can send, with what it means here; internal_error is always added. */
  errors: Partial<Record<Exclude<ApiErrorCode, 'internal_error'>, string>>;
}

export const schemaRef = (name: string) => ({ $ref: `#/components/schemas/${name}` });
export const jsonContent = (schema: object) => ({ 'application/json': { schema } });

const THROTTLED =
  "API Gateway's throttle (50 requests a second, bursts of 100) answers { message } before the API runs";

/** The operation object. */
export function operation(spec: OperationSpec): Record<string, unknown> {
  const errors: Partial<Record<ApiErrorCode, string>> = {
    // Every route refuses query parameters it does not take (functions/middleware/zod-input.ts).
    invalid_parameter: spec.errors.invalid_parameter ?? 'A query parameter this operation does not take',
    ...spec.errors,
    internal_error: 'Something went wrong on our side (details are logged, never sent)',
  };
  const responses: Record<string, object> = {
    [spec.ok.status]: {
      description: spec.ok.description,
      ...(spec.ok.schema
        ? {
            content: {
              [spec.ok.mediaType ?? 'application/json']: {
                schema: typeof spec.ok.schema === 'string' ? schemaRef(spec.ok.schema) : spec.ok.schema,
              },
            },
          }
        : {}),
    },
  };
  if (spec.conditional) responses[304] = { description: 'Not modified: If-None-Match matched the ETag' };
  for (const [code, description] of Object.entries(errors) as [ApiErrorCode, string][]) {
    responses[apiErrorStatus[code]] = {
      description: `${code}: ${description}`,
      content: jsonContent(schemaRef('Error')),
    };
  }
  const ownLimit = responses[429] as { description: string } | undefined;
  responses[429] = {
    description: ownLimit ? `${ownLimit.description}; or ${THROTTLED}` : `Too many requests: ${THROTTLED}`,
    content: jsonContent(
      ownLimit ? { anyOf: [schemaRef('Error'), schemaRef('GatewayError')] } : schemaRef('GatewayError'),
    ),
  };
  return {
    operationId: spec.operationId,
    summary: spec.summary,
    ...(spec.description ? { description: spec.description } : {}),
    tags: [spec.tag],
    // An empty list says "no credentials" explicitly, rather than leaving it to a client to guess.
    security: spec.security === 'public' ? [] : [{ [spec.security]: [] }],
    ...(spec.parameters ? { parameters: spec.parameters } : {}),
    // An action without parameters takes no body as {} (still sent as application/json).
    ...(spec.requestBody
      ? {
          requestBody: {
            required: spec.requestBody !== 'EmptyBody',
            content: jsonContent(schemaRef(spec.requestBody)),
          },
        }
      : {}),
    responses: Object.fromEntries(Object.entries(responses).sort(([a], [b]) => Number(a) - Number(b))),
  };
}
