import type * as z from 'zod';
import { InputError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../../shared/errors';
import { describeIssues } from '../../shared/listing/validate-listing';
import type { HttpEvent } from './http-stack';

/** Form posts are small: anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 32 * 1024;

/**
 * The request's JSON body, parsed with the route's zod schema: the body schema a handler declares at
 * the edge, as it does its path and query. Only `application/json` is taken (415 otherwise), so that
 * no browser can send a write cross-site without a CORS preflight (a `text/plain` form post needs
 * none); 413 over MAX_BODY_BYTES; 400 naming the field when it is not JSON or not what the schema says.
 * An empty body is read as `{}` (actions without parameters).
 */
export function parseBody<S extends z.ZodType>(schema: S, event: HttpEvent): z.output<S> {
  const mediaType = (event.headers?.['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== 'application/json')
    throw new UnsupportedMediaTypeError('the body must be sent as application/json');
  const raw =
    event.body === undefined
      ? ''
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body;
  if (Buffer.byteLength(raw) > MAX_BODY_BYTES)
    throw new PayloadTooLargeError(`the body must be at most ${MAX_BODY_BYTES} bytes`);
  let body: unknown;
  try {
    body = raw.trim() === '' ? {} : JSON.parse(raw);
  } catch (error) {
    throw new InputError('the body must be JSON', 'body', { cause: error });
  }
  const result = schema.safeParse(body);
  if (result.success) return result.data;
  const { field, message } = describeIssues(result.error);
  throw new InputError(message, field === '(record)' ? 'body' : field);
}

/** The bearer token of the Authorization header (the management or confirmation link's secret). */
export function bearerToken(event: HttpEvent): string | undefined {
  return /^Bearer\s+([A-Za-z0-9_-]{10,200})$/.exec(event.headers?.authorization ?? '')?.[1];
}
