import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { HttpClient } from '../../shared/http/http-client';
import { runSource } from '../../shared/scrape/run-source';
import { adapters } from '../../shared/sources/adapters';
import { MAX_POSTING_BYTES } from '../../shared/sources/mpsv/adapter';
import { MemoryListingStore } from '../../shared/store/memory-listing-store';
import { startFakePortal, type FakePortal } from './support/fake-portal';
import { recordFigure } from './support/figures';

const NOW = new Date('2026-11-30T06:00:00Z');
const LATER = new Date('2026-11-30T12:00:00Z');
const GIB = 1024 ** 3;

/** A 1 GiB vacancy file that is one posting with one endless string, gzipped as it is sent (~1 MB on the wire per GiB). */
function endlessValueFile(): Readable {
  const filler = Buffer.alloc(1024 * 1024, 'x');
  let sent = 0;
  return Readable.from(
    (function* () {
      yield Buffer.from('{"polozky":[{"portalId":1,"upresnujiciInformace":{"cs":"');
      while (sent < GIB) {
        sent += filler.length;
        yield filler;
      }
      yield Buffer.from('"}}]}');
    })(),
  );
}

/** Peak heap growth while `work` runs, sampled every 5 ms. */
async function peakHeapGrowth<T>(work: () => Promise<T>): Promise<{ result: T; growthMb: number }> {
  global.gc?.();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 5);
  try {
    const result = await work();
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    return { result, growthMb: (peak - baseline) / 1024 ** 2 };
  } finally {
    clearInterval(sampler);
  }
}

describe('hostile bodies: each ends as a recorded failure within its deadline, with bounded memory, nothing lost', () => {
  let portal: FakePortal;

  beforeAll(async () => {
    portal = await startFakePortal(['startupjobs', 'mpsv']);
  });
  afterAll(async () => {
    await portal?.close();
  });

  it('a body sent a byte at a time ends at the whole-body deadline, not when the sender stops', async () => {
    const store = new MemoryListingStore();
    const client = (bodyDeadlineMs: number) =>
      new HttpClient({
        userAgent: 'OstravaExpatListings/reliability',
        dispatcher: portal.dispatcher,
        timeoutMs: 2000,
        bodyDeadlineMs,
        retries: 1,
        baseDelayMs: 50,
        pacingMs: 0,
      });
    const first = await runSource({ adapter: adapters.startupjobs!, fetcher: client(5000), store, now: () => NOW });
    const stored = await store.countActive('startupjobs');
    portal.fault('startupjobs', ({ res }) => {
      res.writeHead(200, { 'content-type': 'application/xml' });
      const drip = setInterval(() => res.write('<'), 1000);
      res.on('close', () => clearInterval(drip));
    });

    const started = Date.now();
    const run = await runSource({ adapter: adapters.startupjobs!, fetcher: client(1500), store, now: () => LATER });
    const tookMs = Date.now() - started;
    const requests = portal.requests('startupjobs');
    portal.fault('startupjobs', undefined);

    recordFigure({
      area: 'scrape faults',
      check: 'a body sent at 1 byte a second (timeout 2 s, body deadline 1.5 s, 1 retry)',
      result: `${run.outcome} after ${requests} requests, ${tookMs} ms; ${stored} listings kept`,
      listingsLost: stored - (await store.countActive('startupjobs')),
      tried: requests,
    });
    expect(first.outcome).toBe('complete');
    expect(run.outcome).toBe('failed');
    expect(run.note).toMatch(/took longer than 1500 ms/);
    // Per attempt: the headers (within the 2 s timeout), then at most the 1.5 s body deadline.
    expect(tookMs).toBeLessThan(2 * (2000 + 1500));
    expect(await store.countActive('startupjobs')).toBe(stored);
    expect((await store.listRuns('startupjobs', 1))[0]).toEqual(run);
  });

  it('one endless string value in the Úřad práce file ends the run as incomplete with bounded heap', async () => {
    const store = new MemoryListingStore();
    const client = new HttpClient({
      userAgent: 'OstravaExpatListings/reliability',
      dispatcher: portal.dispatcher,
      timeoutMs: 5000,
      retries: 0,
      pacingMs: 0,
    });
    const first = await runSource({ adapter: adapters.mpsv!, fetcher: client, store, now: () => NOW });
    const stored = await store.countActive('mpsv');
    let gzipBytes = 0;
    portal.fault('mpsv', ({ req, res }) => {
      if (!req.url?.includes('volna-mista')) return 'as recorded';
      res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      const gzip = createGzip({ level: 9 });
      gzip.on('data', (chunk: Buffer) => (gzipBytes += chunk.length));
      endlessValueFile().pipe(gzip).pipe(res);
      res.on('close', () => gzip.destroy());
    });

    const { result: run, growthMb } = await peakHeapGrowth(() =>
      runSource({ adapter: adapters.mpsv!, fetcher: client, store, now: () => LATER }),
    );
    portal.fault('mpsv', undefined);

    recordFigure({
      area: 'scrape faults',
      check: `one string value of 1 GiB in the MPSV file, gzipped (posting cap ${MAX_POSTING_BYTES / 1024 ** 2} MB)`,
      result: `${run.outcome}; peak heap growth ${Math.max(1, Math.ceil(growthMb))} MB or less; ${(gzipBytes / 1024).toFixed(0)} KB of gzip sent before the stop`,
      listingsLost: stored - (await store.countActive('mpsv')),
      tried: 1,
    });
    expect(first.outcome).toBe('complete');
    expect(run.outcome).toBe('incomplete');
    expect(run.note).toMatch(/larger than/);
    expect(growthMb).toBeLessThan(100);
    expect(await store.countActive('mpsv')).toBe(stored);
    expect((await store.listRuns('mpsv', 1))[0]).toEqual(run);
  });
});
