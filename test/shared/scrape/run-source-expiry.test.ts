import { BlockedError, ParseError } from '../../../shared/errors';
import type { Log } from '../../../shared/log';
import { DEFAULT_RUN_CONFIG, type RunConfig } from '../../../shared/scrape/run-config';
import { runSource } from '../../../shared/scrape/run-source';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { job, jobs, listSource, listUrl, SYNTHETIC, SyntheticFetcher, walk } from '../../support/synthetic-source';

// What a run expires, and when it expires nothing: the thresholds of RunConfig at their boundaries.
// Every clock is injected: run n happens n hours after T0.
const T0 = new Date('2026-11-24T06:00:00Z');
const at = (hours: number) => () => new Date(T0.getTime() + hours * 3_600_000);
const config = (overrides: Partial<RunConfig>): RunConfig => ({ ...DEFAULT_RUN_CONFIG, ...overrides });
const source = listSource();

/** One run of the synthetic source whose only list page holds `listed`, declaring as many. */
const runWith = (
  store: MemoryListingStore,
  listed: ReturnType<typeof jobs>,
  hour: number,
  overrides: Partial<RunConfig> = {},
) =>
  runSource({
    adapter: source,
    fetcher: new SyntheticFetcher(walk('a', [listed], listed.length)),
    store,
    now: at(hour),
    config: config(overrides),
  });

async function seeded(count = 10) {
  const store = new MemoryListingStore();
  const first = await runWith(store, jobs(1, count), 0);
  expect(first).toMatchObject({ outcome: 'complete', created: count, expired: 0 });
  return store;
}

