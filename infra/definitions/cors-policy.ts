import {
  CORS_MAX_AGE_SECONDS,
  PUBLIC_CORS_HEADERS,
  PUBLIC_CORS_METHODS,
  SITE_CORS_HEADERS,
  SITE_CORS_METHODS,
} from '../../functions/middleware/cors-lists';

/**
 * What a browser on another origin may call, as answered to a CORS preflight; read by the CDK stack
 * (API Gateway answers preflights) and by the local server. Reading listings is public ("*": GET
 * only, no credentials headers). Writes and moderation are for the site: its own origin needs no
 * CORS (the API is under /api on it), so only a configured `siteOrigin` is allowed them.
 * Plain data, no CDK imports; the lists are functions/middleware/cors-lists.ts.
 */

export interface CorsPolicy {
  allowOrigins: string[];
  allowMethods: ('GET' | 'POST' | 'PUT' | 'OPTIONS')[];
  allowHeaders: string[];
  /** How long a browser keeps the preflight answer, seconds (Access-Control-Max-Age; see CORS_MAX_AGE_SECONDS). */
  maxAgeSeconds: number;
}

export function corsPolicy(siteOrigins: readonly string[]): CorsPolicy {
  const specific = siteOrigins.filter((origin) => origin !== '*');
  if (specific.length > 0)
    return {
      allowOrigins: specific,
      allowMethods: [...SITE_CORS_METHODS],
      allowHeaders: [...SITE_CORS_HEADERS],
      maxAgeSeconds: CORS_MAX_AGE_SECONDS,
    };
  return {
    allowOrigins: ['*'],
    allowMethods: [...PUBLIC_CORS_METHODS],
    allowHeaders: [...PUBLIC_CORS_HEADERS],
    maxAgeSeconds: CORS_MAX_AGE_SECONDS,
  };
}
