import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpErrorHandler from '@middy/http-error-handler';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpSecurityHeaders from '@middy/http-security-headers';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { config } from '../../shared/config';
import { log } from '../../shared/log';
import { conditionalGet } from './conditional-get';
import { errorResponses, INTERNAL_ERROR_BODY } from './error-responses';

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = APIGatewayProxyStructuredResultV2;

export interface HttpStackOptions {
  /** Seconds a client may cache a 200 (with ETag / 304); omit for responses that must not be cached. */
  cacheSeconds?: number;
}

/**
 * The one middleware chain every API handler shares: header normalising, CORS and security headers,
 * conditional GET, domain errors mapped to 4xx, and http-error-handler turning anything else into a
 * bare 500 (logged once here, never shown to the client).
 */
export function httpStack(handler: (event: HttpEvent) => Promise<HttpResult>, options: HttpStackOptions = {}) {
  const stack = middy<HttpEvent, HttpResult>()
    .use(httpHeaderNormalizer())
    .use(httpCors({ origin: config().SITE_ORIGIN, methods: 'GET,POST,PUT,OPTIONS', headers: 'content-type,if-none-match,authorization,x-staff-token', maxAge: 600 }))
    .use(httpSecurityHeaders())
    .use(
      httpErrorHandler({
        fallbackMessage: INTERNAL_ERROR_BODY,
        logger: (error: unknown) => {
          const status = (error as { statusCode?: number }).statusCode;
          if (status === undefined || status >= 500) log.error('request failed', { error });
        },
      }),
    )
    .use(errorResponses());
  if (options.cacheSeconds !== undefined) stack.use(conditionalGet({ maxAgeSeconds: options.cacheSeconds }));
  return stack.handler(handler);
}

/** A JSON response. */
export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return { statusCode, headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers }, body: JSON.stringify(body) };
}
