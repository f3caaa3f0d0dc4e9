import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { TransientFetchError } from '../../../shared/errors';
import type { FetchRequest, FetchResponse, HttpFetcher } from '../../../shared/http/http-client';
import { DEFAULT_RUN_CONFIG } from '../../../shared/scrape/run-config';
import { runSource } from '../../../shared/scrape/run-source';
import type { SnapshotSink } from '../../../shared/scrape/snapshot-sink';
import type { SourceAdapter } from '../../../shared/sources/source-adapter';
import { srealityAdapter } from '../../../shared/sources/sreality/adapter';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { queryActive } from '../../support/catalogue-query';

const DIR = join(__dirname, '../../fixtures/sreality');
const fixture = (file: string) => readFileSync(join(DIR, file), 'utf8');
const [FLATS, HOUSES] = srealityAdapter.startRequests({ radiusKm: 35 }).map((r) => r.url);
const T0 = new Date('2026-11-24T06:00:00Z');

/** Recorded responses, with some URLs answered differently (a body, a status, or a thrown error). */
class ScriptedFetcher implements HttpFetcher {
  private readonly replay = ReplayFetcher.forSource('sreality');
  requestCount = 0;
  readonly urls: string[] = [];
  constructor(private readonly script: Record<string, { status?: number; body: string } | Error> = {}) {}
  async fetch(request: FetchRequest): Promise<FetchResponse> {
    this.requestCount++;
    this.urls.push(request.url);
    const scripted = this.script[request.url];
    if (scripted instanceof Error) throw scripted;
    if (scripted)
      return { url: request.url, status: scripted.status ?? 200, headers: {}, body: scripted.body, notModified: false };
    return this.replay.fetch(request);
  }
}

/** The flats list without some listings, its total lowered to match. */
function flatsWithout(...ids: number[]): string {
  const page = JSON.parse(fixture('search-byty.json'));
  page.results = page.results.filter((r: { hash_id: number }) => !ids.includes(r.hash_id));
  page.pagination.total -= ids.length;
  return JSON.stringify(page);
}

async function seeded() {
  const store = new MemoryListingStore();
  const first = await runSource({ adapter: srealityAdapter, fetcher: new ScriptedFetcher(), store, now: () => T0 });
  expect(first.outcome).toBe('complete');
  return store;
}

const hours = (h: number) => () => new Date(T0.getTime() + h * 3_600_000);

