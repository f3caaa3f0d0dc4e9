import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { Readable } from 'node:stream';
import { request, type Dispatcher } from 'undici';
import { BlockedError, ParseError, RobotsDisallowedError, TransientFetchError } from '../errors';
import { HostPacer } from './host-pacer';
import { RobotsCache } from './robots-cache';
import { retryDelayMs } from './retry-delay';

export interface FetchRequest {
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** Validators from an earlier response, for a conditional GET. */
  etag?: string;
  lastModified?: string;
}

export interface FetchResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: string;
  /** True on 304: the caller's copy is still current and `body` is empty. */
  notModified: boolean;
}

/** A response whose body is read as it arrives (large files), decompressed. */
export interface StreamResponse {
  url: string;
  status: number;
  headers: Record<string, string>;
  body: AsyncIterable<Buffer>;
  notModified: boolean;
}

/** What scrapers fetch through: the live client, or the replay client serving recorded responses. */
export interface HttpFetcher {
  fetch(request: FetchRequest): Promise<FetchResponse>;
  /** The same, with the body streamed rather than read whole (for files of hundreds of MB). */
  fetchStream?(request: FetchRequest): Promise<StreamResponse>;
  /** Requests made so far (robots.txt included), for the run record. */
  readonly requestCount: number;
}

export interface HttpClientOptions {
  /** One honest User-Agent naming the service and a contact URL. */
  userAgent: string;
  timeoutMs?: number;
  /** Attempts after the first, on 429, 5xx, timeouts and network errors. */
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Minimum time between two requests to one host. */
  pacingMs?: number;
  /** Largest body read, after decompression. */
  maxBodyBytes?: number;
  /**
   * Longest a whole body may take to arrive, in ms (timeoutMs bounds only the gaps between chunks,
   * so a body sent a byte at a time would otherwise hold the fetch without end).
   */
  bodyDeadlineMs?: number;
  /** The same for a streamed body (a file of hundreds of MB), in ms. */
  streamDeadlineMs?: number;
  respectRobots?: boolean;
  /** undici dispatcher (tests pass a MockAgent). */
  dispatcher?: Dispatcher;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
  now?: () => number;
}

const DEFAULTS = {
  timeoutMs: 20_000,
  retries: 3,
  baseDelayMs: 1000,
  maxDelayMs: 60_000,
  pacingMs: 1000,
  maxBodyBytes: 10 * 1024 * 1024,
  bodyDeadlineMs: 60_000,
  // The daily MPSV file is ~190 MB: minutes on a slow link, within the scrape function's 15.
  streamDeadlineMs: 10 * 60_000,
};

/**
 * The one way the service fetches from portals: undici with timeouts, retries with exponential
 * backoff and jitter (honouring Retry-After), per-host pacing, robots.txt, conditional GET,
 * compression and a body size cap. Failures come out as the taxonomy's errors: TransientFetchError
 * once retries are spent, BlockedError for 401/403, RobotsDisallowedError (a fetched robots.txt
 * disallows), RobotsUnreachableError (robots.txt could not be fetched), ParseError for a body
 * too large or undecodable. Other statuses (404, 410, 422 …) are returned for the adapter to judge.
 */
export class HttpClient implements HttpFetcher {
  private readonly options: Required<Omit<HttpClientOptions, 'dispatcher'>> & { dispatcher?: Dispatcher };
  private readonly pacer: HostPacer;
  private readonly robots: RobotsCache;
  private requests = 0;

  constructor(options: HttpClientOptions) {
    this.options = {
      ...DEFAULTS,
      respectRobots: true,
      sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
      random: Math.random,
      now: Date.now,
      ...options,
    };
    this.pacer = new HostPacer(this.options.pacingMs, this.options.now, this.options.sleep);
    this.robots = new RobotsCache(this.options.userAgent, (url) => this.send({ url }, 1), this.options.now);
  }

  get requestCount(): number {
    return this.requests;
  }

  async fetch(req: FetchRequest): Promise<FetchResponse> {
    await this.checkRobots(req.url);
    return this.send(req, this.options.retries + 1);
  }

  async fetchStream(req: FetchRequest): Promise<StreamResponse> {
    await this.checkRobots(req.url);
    // Retries cover the request until its headers arrive; a body cut off mid-stream fails the run.
    return this.withRetries(req, this.options.retries + 1, async () => {
      const { raw, ...opened } = await this.open(req);
      if (opened.notModified) return { ...opened, body: emptyBody() };
      withDeadline(raw, this.options.streamDeadlineMs, req.url);
      return { ...opened, body: decoded(raw, opened.headers['content-encoding']) };
    });
  }

  private async checkRobots(url: string): Promise<void> {
    if (this.options.respectRobots && !(await this.robots.isAllowed(url))) {
      throw new RobotsDisallowedError('robots.txt disallows this URL for our User-Agent', url);
    }
  }

