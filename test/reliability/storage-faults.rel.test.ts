import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable, localDynamoClient, startDynalite, type EmbeddedDynamo } from '../../infra/local/embedded-dynamo';
import { FIXTURES_DIR, ReplayFetcher } from '../../infra/local/replay-fetcher';
import type { FetchRequest, FetchResponse, HttpFetcher } from '../../shared/http/http-client';
import { DEFAULT_RUN_CONFIG } from '../../shared/scrape/run-config';
import { runSource } from '../../shared/scrape/run-source';
import { srealityAdapter } from '../../shared/sources/sreality/adapter';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { injectFaults, type Attempt, type FaultInjector } from './support/dynamo-faults';
import { recordFigure } from './support/figures';
import { changedBetween, lostBetween, takeCensus, type Census } from './support/store-census';

const SOURCE = 'sreality';
const T0 = new Date('2026-11-24T06:00:00Z');
const later = (hours: number) => new Date(T0.getTime() + hours * 3_600_000);
/** The item's partition key, whether the input is still plain or already marshalled ({ S: … }). */
const pkOf = (a: Attempt): string => {
  const pk = a.input.Key?.pk ?? a.input.Item?.pk;
  return typeof pk === 'string' ? pk : String(pk?.S ?? '');
};
const isListingWrite = (a: Attempt) => /^(Put|Update)(Item)?Command$/.test(a.command) && pkOf(a).startsWith('LISTING#');
const isConditional = (a: Attempt) => a.input.ConditionExpression !== undefined;

/** The recorded responses, with one flat gone from the first list page (so a complete run would expire it). */
function fetcherWithoutOneFlat(): HttpFetcher {
  const replay = ReplayFetcher.forSource(SOURCE);
  const [flats] = srealityAdapter.startRequests({ radiusKm: 35 });
  const page = JSON.parse(readFileSync(join(FIXTURES_DIR, SOURCE, 'search-byty.json'), 'utf8'));
  page.results = page.results.slice(1);
  page.pagination.total -= 1;
  return {
    get requestCount() {
      return replay.requestCount;
    },
    fetch: async (request: FetchRequest): Promise<FetchResponse> =>
      request.url === flats!.url
        ? { url: request.url, status: 200, headers: {}, body: JSON.stringify(page), notModified: false }
        : replay.fetch(request),
  };
}

