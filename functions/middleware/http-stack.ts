import middy from '@middy/core';
import httpCors from '@middy/http-cors';
import httpErrorHandler from '@middy/http-error-handler';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpSecurityHeaders from '@middy/http-security-headers';
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { config } from '../../shared/config';
import { log } from '../../shared/log';
import { lambdaObservability } from '../observability';
import { conditionalGet } from './conditional-get';
import { CORS_MAX_AGE_SECONDS, SITE_CORS_HEADERS, SITE_CORS_METHODS } from './cors-lists';
import { errorResponses, INTERNAL_ERROR_BODY } from './error-responses';
import { siteOnly } from './site-only';

export type HttpEvent = APIGatewayProxyEventV2;
export type HttpResult = APIGatewayProxyStructuredResultV2;

export interface HttpStackOptions {
  /** Seconds a client may cache a 200 (with ETag / 304); omit for responses that must not be cached. */
  cacheSeconds?: number;
  /**
   * For the partner and moderation routes (writes and secrets): CORS allows only the configured
   * site origin (none when SITE_ORIGIN is "*": the own site calls the API on its own origin), and
   * requests a browser sent from another site are refused (403).
   */
  siteOnly?: boolean;
}

const CORS_HEADERS = {
  methods: SITE_CORS_METHODS.join(','),
  headers: SITE_CORS_HEADERS.join(','),
  maxAge: CORS_MAX_AGE_SECONDS,
};

/**
 * The one middleware chain every API handler shares: the Lambda context in the logs and the X-Ray
 * trace (lambdaObservability), header normalising, CORS and security headers,
 * conditional GET, domain errors mapped to 4xx, and http-error-handler turning anything else into a
 * bare 500 (logged once here, never shown to the client).
 */
export function httpStack(handler: (event: HttpEvent) => Promise<HttpResult>, options: HttpStackOptions = {}) {
  const siteOrigin = config().SITE_ORIGIN;
  const stack = middy<HttpEvent, HttpResult>().use(lambdaObservability()).use(httpHeaderNormalizer());
  if (!options.siteOnly) stack.use(httpCors({ origin: siteOrigin, ...CORS_HEADERS }));
  else if (siteOrigin !== '*') stack.use(httpCors({ origins: [siteOrigin], ...CORS_HEADERS }));
  stack
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
  if (options.siteOnly) stack.use(siteOnly(siteOrigin));
  return stack.handler(handler);
}

/** A JSON response. */
export function json(statusCode: number, body: unknown, headers: Record<string, string> = {}): HttpResult {
  return {
    statusCode,
    headers: { 'Content-Type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}
