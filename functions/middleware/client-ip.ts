import { isIP } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { sameSecret } from '../../shared/util/same-secret';

/** Set by the site's CloudFront function from the viewer's address (any value the client sent is replaced). */
export const VIEWER_IP_HEADER = 'x-viewer-ip';
/** Sent by CloudFront to the API origin with a secret only the stack knows. */
export const ORIGIN_VERIFY_HEADER = 'x-origin-verify';

/**
 * The address of whoever made the request. Behind CloudFront, API Gateway sees CloudFront's address,
 * shared by everyone at that edge: the viewer's own address comes in a header, which is believed only
 * when the request also carries the origin secret (so a client calling the API directly cannot
 * choose its address). Otherwise the connection's address.
 */
export function clientIp(event: APIGatewayProxyEventV2, originSecret: string | undefined): string {
  const headers = event.headers ?? {};
  const viewer = headers[VIEWER_IP_HEADER];
  if (viewer && isIP(viewer) !== 0 && sameSecret(headers[ORIGIN_VERIFY_HEADER], originSecret)) return viewer;
  return event.requestContext.http.sourceIp;
}
