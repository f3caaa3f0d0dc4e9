import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ParseError } from '../../shared/errors';
import type { FetchRequest, FetchResponse, HttpFetcher } from '../../shared/http/http-client';

interface RecordedResponse {
  method: string;
  url: string;
  status: number;
  file: string;
  /** For POST requests: the exact body that was sent. */
  body?: string;
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
    this.responses = (JSON.parse(readFileSync(join(dir, 'replay.json'), 'utf8')) as { responses: RecordedResponse[] }).responses;
  }

  static forSource(source: string): ReplayFetcher {
    return new ReplayFetcher(join(FIXTURES_DIR, source));
  }

  get requestCount(): number {
    return this.requests;
  }

  async fetch(request: FetchRequest): Promise<FetchResponse> {
    this.requests++;
    const method = request.method ?? 'GET';
    const recorded = this.responses.find(
      (r) => r.method === method && r.url === request.url && (r.body === undefined || normaliseBody(r.body) === normaliseBody(request.body)),
    );
    if (!recorded) throw new ParseError('no recorded response for this request', request.url);
    return {
      url: request.url,
      status: recorded.status,
      headers: { 'content-type': recorded.file.endsWith('.json') ? 'application/json' : 'text/html; charset=utf-8' },
      body: readFileSync(join(this.dir, recorded.file), 'utf8'),
      notModified: false,
    };
  }
}

function normaliseBody(body: string | undefined): string {
  try {
    return JSON.stringify(JSON.parse(body ?? ''));
  } catch {
    return body ?? '';
  }
}
