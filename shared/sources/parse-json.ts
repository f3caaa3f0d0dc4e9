import { BlockedError, ParseError } from '../errors';

const BLOCK_PAGE =
  /captcha|are you a robot|přístup (byl )?(odepřen|zablokován)|access denied|too many requests|cf-chl|challenge-platform/i;

/**
 * Parses a JSON response body; an HTML block or captcha page (often served with status 200) becomes
 * BlockedError, anything else that is not JSON a ParseError.
 */
export function parseJsonBody(body: string, url: string): unknown {
  try {
    return JSON.parse(body);
  } catch (error) {
    if (BLOCK_PAGE.test(body.slice(0, 20_000)))
      throw new BlockedError('the portal served a block or captcha page', url, { cause: error });
    throw new ParseError('the response is not the JSON this adapter knows', url, { cause: error });
  }
}

/** True when an HTML page is a block or captcha page rather than content. */
export function isBlockPage(html: string): boolean {
  return BLOCK_PAGE.test(html.slice(0, 20_000));
}

/** A slug for a URL path segment: folded, lower-case, hyphen-separated. */
export function slug(text: string | undefined): string {
  return (text ?? '')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