describe('runSource expiry', () => {
  it('expires a listing the first complete run no longer sees, when the share missing is exactly the cap', async () => {
    const store = await seeded(10);

    const run = await runWith(store, jobs(2, 10), 1, { maxExpireShare: 0.1 });

    expect(run).toMatchObject({ outcome: 'complete', suspicious: false, seen: 9, expired: 1, note: undefined });
    expect((await store.getById(`${SYNTHETIC}:1`))?.status).toBe('expired');
    expect(await store.countActive(SYNTHETIC)).toBe(9);
  });

  it('expires none when one more than the cap is missing, and says how many of how many', async () => {
    const store = await seeded(10);

    const run = await runWith(store, jobs(3, 10), 1, { maxExpireShare: 0.1 });

    expect(run).toMatchObject({ outcome: 'complete', suspicious: false, expired: 0 });
    expect(run.note).toBe('2 of 10 active listings were not seen, over the 10% cap: none expired');
    expect(await store.countActive(SYNTHETIC)).toBe(10);
  });

  it('expires nothing and notes nothing when every active listing was seen', async () => {
    const store = await seeded(10);
    const expire = jest.spyOn(store, 'expire');

    const run = await runWith(store, jobs(1, 10), 1, { maxExpireShare: 1 });

    expect(run).toMatchObject({
      outcome: 'complete',
      suspicious: false,
      seen: 10,
      unchanged: 10,
      expired: 0,
      note: undefined,
    });
    expect(expire).not.toHaveBeenCalled();
  });

  it('is not suspicious at exactly the share of the last complete run, and is one listing below it', async () => {
    const store = await seeded(10);

    const half = await runWith(store, jobs(1, 5), 1, { suspiciousBelowShare: 0.5, maxExpireShare: 0.5 });
    const fewer = await runWith(store, jobs(1, 4), 2, { suspiciousBelowShare: 0.5, maxExpireShare: 1 });

    expect(half).toMatchObject({ outcome: 'complete', suspicious: false, seen: 5, expired: 5 });
    // Compared with the last complete run that saw something: the one that saw 5.
    expect(fewer).toMatchObject({ outcome: 'complete', suspicious: false, seen: 4, expired: 1 });
    const third = await runWith(store, jobs(1, 1), 3, { suspiciousBelowShare: 0.5, maxExpireShare: 1 });
    expect(third).toMatchObject({ outcome: 'complete', suspicious: true, seen: 1, expired: 0 });
    expect(third.note).toBe('saw 1 listings where the last complete run saw 4: suspicious, nothing expired');
    expect(await store.countActive(SYNTHETIC)).toBe(4);
  });

  it('compares with the last complete run that saw listings, passing over incomplete runs and runs that saw none', async () => {
    const store = await seeded(10);
    // An incomplete run that saw 3 (its source declares 10), then a complete one that saw none.
    const incomplete = await runSource({
      adapter: source,
      fetcher: new SyntheticFetcher(walk('a', [jobs(1, 3)], 10)),
      store,
      now: at(1),
    });
    const empty = await runWith(store, [], 2);

    const run = await runWith(store, jobs(1, 4), 3, { suspiciousBelowShare: 0.5, maxExpireShare: 1 });

    expect(incomplete).toMatchObject({ outcome: 'incomplete', seen: 3, expired: 0 });
    expect(empty).toMatchObject({ outcome: 'complete', suspicious: true, seen: 0, expired: 0 });
    expect(empty.note).toBe('saw 0 listings where the last complete run saw 10: suspicious, nothing expired');
    expect(run).toMatchObject({ suspicious: true, expired: 0 });
    expect(run.note).toBe('saw 4 listings where the last complete run saw 10: suspicious, nothing expired');
    expect(await store.countActive(SYNTHETIC)).toBe(10);
  });

  it('flags the very first run of a source that sees nothing, with no run to compare', async () => {
    const store = new MemoryListingStore();

    const run = await runWith(store, [], 0);

    expect(run).toMatchObject({ outcome: 'complete', suspicious: true, seen: 0, expired: 0 });
    expect(run.note).toBe('saw 0 listings: suspicious, nothing expired');
  });

  // The first page changes listing 1; the run then ends short of complete.
  const first = [job(1, 2), job(2)];
  it.each([
    [
      'an incomplete run (the walk saw fewer than the source declares)',
      walk('a', [first], 10),
      'incomplete',
      'the walk saw 2 of the 10 listings the source declares',
    ],
    [
      'a failed run (the second page timed out)',
      { ...walk('a', [first, jobs(3, 4)]), [listUrl('a', 2)]: new Error('socket hang up') },
      'failed',
      'Error: socket hang up',
    ],
    [
      'a run whose second page failed to parse',
      { ...walk('a', [first, jobs(3, 4)]), [listUrl('a', 2)]: { body: '<html>' } },
      'incomplete',
      'ParseError: not a list page',
    ],
    [
      'a run whose second page answered 500',
      { ...walk('a', [first, jobs(3, 4)]), [listUrl('a', 2)]: { status: 500 } },
      'incomplete',
      'ParseError: a list page answered 500',
    ],
    [
      'a blocked run',
      { ...walk('a', [first, jobs(3, 4)]), [listUrl('a', 2)]: new BlockedError('captcha', listUrl('a', 2)) },
      'blocked',
      'BlockedError: captcha',
    ],
  ] as const)(
    'expires nothing after %s, and keeps what it wrote before it ended',
    async (_name, answers, outcome, note) => {
      const store = await seeded(10);

      const run = await runSource({
        adapter: source,
        fetcher: new SyntheticFetcher(answers),
        store,
        now: at(1),
        config: config({ maxExpireShare: 1, suspiciousBelowShare: 0 }),
      });

      expect(run).toMatchObject({ outcome, expired: 0, seen: 2, changed: 1, unchanged: 1, note });
      expect(await store.countActive(SYNTHETIC)).toBe(10);
      expect((await store.getById(`${SYNTHETIC}:1`))?.description).toMatch(/Version 2/);
      expect(await store.listRuns(SYNTHETIC, 1)).toEqual([run]);
    },
  );

  it('publishes the catalogue after a run that only expired listings', async () => {
    const store = await seeded(10);
    const published: string[] = [];

    const run = await runSource({
      adapter: source,
      fetcher: new SyntheticFetcher(walk('a', [jobs(2, 10)], 9)),
      store,
      now: at(1),
      catalogue: { publish: async (kind) => (published.push(kind), { kind, entries: 0, bytes: 0 }) },
    });

    expect(run).toMatchObject({ created: 0, changed: 0, expired: 1 });
    expect(published).toEqual(['job']);
  });

  it('does not publish when the listings it meant to expire were no longer active (expired meanwhile)', async () => {
    const store = await seeded(10);
    const expire = jest.spyOn(store, 'expire').mockResolvedValue([]);
    const published: string[] = [];

    const run = await runSource({
      adapter: source,
      fetcher: new SyntheticFetcher(walk('a', [jobs(2, 10)], 9)),
      store,
      now: at(1),
      catalogue: { publish: async (kind) => (published.push(kind), { kind, entries: 0, bytes: 0 }) },
    });

    expect(expire).toHaveBeenCalledWith([`${SYNTHETIC}:1`], at(1)());
    expect(run).toMatchObject({ created: 0, changed: 0, expired: 0 });
    expect(published).toEqual([]);
  });
});

