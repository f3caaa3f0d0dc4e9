/**
 * The site's security headers, declared once: CloudFront's response headers policy sends them in the
 * cloud, the local server sends them with the static files, and the build writes the policy into the
 * page's meta tag as a fallback (a meta tag cannot carry frame-ancestors).
 */

/** Where the site reaches the API: the same origin, under /api (CloudFront strips the prefix). */
export const API_PREFIX = '/api';

/**
 * The hosts the sources' photos are served from, hot-linked, never re-hosted (as the scrapers record
 * them: sreality on numbered *.sdn.cz hosts, idnes, bezrealitky and ulovdomov on one host each). The
 * site shows a photo only from these, so that the policy and the page agree.
 */
export const PHOTO_HOSTS: readonly string[] = [
  'https://*.sdn.cz',
  'https://sta-reality2.1gr.cz',
  'https://api.bezrealitky.cz',
  'https://photo.ulovdomov.cz',
];

/** OpenStreetMap's standard tile layer (tile usage policy: attribution shown, a valid referrer, no bulk download). */
export const MAP_TILE_HOST = 'https://tile.openstreetmap.org';
export const MAP_TILE_URL = `${MAP_TILE_HOST}/{z}/{x}/{y}.png`;

const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self'"],
  // Listing photos from the portals' image hosts, and the map's tiles: exactly these.
  ['img-src', ["'self'", ...PHOTO_HOSTS, MAP_TILE_HOST].join(' ')],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.map(([name, value]) => `${name} ${value}`).join('; ');
/** The same policy without what a meta tag ignores. */
export const CONTENT_SECURITY_POLICY_META = CSP_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors')
  .map(([name, value]) => `${name} ${value}`)
  .join('; ');

/** Two years of HTTPS only, subdomains too. */
export const HSTS_MAX_AGE_SECONDS = 63_072_000;
export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The headers as the local server sends them (CloudFront sets the same through its policy). */
export const SITE_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': REFERRER_POLICY,
  'x-frame-options': 'DENY',
};
