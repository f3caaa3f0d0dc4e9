import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseError } from '../../shared/errors';
import type { FetchRequest, FetchResponse, HttpFetcher, StreamResponse } from '../../shared/http/http-client';

interface RecordedResponse {
  method: string;
  url: string;
  status: number;
  file: string;
  /** For POST requests: the exact body that was sent. */
  body?: string;
  /** The recorded ETag: a request that sends it back gets 304. */
  etag?: string;
}

export const FIXTURES_DIR = join(__dirname, '../../test/fixtures');

/**
 * Serves a source's recorded responses (test/fixtures/<source>/replay.json) in place of the portal,
 * so that the whole pipeline runs offline: `--replay`. A request nobody recorded is a ParseError,
 * never a silent empty answer.
 */
export class ReplayFetcher implements HttpFetcher {
  private readonly responses: RecordedResponse[];
  private requests = 0;

  constructor(private readonly dir: string) {
    this.responses = (
      JSON.parse(readFileSync(join(dir, 'replay.json'), 'utf8')) as { responses: RecordedResponse[] }
    ).responses;
  }

  static forSource(source: string): ReplayFetcher {
    return new ReplayFetcher(join(FIXTURES_DIR, source));
  }

  get requestCount(): number {
    return this.requests;
  }

  async fetch(request: FetchRequest): Promise<FetchResponse> {
    const { recorded, headers, notModified } = this.find(request);
    return {
      url: request.url,
      status: notModified ? 304 : recorded.status,
      headers,
      body: notModified ? '' : readFileSync(join(this.dir, recorded.file), 'utf8'),
      notModified,
    };
  }

  async fetchStream(request: FetchRequest): Promise<StreamResponse> {
    const { recorded, headers, notModified } = this.find(request);
    const body = notModified
      ? (async function* () {})()
      : createReadStream(join(this.dir, recorded.file), { highWaterMark: 256 * 1024 });
    return {
      url: request.url,
      status: notModified ? 304 : recorded.status,
      headers,
      body: body as AsyncIterable<Buffer>,
      notModified,
    };
  }

  private find(request: FetchRequest) {
    this.requests++;
    const method = request.method ?? 'GET';
    const recorded = this.responses.find(
      (r) =>
        r.method === method &&
        r.url === request.url &&
        (r.body === undefined || normaliseBody(r.body) === normaliseBody(request.body)),
    );
    if (!recorded) throw new ParseError('no recorded response for this request', request.url);
    const headers: Record<string, string> = {
      'content-type': /\.json$/.test(recorded.file) ? 'application/json' : 'text/html; charset=utf-8',
    };
    if (recorded.etag) headers.etag = recorded.etag;
    return { recorded, headers, notModified: recorded.etag !== undefined && request.etag === recorded.etag };
  }
}

function normaliseBody(body: string | undefined): string {
  try {
    return JSON.stringify(JSON.parse(body ?? ''));
  } catch {
    return body ?? '';
  }
}
