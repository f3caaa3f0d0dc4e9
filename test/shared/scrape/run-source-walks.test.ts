import { DEFAULT_RUN_CONFIG } from '../../../shared/scrape/run-config';
import { runSource } from '../../../shared/scrape/run-source';
import type { SnapshotSink } from '../../../shared/scrape/snapshot-sink';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { jobs, listSource, listUrl, SYNTHETIC, SyntheticFetcher, walk } from '../../support/synthetic-source';

// When a walk of list pages is complete: only a complete run may expire (run-source-expiry.test.ts).
const T0 = new Date('2026-11-24T06:00:00Z');
const now = () => T0;

describe('runSource list walks', () => {
  it('follows the pages of a walk to its end, reporting progress after each', async () => {
    const store = new MemoryListingStore();
    const progress: { pages: number; seen: number }[] = [];

    const run = await runSource({
      adapter: listSource(),
      fetcher: new SyntheticFetcher(walk('a', [jobs(1, 3), jobs(4, 5), jobs(6, 6)], 6)),
      store,
      now,
      onProgress: (p) => progress.push(p),
    });

    expect(run).toMatchObject({ outcome: 'complete', pages: 3, requests: 3, seen: 6, created: 6 });
    expect(progress).toEqual([
      { pages: 1, seen: 3 },
      { pages: 2, seen: 5 },
      { pages: 3, seen: 6 },
    ]);
  });

  it('walks exactly as many pages as it may, and stops one page short of a longer walk as incomplete', async () => {
    const answers = walk('a', [jobs(1, 1), jobs(2, 2), jobs(3, 3)]);

    const exact = await runSource({
      adapter: listSource(),
      fetcher: new SyntheticFetcher(answers),
      store: new MemoryListingStore(),
      now,
      config: { ...DEFAULT_RUN_CONFIG, maxPagesPerWalk: 3 },
    });
    const short = await runSource({
      adapter: listSource(),
      fetcher: new SyntheticFetcher(answers),
      store: new MemoryListingStore(),
      now,
      config: { ...DEFAULT_RUN_CONFIG, maxPagesPerWalk: 2 },
    });

    expect(exact).toMatchObject({ outcome: 'complete', pages: 3, seen: 3 });
    expect(short).toMatchObject({
      outcome: 'incomplete',
      pages: 2,
      seen: 2,
      note: 'stopped after 2 pages of one walk',
    });
  });

  it("stops at its time budget before the next page: at the budget's instant, not a millisecond before", async () => {
    const answers = walk('a', [jobs(1, 1), jobs(2, 2)]);
    const stopAt = new Date(T0.getTime() + 60_000);
    const store = new MemoryListingStore();
    // The clock reaches the budget once the first page is walked and its listings written.
    let walked = 0;
    const clock = () => (walked > 0 ? stopAt : T0);

    const before = await runSource({
      adapter: listSource(),
      fetcher: new SyntheticFetcher(answers),
      store: new MemoryListingStore(),
      now: () => new Date(stopAt.getTime() - 1),
      stopAt,
    });
    const cut = await runSource({
      adapter: listSource(),
      fetcher: new SyntheticFetcher(answers),
      store,
      now: clock,
      stopAt,
      onProgress: () => void walked++,
    });

    expect(before).toMatchObject({ outcome: 'complete', pages: 2, seen: 2 });
    expect(cut).toMatchObject({
      outcome: 'incomplete',
      pages: 1,
      seen: 1,
      created: 1,
      note: 'stopped at the time budget after 1 pages of one walk',
    });
    expect(await store.countActive(SYNTHETIC)).toBe(1);
  });

  it('takes the total its first page declares', async () => {
    const answers = walk('a', [jobs(1, 2), jobs(3, 4)], 5);
    // The last page says 4: a total that shrinks as the walk goes is not to be trusted over the first.
    answers[listUrl('a', 2)] = { body: JSON.stringify({ jobs: jobs(3, 4), total: 4 }) };

    const run = await runSource({
      adapter: listSource(),
      fetcher: new SyntheticFetcher(answers),
      store: new MemoryListingStore(),
      now,
    });

    expect(run).toMatchObject({ outcome: 'incomplete', note: 'the walk saw 4 of the 5 listings the source declares' });
  });

  it('is complete at exactly the declared total, and past it; a card repeated on two pages counts once', async () => {
    const repeated = walk('a', [jobs(1, 3), jobs(3, 4)], 4);
    const more = walk('a', [jobs(1, 5)], 4);

    const exact = await runSource({
      adapter: listSource(),
      fetcher: new SyntheticFetcher(repeated),
      store: new MemoryListingStore(),
      now,
    });
    const over = await runSource({
      adapter: listSource(),
      fetcher: new SyntheticFetcher(more),
      store: new MemoryListingStore(),
      now,
    });

    expect(exact).toMatchObject({ outcome: 'complete', seen: 4, created: 4 });
    expect(over).toMatchObject({ outcome: 'complete', seen: 5 });
  });

  it("counts towards a walk's total the listings another walk of the run saw first", async () => {
    // Walk b lists 4 and 5 again (a listing in two categories): b still saw its 3.
    const answers = { ...walk('a', [jobs(1, 5)], 5), ...walk('b', [jobs(4, 6)], 3) };

    const run = await runSource({
      adapter: listSource(['a', 'b']),
      fetcher: new SyntheticFetcher(answers),
      store: new MemoryListingStore(),
      now,
    });

    expect(run).toMatchObject({ outcome: 'complete', pages: 2, seen: 6, created: 6 });
  });

  it('keeps a list page that failed to parse, with the reason; a page that failed otherwise is not kept', async () => {
    const kept: { url: string; body: string; reason: string; at: Date }[] = [];
    const snapshots: SnapshotSink = {
      keep: async ({ url, body, reason, at }) => void kept.push({ url, body, reason, at }),
    };
    const broken = listSource();
    const crashing = {
      ...listSource(),
      parseList: () => {
        throw new TypeError('a bug');
      },
    };

    const parse = await runSource({
      adapter: broken,
      fetcher: new SyntheticFetcher({ [listUrl('a')]: { body: '{"items": []}' } }),
      store: new MemoryListingStore(),
      now,
      snapshots,
    });
    const bug = await runSource({
      adapter: crashing,
      fetcher: new SyntheticFetcher({ [listUrl('a')]: { body: '{"jobs": []}' } }),
      store: new MemoryListingStore(),
      now,
      snapshots,
    });

    expect(parse).toMatchObject({ outcome: 'incomplete', note: 'ParseError: no jobs array' });
    expect(bug).toMatchObject({ outcome: 'failed', note: 'TypeError: a bug' });
    expect(kept).toEqual([{ url: listUrl('a'), body: '{"items": []}', reason: 'no jobs array', at: T0 }]);
  });

  it('ends incomplete on the parse error, and warns, when the page cannot be kept either', async () => {
    const warnings: string[] = [];
    const snapshots: SnapshotSink = { keep: async () => Promise.reject(new Error('disk full')) };

    const run = await runSource({
      adapter: listSource(),
      fetcher: new SyntheticFetcher({ [listUrl('a')]: { body: 'not json' } }),
      store: new MemoryListingStore(),
      now,
      snapshots,
      log: { info: () => undefined, warn: (m) => void warnings.push(m), error: () => undefined },
    });

    expect(run).toMatchObject({ outcome: 'incomplete', note: 'ParseError: not a list page' });
    expect(warnings).toEqual(['snapshot not kept']);
  });
});
