import type { MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { ForbiddenError } from '../../shared/errors';

/**
 * Refuses a request a browser sent from another site, unless from `siteOrigin` (the one other origin
 * the deployment allows; "*" allows none). Browsers say where a request comes from in
 * `Sec-Fetch-Site` (Fetch Metadata, the W3C "resource isolation policy"): `same-origin` is our own
 * site (behind CloudFront the API shares its origin), `none` a typed URL; anything else is another
 * site. Clients that are not browsers send neither header and are judged by their secrets alone.
 */
export function siteOnly(siteOrigin: string): MiddlewareObj<APIGatewayProxyEventV2> {
  return {
    before: (request) => {
      const headers = request.event.headers ?? {};
      const fetchSite = headers['sec-fetch-site'];
      const origin = headers.origin;
      if (siteOrigin !== '*' && origin === siteOrigin) return;
      if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none')
        throw new ForbiddenError('requests from other sites are not accepted here');
      // A browser without Fetch Metadata still sends Origin on a cross-site write; "null" is an opaque (sandboxed) origin.
      if (fetchSite === undefined && origin === 'null')
        throw new ForbiddenError('requests from other sites are not accepted here');
    },
  };
}
