/**
 * The error taxonomy: an error's class decides what happens to it (crawlee-style).
 * Dispatch with `instanceof`, never on message text.
 */

/** Bad input from a client: answered with 400 and its message. */
export class InputError extends Error {
  override name = 'InputError';
  constructor(
    message: string,
    /** The parameter or field at fault, e.g. "kind" or "salary.min". */
    readonly field?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A paging cursor that is malformed or belongs to another query. */
export class InvalidCursorError extends InputError {
  override name = 'InvalidCursorError';
  constructor(reason: string, options?: ErrorOptions) {
    super(`invalid cursor: ${reason}`, 'cursor', options);
  }
}

/** The thing asked for does not exist: answered with 404. */
export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** One record failed validation: skip it and count it; the run goes on. */
export class RecordRejectedError extends Error {
  override name = 'RecordRejectedError';
  constructor(
    message: string,
    /** Path of the first offending field, e.g. "location.lat". */
    readonly field: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** A conditional write lost a race more times than we retry: the caller may run again. */
export class StaleWriteError extends Error {
  override name = 'StaleWriteError';
}

/** A write that conflicts with what is stored (e.g. a duplicate). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** The store could not do its work (throttled past retries, unavailable, rejected a request). */
export class StoreUnavailableError extends Error {
  override name = 'StoreUnavailableError';
}

/** A fetch that may succeed later (timeout, network error, 429, 5xx): retried with backoff. */
export class TransientFetchError extends Error {
  override name = 'TransientFetchError';
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    /** The Retry-After header of a 429 or 503, as sent. */
    readonly retryAfter?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** The portal refuses us (403, captcha page, robots.txt): this source's run stops; others go on. */
export class BlockedError extends Error {
  override name = 'BlockedError';
  constructor(
    message: string,
    readonly url: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** robots.txt disallows the URL for our User-Agent: it is not fetched, and the run says why. */
export class RobotsDisallowedError extends BlockedError {
  override name = 'RobotsDisallowedError';
}

/**
 * robots.txt could not be fetched (DNS, connection, timeout, 5xx): RFC 9309 says to crawl nothing
 * then, but the portal has not refused us. The run fails as unreachable, never "blocked".
 */
export class RobotsUnreachableError extends TransientFetchError {
  override name = 'RobotsUnreachableError';
}

/**
 * A response we cannot read (the layout changed, the body is truncated or too large): not retried;
 * the run is marked incomplete and the page is kept as a snapshot.
 */
export class ParseError extends Error {
  override name = 'ParseError';
  constructor(
    message: string,
    readonly url?: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/** Too many requests from one address or e-mail: answered with 429. */
export class RateLimitedError extends Error {
  override name = 'RateLimitedError';
}

/** A missing, wrong or expired secret (management link, staff token): answered with 403. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/** A request body over the limit: answered with 413. */
export class PayloadTooLargeError extends Error {
  override name = 'PayloadTooLargeError';
}

/** A catalogue snapshot that cannot be read (cut short, corrupt, of another format): readers keep the last good one. */
export class CatalogueUnreadableError extends Error {
  override name = 'CatalogueUnreadableError';
}

/** A catalogue snapshot changed between reading it and writing the next one: the writer builds again. */
export class CatalogueConflictError extends Error {
  override name = 'CatalogueConflictError';
}

/** A request body in a media type the route does not take (writes take only application/json): answered with 415. */
export class UnsupportedMediaTypeError extends Error {
  override name = 'UnsupportedMediaTypeError';
}

/** The machine translation service failed or refused a text: the listing is stored untranslated, with the reason. */
export class TranslationUnavailableError extends Error {
  override name = 'TranslationUnavailableError';
}