  private send(req: FetchRequest, attempts: number): Promise<FetchResponse> {
    return this.withRetries(req, attempts, () => this.once(req));
  }

  private async withRetries<T>(req: FetchRequest, attempts: number, run: () => Promise<T>): Promise<T> {
    let lastError: TransientFetchError | undefined;
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (lastError) {
        const delay = retryDelayMs({
          attempt,
          retryAfter: lastError.retryAfter,
          ...this.options,
          now: this.options.now(),
        });
        if (delay === undefined) break; // the portal asks us to wait longer than we will
        await this.options.sleep(delay);
      }
      try {
        return await run();
      } catch (error) {
        if (!(error instanceof RetryableFailure)) throw error;
        lastError = error.toTransient();
      }
    }
    throw lastError ?? new TransientFetchError('request failed', req.url);
  }

  /** Sends one request and classifies its status; the body is left unread. */
  private async open(
    req: FetchRequest,
  ): Promise<{ url: string; status: number; headers: Record<string, string>; raw: Readable; notModified: boolean }> {
    const url = new URL(req.url);
    await this.pacer.wait(url.host);
    this.requests++;
    const headers: Record<string, string> = {
      'user-agent': this.options.userAgent,
      'accept-encoding': 'gzip, br, deflate',
      ...lowerCaseKeys(req.headers ?? {}),
    };
    if (req.etag) headers['if-none-match'] = req.etag;
    if (req.lastModified) headers['if-modified-since'] = req.lastModified;
    let response: Awaited<ReturnType<typeof request>>;
    try {
      response = await request(url, {
        method: req.method ?? 'GET',
        headers,
        body: req.body,
        dispatcher: this.options.dispatcher,
        headersTimeout: this.options.timeoutMs,
        bodyTimeout: this.options.timeoutMs,
        maxRedirections: 0,
      } as Parameters<typeof request>[1]);
    } catch (error) {
      throw new RetryableFailure(`network error: ${(error as Error).message}`, req.url, undefined, undefined, error);
    }
    const responseHeaders = flattenHeaders(response.headers);
    const status = response.statusCode;
    if (status === 429 || status >= 500) {
      await response.body.dump().catch(() => undefined);
      throw new RetryableFailure(`the portal answered ${status}`, req.url, status, responseHeaders['retry-after']);
    }
    if (status === 401 || status === 403) {
      await response.body.dump().catch(() => undefined);
      throw new BlockedError(`the portal refused us with ${status}`, req.url);
    }
    if (status === 304) await response.body.dump().catch(() => undefined);
    return { url: req.url, status, headers: responseHeaders, raw: response.body, notModified: status === 304 };
  }

  private async once(req: FetchRequest): Promise<FetchResponse> {
    const opened = await this.open(req);
    if (opened.notModified)
      return { url: req.url, status: opened.status, headers: opened.headers, body: '', notModified: true };
    let body: string;
    try {
      withDeadline(opened.raw, this.options.bodyDeadlineMs, req.url);
      body = await readBody(opened.raw, opened.headers['content-encoding'], this.options.maxBodyBytes);
    } catch (error) {
      if (error instanceof ParseError) throw new ParseError(error.message, req.url, { cause: error });
      throw new RetryableFailure(
        `the body was cut off: ${(error as Error).message}`,
        req.url,
        undefined,
        undefined,
        error,
      );
    }
    return { url: req.url, status: opened.status, headers: opened.headers, body, notModified: false };
  }
}

/** Internal: a failure worth another attempt, carrying what the retry policy needs. */
class RetryableFailure extends Error {
  constructor(
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly retryAfter?: string,
    cause?: unknown,
  ) {
    super(message, { cause });
  }

  toTransient(): TransientFetchError {
    return new TransientFetchError(this.message, this.url, this.status, this.retryAfter, { cause: this.cause });
  }
}

/** The body, decompressed as the Content-Encoding says. */
function decoded(body: Readable, encoding: string | undefined): Readable {
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'br'
        ? createBrotliDecompress()
        : encoding === 'deflate'
          ? createInflate()
          : undefined;
  if (!decoder) return body;
  body.once('error', (error) => decoder.destroy(error));
  return body.pipe(decoder);
}

async function* emptyBody(): AsyncIterable<Buffer> {}

/** Ends a body that is still arriving after `ms` with a TransientFetchError (a timeout). */
function withDeadline(body: Readable, ms: number, url: string): void {
  const timer = setTimeout(
    () => body.destroy(new TransientFetchError(`the body took longer than ${ms} ms to arrive`, url)),
    ms,
  );
  timer.unref();
  body.once('close', () => clearTimeout(timer));
}

async function readBody(body: Readable, encoding: string | undefined, maxBytes: number): Promise<string> {
  const stream = decoded(body, encoding);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      body.destroy();
      throw new ParseError(`the response is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function flattenHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (value !== undefined) flat[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  return flat;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}
