import type { MiddlewareObj } from '@middy/core';
import { ConflictError, ForbiddenError, InputError, NotFoundError, PayloadTooLargeError, RateLimitedError, UnsupportedMediaTypeError } from '../../shared/errors';

/**
 * Turns the errors a client may see into exposed HTTP errors with JSON bodies; everything else is
 * left for http-error-handler, which answers a bare 500 and hides the details.
 */
export function errorResponses(): MiddlewareObj {
  return {
    onError: (request) => {
      const error = request.error;
      if (error instanceof InputError) {
        request.error = httpError(400, { error: 'invalid_parameter', parameter: error.field, message: error.message });
      } else if (error instanceof NotFoundError) {
        request.error = httpError(404, { error: 'not_found', message: error.message });
      } else if (error instanceof ForbiddenError) {
        request.error = httpError(403, { error: 'forbidden', message: error.message });
      } else if (error instanceof ConflictError) {
        request.error = httpError(409, { error: 'conflict', message: error.message });
      } else if (error instanceof RateLimitedError) {
        request.error = httpError(429, { error: 'rate_limited', message: error.message });
      } else if (error instanceof PayloadTooLargeError) {
        request.error = httpError(413, { error: 'payload_too_large', message: error.message });
      } else if (error instanceof UnsupportedMediaTypeError) {
        request.error = httpError(415, { error: 'unsupported_media_type', message: error.message });
      }
    },
  };
}

/** An error shaped the way http-error-handler exposes it. */
export function httpError(statusCode: number, body: Record<string, unknown>): Error & { statusCode: number; expose: boolean } {
  return Object.assign(new Error(JSON.stringify(body)), { statusCode, expose: true });
}

export const INTERNAL_ERROR_BODY = JSON.stringify({ error: 'internal_error', message: 'Something went wrong on our side. Please try again later.' });