describe('runSource run record', () => {
  it('counts only its own requests and times itself by the injected clock', async () => {
    const store = await seeded(3);
    const fetcher = new SyntheticFetcher(walk('a', [jobs(1, 3)], 3));
    await runSource({ adapter: source, fetcher, store, now: at(1) });
    let minutes = 0;

    const run = await runSource({
      adapter: source,
      fetcher,
      store,
      now: () => new Date(T0.getTime() + (minutes += 1) * 60_000),
    });

    expect(run.requests).toBe(1);
    expect(run.startedAt).toBe('2026-11-24T06:01:00.000Z');
    expect(Date.parse(run.finishedAt) - Date.parse(run.startedAt)).toBe(run.durationMs);
    expect(run.durationMs).toBeGreaterThanOrEqual(60_000);
  });

  it('joins its notes with semicolons, cut at the 1000 characters a run record holds, and is stored', async () => {
    const store = new MemoryListingStore();
    const walks = listSource(['a', 'b']);
    const answers = { ...walk('a', [jobs(1, 1)], 2), ...walk('b', [jobs(2, 2)], 2) };

    const two = await runSource({ adapter: walks, fetcher: new SyntheticFetcher(answers), store, now: at(0) });
    const long = await runSource({
      adapter: source,
      fetcher: new SyntheticFetcher({ [listUrl('a')]: new ParseError('x'.repeat(2000), listUrl('a')) }),
      store,
      now: at(1),
    });

    expect(two.note).toBe(
      'the walk saw 1 of the 2 listings the source declares; the walk saw 1 of the 2 listings the source declares',
    );
    expect(long.note).toBe(`ParseError: ${'x'.repeat(1000 - 'ParseError: '.length)}`);
    expect(await store.listRuns(SYNTHETIC, 2)).toEqual([long, two]);
  });

  it('names a thrown value that is not an Error as an Error', async () => {
    const store = new MemoryListingStore();
    const fetcher = new SyntheticFetcher({});
    fetcher.fetch = async () => Promise.reject({ message: 'a plain object' });

    const run = await runSource({ adapter: source, fetcher, store, now: at(0) });

    expect(run).toMatchObject({ outcome: 'failed', note: 'Error: a plain object' });
  });

  it('returns its record and logs why when the store cannot record it, and logs every finished run', async () => {
    const store = new MemoryListingStore();
    jest.spyOn(store, 'recordRun').mockRejectedValue(new Error('throttled'));
    const lines: [string, string, Record<string, unknown> | undefined][] = [];
    const log: Log = {
      info: (m, k) => void lines.push(['info', m, k]),
      warn: (m, k) => void lines.push(['warn', m, k]),
      error: (m, k) => void lines.push(['error', m, k]),
    };

    const run = await runSource({
      adapter: source,
      fetcher: new SyntheticFetcher(walk('a', [jobs(1, 2)], 2)),
      store,
      now: at(0),
      log,
    });

    expect(run).toMatchObject({ outcome: 'complete', created: 2 });
    expect(lines).toEqual([
      ['error', 'run record not stored', { source: SYNTHETIC, error: new Error('throttled') }],
      [
        'info',
        'source run finished',
        {
          source: SYNTHETIC,
          outcome: 'complete',
          suspicious: false,
          pages: 1,
          seen: 2,
          created: 2,
          changed: 0,
          expired: 0,
          rejected: 0,
          durationMs: 0,
        },
      ],
    ]);
  });

  it('returns its record when the store cannot record it and no log is given', async () => {
    const store = new MemoryListingStore();
    jest.spyOn(store, 'recordRun').mockRejectedValue(new Error('throttled'));

    const run = await runSource({
      adapter: source,
      fetcher: new SyntheticFetcher(walk('a', [jobs(1, 2)], 2)),
      store,
      now: at(0),
    });

    expect(run).toMatchObject({ outcome: 'complete', created: 2 });
  });

  it('counts the characters sent for translation and the texts left untranslated, by reason', async () => {
    const store = new MemoryListingStore();
    const czech = (n: number) => ({
      ...job(n),
      title: `Programátor ${n}`,
      description: 'Hledáme programátora do našeho týmu v Ostravě. Nabízíme práci na plný úvazek a stravenky.',
    });
    let calls = 0;
    const translator = {
      engine: 'Test',
      translate: async (text: string) =>
        ++calls % 2 === 1 ? { text: `EN ${text}` } : { untranslated: 'no recorded translation' },
    };

    const run = await runSource({
      adapter: source,
      fetcher: new SyntheticFetcher(walk('a', [[czech(1), czech(2)]], 2)),
      store,
      now: at(0),
      translation: { translator },
    });

    const sent = 2 * ('Programátor 1'.length + czech(1).description!.length);
    expect(run).toMatchObject({ created: 2, translatedCharacters: sent, untranslated: 2 });
    expect(run.note).toBe('2 texts not translated: no recorded translation');
  });
});
