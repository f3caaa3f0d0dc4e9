import { DEFAULT_RUN_CONFIG } from '../../../shared/scrape/run-config';
import { runSource } from '../../../shared/scrape/run-source';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import {
  farJobs,
  FILE_URL,
  fileSource,
  job,
  jobs,
  jsonLines,
  REFERENCE_URL,
  SYNTHETIC,
  SyntheticFetcher,
} from '../../support/synthetic-source';

// A source published as one file (Úřad práce's vacancy register): streamed, written in batches of 200,
// fetched with a conditional GET against the validators of the last complete run.
const T0 = new Date('2026-11-24T06:00:00Z');
const at = (hours: number) => () => new Date(T0.getTime() + hours * 3_600_000);
const ETAG = '"file-1"';
const LAST_MODIFIED = 'Tue, 24 Nov 2026 03:00:00 GMT';
const file = (body: string, headers: Record<string, string> = { etag: ETAG, 'last-modified': LAST_MODIFIED }) => ({
  [FILE_URL]: { body, headers },
});

describe('runSource on a streamed file', () => {
  it("stores its records and remembers the file's validators", async () => {
    const store = new MemoryListingStore();
    const fetcher = new SyntheticFetcher(file(jsonLines(jobs(1, 5))));

    const run = await runSource({ adapter: fileSource(), fetcher, store, now: at(0) });

    expect(run).toMatchObject({
      outcome: 'complete',
      suspicious: false,
      pages: 1,
      requests: 1,
      seen: 5,
      created: 5,
      note: undefined,
    });
    expect(fetcher.requests).toEqual([{ url: FILE_URL, etag: undefined, lastModified: undefined }]);
    expect(await store.getSourceMemory(SYNTHETIC)).toEqual({ etag: ETAG, lastModified: LAST_MODIFIED });
  });

  it('asks with the remembered validators; a file not modified is a complete run that expires nothing and is no yardstick', async () => {
    const store = new MemoryListingStore();
    await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines(jobs(1, 10)))),
      store,
      now: at(0),
    });
    const unchanged = new SyntheticFetcher({ [FILE_URL]: { notModified: true } });

    const skipped = await runSource({
      adapter: fileSource(),
      fetcher: unchanged,
      store,
      now: at(1),
      config: { ...DEFAULT_RUN_CONFIG, maxExpireShare: 1 },
    });
    // The next walk is compared with the first run, which saw 10, not with the 304 run, which saw none.
    const fewer = await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines(jobs(1, 4)), { etag: '"file-2"' })),
      store,
      now: at(2),
      config: { ...DEFAULT_RUN_CONFIG, maxExpireShare: 1 },
    });

    expect(unchanged.requests).toEqual([{ url: FILE_URL, etag: ETAG, lastModified: LAST_MODIFIED }]);
    expect(skipped).toMatchObject({
      outcome: 'complete',
      suspicious: false,
      pages: 1,
      seen: 0,
      expired: 0,
      note: 'the file has not changed since the last complete run: nothing to do',
    });
    expect(fewer).toMatchObject({ outcome: 'complete', suspicious: true, seen: 4, expired: 0 });
    expect(await store.countActive(SYNTHETIC)).toBe(10);
    // Only the ETag came with the new file: the old Last-Modified no longer describes it.
    expect(await store.getSourceMemory(SYNTHETIC)).toEqual({ etag: '"file-2"', lastModified: undefined });
  });

  it('remembers a Last-Modified alone, and leaves the memory as it was when the file has no validators', async () => {
    const store = new MemoryListingStore();

    await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines(jobs(1, 2)), { 'last-modified': LAST_MODIFIED })),
      store,
      now: at(0),
    });
    const afterFirst = await store.getSourceMemory(SYNTHETIC);
    const put = jest.spyOn(store, 'putSourceMemory');
    await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines(jobs(1, 2)), {})),
      store,
      now: at(1),
    });

    expect(afterFirst).toEqual({ etag: undefined, lastModified: LAST_MODIFIED });
    expect(put).not.toHaveBeenCalled();
  });

  it('expires what the complete file no longer holds', async () => {
    const store = new MemoryListingStore();
    await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines(jobs(1, 10)))),
      store,
      now: at(0),
    });

    const run = await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines(jobs(2, 10)), { etag: '"file-2"' })),
      store,
      now: at(1),
    });

    expect(run).toMatchObject({ outcome: 'complete', seen: 9, unchanged: 9, expired: 1 });
    expect((await store.getById(`${SYNTHETIC}:1`))?.status).toBe('expired');
  });

  it.each([
    ['answers 500', { [FILE_URL]: { status: 500 } }, 'ParseError: the file answered 500'],
    [
      'is not the expected document',
      { [FILE_URL]: { body: `${jsonLines(jobs(1, 3))}\n{"cut off` } },
      'ParseError: not a line of JSON',
    ],
  ])('ends incomplete and expires nothing when the file %s, keeping its validators', async (_name, answers, note) => {
    const store = new MemoryListingStore();
    await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines(jobs(1, 10)))),
      store,
      now: at(0),
    });

    const run = await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(answers),
      store,
      now: at(1),
      config: { ...DEFAULT_RUN_CONFIG, maxExpireShare: 1 },
    });

    expect(run).toMatchObject({ outcome: 'incomplete', expired: 0, pages: 1, note });
    expect(await store.countActive(SYNTHETIC)).toBe(10);
    expect(await store.getSourceMemory(SYNTHETIC)).toEqual({ etag: ETAG, lastModified: LAST_MODIFIED });
  });

  it('fetches its reference files first and hands their bodies to the stream; a missing one ends the run incomplete', async () => {
    const store = new MemoryListingStore();
    const fetcher = new SyntheticFetcher({
      ...file(jsonLines(jobs(1, 1))),
      [REFERENCE_URL]: { body: 'Reference Transit a.s.' },
    });

    const run = await runSource({ adapter: fileSource({ references: true }), fetcher, store, now: at(0) });
    const missing = await runSource({
      adapter: fileSource({ references: true }),
      fetcher: new SyntheticFetcher({ ...file(jsonLines(jobs(1, 1))), [REFERENCE_URL]: { status: 404 } }),
      store: new MemoryListingStore(),
      now: at(0),
    });

    expect(fetcher.requests.map((r) => r.url)).toEqual([FILE_URL, REFERENCE_URL]);
    expect(run).toMatchObject({ outcome: 'complete', requests: 2, created: 1 });
    expect(await store.getById(`${SYNTHETIC}:1`)).toMatchObject({ company: 'Reference Transit a.s.' });
    expect(missing).toMatchObject({
      outcome: 'incomplete',
      created: 0,
      note: 'ParseError: a reference file answered 404',
    });
  });

  it('fails, saying why, with a fetcher that cannot stream', async () => {
    const fetcher = new SyntheticFetcher(file(jsonLines(jobs(1, 1))));
    const plain = { fetch: fetcher.fetch.bind(fetcher), requestCount: 0 };

    const run = await runSource({ adapter: fileSource(), fetcher: plain, store: new MemoryListingStore(), now: at(0) });

    expect(run).toMatchObject({ outcome: 'failed', note: 'Error: this source needs a fetcher that streams' });
  });

  it('counts and writes a record the file repeats once', async () => {
    const store = new MemoryListingStore();
    const upsert = jest.spyOn(store, 'upsertChanged');

    const run = await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines([job(1), job(2), job(1)]))),
      store,
      now: at(0),
    });

    expect(run).toMatchObject({ outcome: 'complete', seen: 2, created: 2, unchanged: 0, rejected: 0 });
    expect(upsert.mock.calls.map(([drafts]) => drafts.map((draft) => draft.id))).toEqual([
      [`${SYNTHETIC}:1`, `${SYNTHETIC}:2`],
    ]);
  });

  it('writes in batches of 200, reporting progress after each full batch', async () => {
    const store = new MemoryListingStore();
    const upsert = jest.spyOn(store, 'upsertChanged');
    const progress: { pages: number; seen: number }[] = [];

    const run = await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines([...farJobs(1, 400), job(401)]))),
      store,
      now: at(0),
      onProgress: (p) => progress.push(p),
    });

    expect(run).toMatchObject({ outcome: 'complete', seen: 401, created: 1, rejected: 400 });
    expect(upsert).toHaveBeenCalledTimes(3);
    expect(upsert.mock.calls[2]![0].map((draft) => draft.id)).toEqual([`${SYNTHETIC}:401`]);
    expect(progress).toEqual([
      { pages: 1, seen: 200 },
      { pages: 1, seen: 400 },
    ]);
  });

  it('needs no progress callback to write a full batch', async () => {
    const run = await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines(farJobs(1, 200)))),
      store: new MemoryListingStore(),
      now: at(0),
    });

    expect(run).toMatchObject({ outcome: 'complete', seen: 200, rejected: 200 });
  });

  it('stops at its time budget after a batch, as an incomplete run that keeps the batch and expires nothing', async () => {
    const store = new MemoryListingStore();
    await runSource({
      adapter: fileSource(),
      fetcher: new SyntheticFetcher(file(jsonLines([job(1), job(2), job(300)]))),
      store,
      now: at(0),
    });
    const stopAt = at(2)();
    let batches = 0;

    const run = await runSource({
      adapter: fileSource(),
      // Listing 300 is not in the file any more, but the file is not read to its end.
      fetcher: new SyntheticFetcher(file(jsonLines([job(1, 2), job(2, 2), ...farJobs(3, 250)]), { etag: '"file-2"' })),
      store,
      now: () => (batches > 0 ? stopAt : at(1)()),
      stopAt,
      onProgress: () => void batches++,
      config: { ...DEFAULT_RUN_CONFIG, maxExpireShare: 1 },
    });

    expect(run).toMatchObject({
      outcome: 'incomplete',
      seen: 200,
      changed: 2,
      expired: 0,
      note: 'stopped at the time budget after 200 records of the file',
    });
    expect(await store.countActive(SYNTHETIC)).toBe(3);
    expect((await store.getById(`${SYNTHETIC}:1`))?.description).toMatch(/Version 2/);
    // The file was not read to its end: its validators must not say it was.
    expect(await store.getSourceMemory(SYNTHETIC)).toEqual({ etag: ETAG, lastModified: LAST_MODIFIED });
  });
});