describe('faults in storage: throttling, lost conditions and partial batches injected into the DynamoDB client', () => {
  let dynamo: EmbeddedDynamo;
  let reference: Census;
  const clients: DynamoDBClient[] = [];

  /** A fresh table with its own client and injector; `seeded` runs the source once cleanly first. */
  async function freshStore(seeded: boolean): Promise<{ store: DynamoListingStore; faults: FaultInjector }> {
    const client = localDynamoClient(dynamo.endpoint);
    clients.push(client);
    const tableName = `reliability-${randomUUID()}`;
    await ensureTable(client, tableName);
    const faults = injectFaults(client);
    const store = new DynamoListingStore(client, { tableName, writeConcurrency: 4 });
    if (seeded)
      expect(
        (await runSource({ adapter: srealityAdapter, fetcher: ReplayFetcher.forSource(SOURCE), store, now: () => T0 }))
          .outcome,
      ).toBe('complete');
    return { store, faults };
  }

  beforeAll(async () => {
    dynamo = await startDynalite();
    const { store } = await freshStore(true);
    reference = await takeCensus(store, [SOURCE]);
    expect(reference.size).toBe(6);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await dynamo?.close();
  });

  it('throttled on every third attempt: the SDK retries, the run completes with every listing as a clean run stores it', async () => {
    const { store, faults } = await freshStore(false);
    faults.plan = (attempt) => (attempt.nth % 3 === 0 ? 'throttle' : undefined);

    const first = await runSource({
      adapter: srealityAdapter,
      fetcher: ReplayFetcher.forSource(SOURCE),
      store,
      now: () => T0,
    });
    const again = await runSource({
      adapter: srealityAdapter,
      fetcher: ReplayFetcher.forSource(SOURCE),
      store,
      now: () => later(13),
    });

    const after = await takeCensus(store, [SOURCE]);
    record(
      'throttled on every third attempt (SDK retries)',
      `${first.outcome}, then ${again.outcome}; ${after.size} of ${reference.size} listings as a clean run stores them`,
      lostBetween(reference, after).length,
      faults,
    );
    expect([first.outcome, again.outcome]).toEqual(['complete', 'complete']);
    expect(faults.injected.throttle).toBeGreaterThan(5);
    expect(after).toEqual(reference);
  });

  it('throttled past the SDK retries on every listing write: the run is recorded failed, and the listings stay as they were', async () => {
    const { store, faults } = await freshStore(true);
    const before = await takeCensus(store, [SOURCE]);
    faults.plan = (attempt) => (isListingWrite(attempt) ? 'throttle' : undefined);

    // 13 hours on, every unchanged listing's last-seen mark is due: the run has writes to make.
    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: ReplayFetcher.forSource(SOURCE),
      store,
      now: () => later(13),
    });

    const after = await takeCensus(store, [SOURCE]);
    record(
      'throttled past the SDK retries on every listing write',
      `${run.outcome}, recorded: "${run.note?.slice(0, 60)}"`,
      lostBetween(before, after).length,
      faults,
    );
    expect(run.outcome).toBe('failed');
    expect((await store.listRuns(SOURCE, 1))[0]).toEqual(run);
    expect(after).toEqual(before);
  });

  it("a lost condition on each listing's first conditional write (a concurrent writer): re-read, re-planned, every listing stored once", async () => {
    const { store, faults } = await freshStore(false);
    const conditional = new Set<string>();
    faults.plan = (attempt) => {
      if (!isListingWrite(attempt) || !isConditional(attempt)) return undefined;
      const id = pkOf(attempt);
      // The first conditional write of each listing loses its condition; the retry goes through.
      if (conditional.has(id)) return undefined;
      conditional.add(id);
      return 'condition-failed';
    };

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: ReplayFetcher.forSource(SOURCE),
      store,
      now: () => T0,
    });

    const after = await takeCensus(store, [SOURCE]);
    record(
      'conditional check failed on each first write',
      `${run.outcome}; ${run.created} created, ${after.size} of ${reference.size} as a clean run stores them`,
      lostBetween(reference, after).length,
      faults,
    );
    expect(run.outcome).toBe('complete');
    expect(faults.injected['condition-failed']).toBe(6);
    expect(after).toEqual(reference);
  });

  it('BatchGetItem leaving half its keys unprocessed every time: the store asks again until it has them all', async () => {
    const { store, faults } = await freshStore(true);
    faults.halveBatchGets = true;

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: ReplayFetcher.forSource(SOURCE),
      store,
      now: () => later(1),
    });

    const after = await takeCensus(store, [SOURCE]);
    record(
      'BatchGetItem answers half its keys (UnprocessedKeys)',
      `${run.outcome}; ${run.unchanged} of 6 recognised unchanged, 0 detail pages fetched again`,
      lostBetween(reference, after).length,
      faults,
    );
    expect(run).toMatchObject({ outcome: 'complete', unchanged: 6, created: 0, changed: 0 });
    expect(run.requests).toBe(2); // the two list pages only: every listing was found in the store
    expect(faults.injected['unprocessed-keys']).toBeGreaterThan(0);
    expect(after).toEqual(reference);
  });

  it('every Query refused while the run looks for listings to expire: the run is recorded failed and nothing expires', async () => {
    const { store, faults } = await freshStore(true);
    const before = await takeCensus(store, [SOURCE]);
    faults.plan = (attempt) =>
      /^Query(Item)?Command$/.test(attempt.command) && attempt.input.IndexName === 'ActiveBySource'
        ? 'throttle'
        : undefined;

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: fetcherWithoutOneFlat(),
      store,
      config: { ...DEFAULT_RUN_CONFIG, maxExpireShare: 1 },
      now: () => later(1),
    });

    faults.plan = () => undefined;
    const after = await takeCensus(store, [SOURCE]);
    record(
      'every Query refused while looking for what to expire',
      `${run.outcome}, ${run.expired} expired`,
      lostBetween(before, after).length,
      faults,
    );
    expect(run).toMatchObject({ outcome: 'failed', expired: 0 });
    expect(after).toEqual(before);
    expect(changedBetween(before, after)).toEqual([]);
  });

  it('has no batch writes to leave unprocessed: every listing is one conditional write', () => {
    const source = readFileSync(join(__dirname, '../../shared/store/dynamo-listing-store.ts'), 'utf8');
    expect(source).not.toMatch(/BatchWrite/);
    recordFigure({
      area: 'storage faults',
      check: 'BatchWriteItem UnprocessedItems',
      result: 'not applicable: the store makes one conditional Put/Update per listing, no batch writes',
    });
  });
});

function record(check: string, result: string, listingsLost: number, faults: FaultInjector): void {
  const injected = Object.entries(faults.injected)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const tried = Object.values(faults.injected).reduce((sum, n) => sum + n, 0);
  recordFigure({
    area: 'storage faults',
    check,
    result: `${result} (injected: ${injected || 'none'})`,
    listingsLost,
    tried,
  });
}
