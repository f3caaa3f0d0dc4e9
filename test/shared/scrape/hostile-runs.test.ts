import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { Readable } from 'node:stream';
import type { FetchRequest, FetchResponse, HttpFetcher, StreamResponse } from '../../../shared/http/http-client';
import { runSource } from '../../../shared/scrape/run-source';
import { adapters } from '../../../shared/sources/adapters';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { mutate, readEverywhere, recordedPages, type Reading } from '../../support/mutated-pages';
import { listingDraftSchema } from '../../../shared/listing/schema';

const FIXTURES = join(__dirname, '../../fixtures');

/** Recorded responses, except that the first list page of each walk answers with a hostile body. */
function hostileFetcher(source: string, body: string): HttpFetcher {
  const replay = ReplayFetcher.forSource(source);
  const starts = new Set(adapters[source]!.startRequests({ radiusKm: 35 }).map((r) => r.url + (r.body ?? '')));
  let requestCount = 0;
  return {
    get requestCount() {
      return requestCount;
    },
    async fetch(request: FetchRequest): Promise<FetchResponse> {
      requestCount++;
      if (starts.has(request.url + (request.body ?? '')))
        return { url: request.url, status: 200, headers: {}, body, notModified: false };
      return replay.fetch(request);
    },
    async fetchStream(request: FetchRequest): Promise<StreamResponse> {
      requestCount++;
      if (starts.has(request.url + (request.body ?? '')))
        return {
          url: request.url,
          status: 200,
          headers: {},
          body: Readable.from([Buffer.from(body)]),
          notModified: false,
        };
      return replay.fetchStream(request);
    },
  };
}

const cases = Object.keys(adapters).flatMap((source) =>
  readdirSync(join(FIXTURES, source))
    .filter((file) => file.startsWith('hostile-'))
    .map((file) => [source, file] as const),
);

describe('every adapter on its hostile fixtures', () => {
  it.each(cases)(
    '%s: %s ends as a recorded failed, incomplete, blocked or suspicious run, losing and expiring nothing',
    async (source, file) => {
      const store = new MemoryListingStore();
      const good = await runSource({
        adapter: adapters[source]!,
        fetcher: ReplayFetcher.forSource(source),
        store,
        now: () => new Date('2026-11-24T06:00:00Z'),
      });
      const active = await store.countActive(source);

      const run = await runSource({
        adapter: adapters[source]!,
        fetcher: hostileFetcher(source, readFileSync(join(FIXTURES, source, file), 'utf8')),
        store,
        now: () => new Date('2026-11-24T12:00:00Z'),
      });

      expect(good.outcome).toBe('complete');
      expect(run.note).not.toMatch(/needs a fetcher that streams/);
      const verdict = run.outcome === 'complete' ? (run.suspicious ? 'suspicious' : 'complete') : run.outcome;
      expect(verdict).toMatch(/^(failed|incomplete|blocked|suspicious)$/);
      expect(run.expired).toBe(0);
      expect(await store.countActive(source)).toBe(active);
      expect((await store.listRuns(source, 1))[0]?.runId).toBe(run.runId);
    },
  );
});

/** Every listing a reading gave is a valid listing draft of that source; nothing but the project's own errors was thrown. */
function expectOnlyListingsOrOwnErrors(source: string, reading: Reading): void {
  expect(reading.unexpected).toEqual([]);
  for (const listing of reading.listings) {
    expect(listingDraftSchema.safeParse(listing).error?.issues).toBeUndefined();
    expect(listing.source).toBe(source);
  }
}

describe('every adapter on arbitrary bodies', () => {
  it.each(Object.keys(adapters))('%s parses any string into records or its own errors', (source) => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.json(), fc.constantFrom('<html></html>', '{"pagination":{}}', 'null', '[]')),
        (body) => expectOnlyListingsOrOwnErrors(source, readEverywhere(source, body)),
      ),
      { numRuns: 500 },
    );
  });
});

describe('every adapter on mutated recorded pages', () => {
  it.each(Object.keys(adapters))(
    '%s turns a recorded list page with a slice cut and garbage put in into records or its own errors',
    (source) => {
      const [start] = adapters[source]!.startRequests({ radiusKm: 35 });
      const original = recordedPages(source).find((page) => page.url === start!.url)!.body;
      // The page as recorded gives records, so a mutation that still gives some is read, not just survived.
      expect(readEverywhere(source, original).records).toBeGreaterThan(0);

      fc.assert(
        fc.property(
          fc.integer({ min: 0, max: original.length - 1 }),
          fc.integer({ min: 1, max: 300 }),
          fc.string({ maxLength: 20 }),
          (at, cut, insert) =>
            expectOnlyListingsOrOwnErrors(source, readEverywhere(source, mutate(original, at, cut, insert))),
        ),
        { numRuns: 300 },
      );
    },
  );
});
