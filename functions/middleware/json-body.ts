import { InputError, PayloadTooLargeError } from '../../shared/errors';
import type { HttpEvent } from './http-stack';

/** Form posts are small: anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 32 * 1024;

/** The request's JSON body; 413 when it is too large, 400 when it is not JSON. */
export function jsonBody(event: HttpEvent): unknown {
  const raw = event.body === undefined ? '' : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES) throw new PayloadTooLargeError(`the body must be at most ${MAX_BODY_BYTES} bytes`);
  try {
    return JSON.parse(raw);
  } catch (error) {
    throw new InputError('the body must be JSON', 'body', { cause: error });
  }
}

/** The bearer token of the Authorization header (the management link's secret). */
export function bearerToken(event: HttpEvent): string | undefined {
  return /^Bearer\s+([A-Za-z0-9_-]{10,200})$/.exec(event.headers?.authorization ?? '')?.[1];
}
