/**
 * What CORS lets a browser on another origin send: declared once for the functions' own CORS headers
 * (http-stack), API Gateway's preflight answers (the CDK stack) and the local server (infra/definitions/cors-policy).
 */

/** The site's own calls: reads, partner writes and moderation. */
export const SITE_CORS_METHODS = ['GET', 'POST', 'PUT', 'OPTIONS'] as const;
export const SITE_CORS_HEADERS = ['content-type', 'if-none-match', 'authorization', 'x-staff-token'] as const;

/** Any other origin: reads only, without credentials headers. */
export const PUBLIC_CORS_METHODS = ['GET', 'OPTIONS'] as const;
export const PUBLIC_CORS_HEADERS = ['if-none-match'] as const;

/**
 * Seconds a browser may keep a preflight answer (Access-Control-Max-Age) instead of asking again
 * before each call. Browsers cap it: Chromium at 7200 s (600 s before v76), Firefox at 86400 s;
 * without the header a preflight is kept 5 s (MDN, Access-Control-Max-Age). 600 s holds in every one
 * of them, and a changed CORS policy reaches browsers within 10 minutes of a deploy.
 */
export const CORS_MAX_AGE_SECONDS = 600;
