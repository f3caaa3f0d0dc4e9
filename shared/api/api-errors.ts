import * as z from 'zod';

/**
 * Every error code the API answers with, and its HTTP status: declared once, so that the middleware
 * that sends them (functions/middleware/error-responses.ts) and the OpenAPI document that lists them
 * (shared/api/openapi.ts) cannot drift. Each code has a status of its own, so a client may branch on
 * either.
 */
export const apiErrorStatus = {
  invalid_parameter: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
} as const;

export type ApiErrorCode = keyof typeof apiErrorStatus;

const apiErrorCodes = Object.keys(apiErrorStatus) as [ApiErrorCode, ...ApiErrorCode[]];

/** The body of every error answer the API's functions send (API Gateway's own answers are `gatewayErrorSchema`). */
export const errorSchema = z.object({
  error: z.enum(apiErrorCodes).describe('What went wrong, as a code: each has an HTTP status of its own'),
  parameter: z
    .string()
    .optional()
    .describe('The parameter or field at fault (invalid_parameter only), e.g. "kind" or "salary.min"'),
  message: z.string().describe('What is wrong, in words'),
});

export type ApiErrorBody = z.infer<typeof errorSchema>;

/**
 * The body API Gateway itself sends when it answers without calling a function: 429 when the stage's
 * throttle (50 requests a second, bursts of 100: infra/stack.ts) is exceeded.
 */
export const gatewayErrorSchema = z.object({ message: z.string().describe('e.g. "Too Many Requests"') });

/** An error body; the status goes with the code (apiErrorStatus). */
export function apiErrorBody(error: ApiErrorCode, message: string, parameter?: string): ApiErrorBody {
  return parameter === undefined ? { error, message } : { error, parameter, message };
}
