import type { MiddlewareObj } from '@middy/core';
import { apiErrorBody, apiErrorStatus, type ApiErrorCode } from '../../shared/api/api-errors';
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  PayloadTooLargeError,
  RateLimitedError,
  UnsupportedMediaTypeError,
} from '../../shared/errors';

/** The domain errors a client may see, each with its code (the status comes from apiErrorStatus). */
const exposed: ReadonlyArray<readonly [new (...args: never[]) => Error, ApiErrorCode]> = [
  [InputError, 'invalid_parameter'],
  [NotFoundError, 'not_found'],
  [ForbiddenError, 'forbidden'],
  [ConflictError, 'conflict'],
  [RateLimitedError, 'rate_limited'],
  [PayloadTooLargeError, 'payload_too_large'],
  [UnsupportedMediaTypeError, 'unsupported_media_type'],
];

/**
 * Turns the errors a client may see into exposed HTTP errors with JSON bodies; everything else is
 * left for http-error-handler, which answers a bare 500 and hides the details.
 */
export function errorResponses(): MiddlewareObj {
  return {
    onError: (request) => {
      const error = request.error;
      const code = exposed.find(([type]) => error instanceof type)?.[1];
      if (!code || !error) return;
      request.error = httpError(code, error.message, error instanceof InputError ? error.field : undefined);
    },
  };
}

/** An error shaped the way http-error-handler exposes it. */
export function httpError(
  code: ApiErrorCode,
  message: string,
  parameter?: string,
): Error & { statusCode: number; expose: boolean } {
  return Object.assign(new Error(JSON.stringify(apiErrorBody(code, message, parameter))), {
    statusCode: apiErrorStatus[code],
    expose: true,
  });
}

export const INTERNAL_ERROR_BODY = JSON.stringify(
  apiErrorBody('internal_error', 'Something went wrong on our side. Please try again later.'),
);
