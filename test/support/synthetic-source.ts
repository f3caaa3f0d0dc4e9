import { ParseError } from '../../shared/errors';
import type { FetchRequest, FetchResponse, HttpFetcher, StreamResponse } from '../../shared/http/http-client';
import { normaliseJob } from '../../shared/normalise/normalise-job';
import type { RawJob } from '../../shared/sources/raw-job';
import type { ListPage, PageRequest, SourceAdapter } from '../../shared/sources/source-adapter';

/*
 * A job source made up for runner tests, small enough to script page by page: what the runner does
 * with paging, declared totals, streamed files and their validators, without a portal's parser in the
 * way. Its pages and files are JSON written by the tests themselves.
 */

export const SYNTHETIC = 'synthetic';
const ORIGIN = 'https://jobs.example.org';

/** One job in Ostrava, written in English, with a content that changes with `version`. */
export function job(n: number, version = 1): RawJob {
  return {
    source: SYNTHETIC,
    sourceId: String(n),
    url: `${ORIGIN}/jobs/${n}`,
    title: `Software developer ${n}`,
    description: `We build route planning software for public transport. Version ${version} of this advert. English is our working language.`,
    company: 'Example Transit s.r.o.',
    city: 'Ostrava',
    postedAt: '2026-11-20',
  };
}

/** A list page: `{ jobs, total?, next? }`. */
export interface SyntheticPage {
  jobs: RawJob[];
  total?: number;
  next?: string;
}

export const listUrl = (walk: string, page = 1) => `${ORIGIN}/list/${walk}?page=${page}`;
export const FILE_URL = `${ORIGIN}/export/jobs.jsonl`;
export const REFERENCE_URL = `${ORIGIN}/export/towns.json`;

/** A source walked as lists, one walk per name in `walks`. */
export function listSource(walks: string[] = ['a']): SourceAdapter<RawJob> {
  return {
    name: SYNTHETIC,
    kind: 'job',
    startRequests: () => walks.map((walk) => ({ url: listUrl(walk) })),
    parseList(body: string, request: PageRequest): ListPage<RawJob> {
      let page: SyntheticPage;
      try {
        page = JSON.parse(body) as SyntheticPage;
      } catch {
        throw new ParseError('not a list page', request.url);
      }
      if (!Array.isArray(page.jobs)) throw new ParseError('no jobs array', request.url);
      return { records: page.jobs, declaredTotal: page.total, next: page.next ? { url: page.next } : undefined };
    },
    normalise: normaliseJob,
  };
}

/**
 * A source published as one file of JSON lines, one job a line, read as it streams; with
 * `references`, a reference file fetched first, whose body is handed to every record as its `company`
 * (so a test can see that it arrived).
 */
export function fileSource(options: { references?: boolean } = {}): SourceAdapter<RawJob> {
  return {
    ...listSource(),
    startRequests: () => [{ url: FILE_URL }],
    ...(options.references ? { referenceRequests: () => [{ url: REFERENCE_URL }] } : {}),
    async *streamRecords(body: AsyncIterable<Buffer | string>, references: readonly string[] = []) {
      let text = '';
      for await (const chunk of body) text += chunk.toString();
      for (const line of text.split('\n')) {
        if (line.trim() === '') continue;
        let record: RawJob;
        try {
          record = JSON.parse(line) as RawJob;
        } catch {
          throw new ParseError('not a line of JSON', FILE_URL);
        }
        yield references[0] ? { ...record, company: references[0] } : record;
      }
    },
  };
}

/** A file's body: one job a line. */
export const jsonLines = (jobs: RawJob[]) => jobs.map((j) => JSON.stringify(j)).join('\n');

export interface Answer {
  status?: number;
  body?: string;
  headers?: Record<string, string>;
  /** A 304 to a conditional GET. */
  notModified?: boolean;
}

/** Answers each URL as scripted (a page, a status, or a thrown error), and keeps every request it got. */
export class SyntheticFetcher implements HttpFetcher {
  requestCount = 0;
  readonly requests: FetchRequest[] = [];
  constructor(private readonly answers: Record<string, Answer | Error>) {}

  private answer(request: FetchRequest): Answer {
    this.requestCount++;
    this.requests.push(request);
    const answer = this.answers[request.url];
    if (answer instanceof Error) throw answer;
    if (!answer) throw new Error(`no answer scripted for ${request.url}`);
    return answer;
  }

  async fetch(request: FetchRequest): Promise<FetchResponse> {
    const a = this.answer(request);
    return {
      url: request.url,
      status: a.notModified ? 304 : (a.status ?? 200),
      headers: a.headers ?? {},
      body: a.notModified ? '' : (a.body ?? ''),
      notModified: a.notModified ?? false,
    };
  }

  async fetchStream(request: FetchRequest): Promise<StreamResponse> {
    const a = this.answer(request);
    const body = a.notModified ? '' : (a.body ?? '');
    async function* chunks() {
      // Several chunks, so that a record may arrive split across two.
      for (let at = 0; at < body.length; at += 1000) yield Buffer.from(body.slice(at, at + 1000));
    }
    return {
      url: request.url,
      status: a.notModified ? 304 : (a.status ?? 200),
      headers: a.headers ?? {},
      body: chunks(),
      notModified: a.notModified ?? false,
    };
  }
}

/** The answers of a walk of list pages, each page holding the given jobs. */
export function walk(name: string, pages: RawJob[][], total?: number): Record<string, Answer> {
  return Object.fromEntries(
    pages.map((jobs, i) => [
      listUrl(name, i + 1),
      {
        body: JSON.stringify({
          jobs,
          total,
          next: i + 1 < pages.length ? listUrl(name, i + 2) : undefined,
        } satisfies SyntheticPage),
      },
    ]),
  );
}

/**
 * Jobs in Bruntál, 62 km from Ostrava: left out on their card, before any normalising, so that a test
 * of batching can stream hundreds of records cheaply.
 */
export const farJobs = (from: number, to: number) => jobs(from, to).map((j) => ({ ...j, city: 'Bruntál' }));

/** Jobs numbered from `from` to `to`, inclusive. */
export const jobs = (from: number, to: number, version = 1) =>
  Array.from({ length: to - from + 1 }, (_, i) => job(from + i, version));
