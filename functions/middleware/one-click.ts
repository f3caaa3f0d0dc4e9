import * as z from 'zod';
import { InputError, PayloadTooLargeError, UnsupportedMediaTypeError } from '../../shared/errors';
import type { HttpEvent } from './http-stack';
import { parseBody } from './json-body';

/** A one-click body is one short field; anything longer is not one. */
const MAX_ONE_CLICK_BYTES = 2048;
// multipart/form-data (RFC 7578): a part named List-Unsubscribe whose value is One-Click.
const ONE_CLICK_PART = /content-disposition:\s*form-data;\s*name="List-Unsubscribe"\r?\n\r?\nOne-Click\r?\n/i;

/**
 * The body of an unsubscribe POST: RFC 8058's one-click (`List-Unsubscribe=One-Click`, sent by a mail
 * provider as application/x-www-form-urlencoded or multipart/form-data), or `{}` as application/json
 * from our site. Anything else is refused: 415 for another media type, 400 for another form.
 */
export function parseUnsubscribeBody(event: HttpEvent): void {
  const mediaType = (event.headers?.['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType === 'application/json') {
    parseBody(z.strictObject({}), event);
    return;
  }
  if (mediaType !== 'application/x-www-form-urlencoded' && mediaType !== 'multipart/form-data') {
    throw new UnsupportedMediaTypeError(
      'the body must be List-Unsubscribe=One-Click (RFC 8058) as a form, or {} as application/json',
    );
  }
  const raw =
    event.body === undefined
      ? ''
      : event.isBase64Encoded
        ? Buffer.from(event.body, 'base64').toString('utf8')
        : event.body;
  if (Buffer.byteLength(raw) > MAX_ONE_CLICK_BYTES)
    throw new PayloadTooLargeError(`the body must be at most ${MAX_ONE_CLICK_BYTES} bytes`);
  // A form as a form decoder reads it: "One%2DClick" is One-Click, other fields may come along.
  const oneClick =
    mediaType === 'multipart/form-data'
      ? ONE_CLICK_PART.test(raw)
      : new URLSearchParams(raw.trim()).getAll('List-Unsubscribe').includes('One-Click');
  if (!oneClick) throw new InputError('the body must be List-Unsubscribe=One-Click (RFC 8058)', 'body');
}