describe('runSource', () => {
  it.each([
    ['a truncated body', { body: fixture('hostile-truncated.json') }, 'incomplete'],
    ['a changed layout', { body: fixture('hostile-changed-layout.json') }, 'incomplete'],
    ['a captcha page with status 200', { body: fixture('hostile-captcha.html') }, 'blocked'],
    ['a 404 for the list', { status: 404, body: '' }, 'incomplete'],
    ['a portal down past retries', new TransientFetchError('the portal answered 503', FLATS!, 503), 'failed'],
  ] as const)('records %s as a %s run, losing and expiring nothing', async (_name, answer, outcome) => {
    const store = await seeded();
    const kept: string[] = [];
    const snapshots: SnapshotSink = { keep: async ({ url }) => void kept.push(url) };

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: new ScriptedFetcher({ [FLATS!]: answer as never }),
      store,
      snapshots,
      now: hours(7),
    });

    expect(run.outcome).toBe(outcome);
    expect(run.expired).toBe(0);
    expect(run.note).toBeDefined();
    expect(await store.countActive('sreality')).toBe(6);
    expect((await store.listRuns('sreality', 1))[0]).toEqual(run);
    if (outcome === 'incomplete' && !('status' in answer && answer.status === 404)) expect(kept).toEqual([FLATS]);
  });

  it("claims no publication date a source does not give: postedAt stays absent, firstSeenAt is the run's clock", async () => {
    // Whatever the recorded responses say, this source states no date at all.
    const undated: SourceAdapter = {
      ...srealityAdapter,
      normalise: (record) => ({ ...srealityAdapter.normalise(record as never), postedAt: undefined }),
    };
    const store = new MemoryListingStore();
    await runSource({ adapter: undated, fetcher: new ScriptedFetcher(), store, now: () => T0 });

    const { items } = await queryActive(store, { kind: 'rental', sort: 'newest', filters: {}, limit: 50, now: T0 });

    expect(items.length).toBeGreaterThan(0);
    for (const listing of items)
      expect({ postedAt: listing.postedAt, firstSeenAt: listing.firstSeenAt }).toEqual({
        postedAt: undefined,
        firstSeenAt: T0.toISOString(),
      });
  });

  it('stops at its time budget as a recorded incomplete run, keeping what it wrote and expiring nothing', async () => {
    const store = new MemoryListingStore();
    const fetcher = new ScriptedFetcher();
    // Each request takes a second on this clock; the budget runs out after the third.
    const clock = () => new Date(T0.getTime() + fetcher.requestCount * 1000);

    const cut = await runSource({
      adapter: srealityAdapter,
      fetcher,
      store,
      now: clock,
      stopAt: new Date(T0.getTime() + 3000),
      config: { ...DEFAULT_RUN_CONFIG, maxExpireShare: 1 },
    });

    expect(cut).toMatchObject({ outcome: 'incomplete', expired: 0, requests: 3 });
    // The detail pages of the flats' walk ran out of time, then the houses' walk had none left.
    expect(cut.note).toBe(
      'stopped at the time budget before every detail page was read; stopped at the time budget after 0 pages of one walk',
    );
    expect(cut.created).toBe(2); // the two detail pages read before the budget ran out
    expect(await store.countActive('sreality')).toBe(2);
    expect((await store.listRuns('sreality', 1))[0]).toEqual(cut);

    const next = await runSource({ adapter: srealityAdapter, fetcher: new ScriptedFetcher(), store, now: hours(1) });
    expect(next).toMatchObject({ outcome: 'complete', created: 4, expired: 0 });
    expect(await store.countActive('sreality')).toBe(6);
  });

  it('reads the system clock when given none: a time budget already past stops the run before its first page', async () => {
    const store = await seeded();
    const before = Date.now();

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: new ScriptedFetcher(),
      store,
      stopAt: new Date(before - 1),
    });

    expect(run).toMatchObject({ outcome: 'incomplete', requests: 0, expired: 0 });
    expect(run.note).toMatch(/^stopped at the time budget after 0 pages of one walk/);
    expect(Date.parse(run.startedAt)).toBeGreaterThanOrEqual(before);
    expect(await store.countActive('sreality')).toBe(6);
  });

  it('flags a run that sees nothing as suspicious and expires nothing', async () => {
    const store = await seeded();
    const empty = fixture('hostile-empty.json');

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: new ScriptedFetcher({ [FLATS!]: { body: empty }, [HOUSES!]: { body: empty } }),
      store,
      now: hours(7),
    });

    expect(run).toMatchObject({ outcome: 'complete', suspicious: true, seen: 0, expired: 0 });
    expect(await store.countActive('sreality')).toBe(6);
  });

  it('flags a run that sees far fewer than the last complete run', async () => {
    const store = await seeded();

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: new ScriptedFetcher({ [FLATS!]: { body: flatsWithout(2415919452, 1838113612, 3760235852, 901237612) } }),
      store,
      config: { ...DEFAULT_RUN_CONFIG, maxExpireShare: 1 },
      now: hours(7),
    });

    expect(run).toMatchObject({ suspicious: true, expired: 0 });
    expect(await store.countActive('sreality')).toBe(6);
  });

  it('expires what a complete walk no longer sees', async () => {
    const store = await seeded();

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: new ScriptedFetcher({ [FLATS!]: { body: flatsWithout(3760235852) } }),
      store,
      config: { ...DEFAULT_RUN_CONFIG, maxExpireShare: 0.2 },
      now: hours(7),
    });

    expect(run).toMatchObject({ outcome: 'complete', suspicious: false, expired: 1 });
    expect((await store.getById('sreality:3760235852'))?.status).toBe('expired');
  });

  it('expires none past the cap, and says why', async () => {
    const store = await seeded();

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: new ScriptedFetcher({ [FLATS!]: { body: flatsWithout(3760235852) } }),
      store,
      now: hours(7),
    });

    expect(run.expired).toBe(0);
    expect(run.note).toMatch(/1 of 6 active listings were not seen, over the 10% cap/);
    expect(await store.countActive('sreality')).toBe(6);
  });

  it('expires nothing when the walk does not reach the total the source declares', async () => {
    const store = await seeded();
    const page = JSON.parse(flatsWithout(3760235852));
    page.pagination.total += 1; // the source still says 6

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: new ScriptedFetcher({ [FLATS!]: { body: JSON.stringify(page) } }),
      store,
      config: { ...DEFAULT_RUN_CONFIG, maxExpireShare: 1 },
      now: hours(7),
    });

    expect(run).toMatchObject({ outcome: 'incomplete', expired: 0 });
    expect(run.note).toMatch(/saw 5 of the 6/);
  });

  it('fetches only the list pages and writes nothing when nothing changed', async () => {
    const store = await seeded();
    const upsert = jest.spyOn(store, 'upsertChanged');
    const fetcher = new ScriptedFetcher();

    const run = await runSource({ adapter: srealityAdapter, fetcher, store, now: hours(1) });

    expect(fetcher.urls).toEqual([FLATS, HOUSES]);
    expect(run).toMatchObject({ requests: 2, created: 0, changed: 0, unchanged: 6 });
    expect(upsert.mock.calls.every(([drafts]) => drafts.length === 0)).toBe(true);
  });

  it('fetches the detail of a listing whose card changed, and only that one', async () => {
    const store = await seeded();
    const page = JSON.parse(fixture('search-byty.json'));
    page.results[1].price_czk = 15900;
    const detail = JSON.parse(fixture('detail-1838113612.json'));
    detail.result.price_czk = 15900;
    const fetcher = new ScriptedFetcher({
      [FLATS!]: { body: JSON.stringify(page) },
      'https://www.sreality.cz/api/v1/estates/1838113612': { body: JSON.stringify(detail) },
    });

    const run = await runSource({ adapter: srealityAdapter, fetcher, store, now: hours(1) });

    expect(fetcher.urls.filter((url) => !url.includes('/search'))).toEqual([
      'https://www.sreality.cz/api/v1/estates/1838113612',
    ]);
    expect(run).toMatchObject({ changed: 1, unchanged: 5 });
    expect(await store.getById('sreality:1838113612')).toMatchObject({ rentCzk: 15900 });
  });

  it('skips a listing whose detail page is gone and counts why', async () => {
    const store = new MemoryListingStore();

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: new ScriptedFetcher({
        'https://www.sreality.cz/api/v1/estates/1838113612': { body: fixture('detail-gone.html') },
      }),
      store,
      now: () => T0,
    });

    expect(run).toMatchObject({ outcome: 'complete', created: 5, rejectedReasons: { 'the detail page is gone': 1 } });
  });

  it("does not fetch a gone listing's detail again while its card is unchanged, and does once it changes", async () => {
    const store = new MemoryListingStore();
    const gone = { 'https://www.sreality.cz/api/v1/estates/1838113612': { body: fixture('detail-gone.html') } };
    await runSource({ adapter: srealityAdapter, fetcher: new ScriptedFetcher(gone), store, now: () => T0 });

    const again = new ScriptedFetcher(gone);
    const second = await runSource({ adapter: srealityAdapter, fetcher: again, store, now: hours(1) });
    const page = JSON.parse(fixture('search-byty.json'));
    page.results[1].price_czk = 15900;
    const changed = new ScriptedFetcher({ [FLATS!]: { body: JSON.stringify(page) } });
    const third = await runSource({ adapter: srealityAdapter, fetcher: changed, store, now: hours(2) });

    expect(again.urls).toEqual([FLATS, HOUSES]);
    expect(second.rejectedReasons).toMatchObject({ 'left out by an earlier run; its card has not changed': 1 });
    expect(changed.urls).toContain('https://www.sreality.cz/api/v1/estates/1838113612');
    expect(third.created).toBe(1);
  });

  it('forgets a left-out card only after a complete run that no longer lists it, not after an incomplete one', async () => {
    const DETAIL = 'https://www.sreality.cz/api/v1/estates/1838113612';
    const gone = { [DETAIL]: { body: fixture('detail-gone.html') } };
    const without = JSON.parse(flatsWithout(1838113612));
    const short = { ...without, pagination: { ...without.pagination, total: without.pagination.total + 1 } };
    const store = new MemoryListingStore();
    await runSource({ adapter: srealityAdapter, fetcher: new ScriptedFetcher(gone), store, now: () => T0 });

    const incomplete = await runSource({
      adapter: srealityAdapter,
      fetcher: new ScriptedFetcher({ [FLATS!]: { body: JSON.stringify(short) } }),
      store,
      now: hours(1),
    });
    const afterIncomplete = new ScriptedFetcher(gone);
    await runSource({ adapter: srealityAdapter, fetcher: afterIncomplete, store, now: hours(2) });
    const complete = await runSource({
      adapter: srealityAdapter,
      fetcher: new ScriptedFetcher({ [FLATS!]: { body: JSON.stringify(without) } }),
      store,
      now: hours(3),
    });
    const afterComplete = new ScriptedFetcher(gone);
    await runSource({ adapter: srealityAdapter, fetcher: afterComplete, store, now: hours(4) });

    expect([incomplete.outcome, complete.outcome]).toEqual(['incomplete', 'complete']);
    expect(afterIncomplete.urls).not.toContain(DETAIL);
    expect(afterComplete.urls).toContain(DETAIL);
  });

  describe('publishing the catalogue', () => {
    const counting = () => {
      const published: string[] = [];
      return {
        published,
        catalogue: {
          publish: async (kind: 'job' | 'rental') => (published.push(kind), { kind, entries: 0, bytes: 0 }),
        },
      };
    };

    it('publishes its kind once, at the end of a run that changed listings, and not after a run that changed none', async () => {
      const store = new MemoryListingStore();
      const first = counting();
      const second = counting();

      const run = await runSource({
        adapter: srealityAdapter,
        fetcher: new ScriptedFetcher(),
        store,
        now: () => T0,
        catalogue: first.catalogue,
      });
      await runSource({
        adapter: srealityAdapter,
        fetcher: new ScriptedFetcher(),
        store,
        now: hours(1),
        catalogue: second.catalogue,
      });

      expect(run.created).toBeGreaterThan(1);
      expect(run.pages).toBeGreaterThan(1);
      expect(first.published).toEqual(['rental']);
      expect(second.published).toEqual([]);
    });

    it('publishes during a long run at most once per interval, then once at its end', async () => {
      const store = new MemoryListingStore();
      const { published, catalogue } = counting();
      let minutes = 0;
      // Every call of the clock is three minutes later: each page is a long one.
      const clock = () => new Date(T0.getTime() + (minutes += 3) * 60_000);

      const run = await runSource({
        adapter: srealityAdapter,
        fetcher: new ScriptedFetcher(),
        store,
        now: clock,
        catalogue,
      });

      expect(run.outcome).toBe('complete');
      expect(published.length).toBeGreaterThan(1);
      expect(published.length).toBeLessThanOrEqual(
        Math.ceil(run.durationMs / DEFAULT_RUN_CONFIG.cataloguePublishIntervalMs) + 1,
      );
    });

    it('notes a failed publish in the run and keeps what it wrote', async () => {
      const store = new MemoryListingStore();

      const run = await runSource({
        adapter: srealityAdapter,
        fetcher: new ScriptedFetcher(),
        store,
        now: () => T0,
        catalogue: { publish: async () => Promise.reject(new TransientFetchError('S3 slow', 'https://s3')) },
      });

      expect(run.outcome).toBe('complete');
      expect(run.note).toMatch(/catalogue not published: TransientFetchError/);
      expect(await store.countActive('sreality')).toBe(run.created);
    });
  });
});
