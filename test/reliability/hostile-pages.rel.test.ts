import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable, localDynamoClient, startDynalite, type EmbeddedDynamo } from '../../infra/local/embedded-dynamo';
import { HttpClient } from '../../shared/http/http-client';
import { runSource } from '../../shared/scrape/run-source';
import { adapters } from '../../shared/sources/adapters';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { startFakePortal, type FakePortal, type Fault } from './support/fake-portal';
import { recordFigure } from './support/figures';
import { changedBetween, lostBetween, takeCensus } from './support/store-census';

const SOURCE = 'idnes';
/** The red team's page: a million unclosed nested <div>s, 5 MB, under the 10 MB body cap. */
const NESTED = `<!DOCTYPE html><html><body>${'<div>'.repeat(1_000_000)}</body></html>`;
/** The same weight spread flat: a million sibling elements. */
const WIDE = `<!DOCTYPE html><html><body>${'<i></i>'.repeat(1_000_000)}</body></html>`;
// Far inside the run's budget; the page used to keep the parser busy for more than 5 minutes.
const BUDGET_MS = 10_000;
const HEAP_LIMIT_MB = 150;

const serve =
  (body: string, only: 'list' | 'detail'): Fault =>
  ({ req, res }) =>
    (only === 'list') === /\/s\/pronajem\//.test(req.url ?? '')
      ? void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body)
      : 'as recorded';

const pages = [
  {
    name: 'list page of 1,000,000 unclosed nested <div>s (5 MB)',
    fault: serve(NESTED, 'list'),
    verdict: 'incomplete',
    fresh: false,
  },
  {
    name: 'list page of 1,000,000 sibling elements (7 MB)',
    fault: serve(WIDE, 'list'),
    verdict: 'incomplete',
    fresh: false,
  },
  // On a first run (an empty table), so that every card's detail page is fetched.
  {
    name: 'every detail page 1,000,000 unclosed nested <div>s, first run',
    fault: serve(NESTED, 'detail'),
    verdict: 'complete',
    fresh: true,
  },
] as const;

describe('hostile pages: the idnes parser ends each as a recorded failure within the budget, with bounded memory', () => {
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;
  let store: DynamoListingStore;
  let portal: FakePortal;

  const run = (into: DynamoListingStore = store) =>
    runSource({
      adapter: adapters[SOURCE]!,
      fetcher: new HttpClient({
        userAgent: 'OstravaExpatListings/reliability',
        dispatcher: portal.dispatcher,
        timeoutMs: 5000,
        retries: 0,
        pacingMs: 0,
      }),
      store: into,
      stopAt: new Date(Date.now() + 60_000),
    });

  beforeAll(async () => {
    dynamo = await startDynalite();
    client = localDynamoClient(dynamo.endpoint);
    await ensureTable(client, 'reliability-hostile-pages');
    store = new DynamoListingStore(client, { tableName: 'reliability-hostile-pages' });
    portal = await startFakePortal([SOURCE]);
    expect((await run()).outcome).toBe('complete');
  });
  afterAll(async () => {
    await portal?.close();
    client?.destroy();
    await dynamo?.close();
  });

  it.each(pages)('$name → $verdict, recorded; every listing kept', async ({ name, fault, verdict, fresh }) => {
    const table = fresh ? 'reliability-hostile-pages-fresh' : undefined;
    if (table) await ensureTable(client, table);
    const into = table ? new DynamoListingStore(client, { tableName: table }) : store;
    const before = await takeCensus(store, [SOURCE]);
    global.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    let heapPeak = heapBefore;
    const sampler = setInterval(() => (heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed)), 20);
    portal.fault(SOURCE, fault);

    const started = performance.now();
    const result = await run(into);
    const ms = Math.round(performance.now() - started);
    clearInterval(sampler);
    heapPeak = Math.max(heapPeak, process.memoryUsage().heapUsed);
    portal.fault(SOURCE, undefined);

    const after = await takeCensus(store, [SOURCE]);
    const heapMb = Math.round((heapPeak - heapBefore) / 1_048_576);
    const lost = lostBetween(before, after);
    recordFigure({
      area: 'hostile input',
      check: `${SOURCE}: ${name}`,
      result: `${result.outcome} in ${ms} ms, heap +${heapMb} MB${result.note ? ` (${result.note})` : ''}`,
      listingsLost: lost.length,
      tried: 1,
    });

    expect(result.outcome).toBe(verdict);
    if (fresh) expect(result).toMatchObject({ created: 0, rejectedReasons: { 'detail page failed: ParseError': 16 } });
    expect(ms).toBeLessThan(BUDGET_MS);
    expect(heapMb).toBeLessThan(HEAP_LIMIT_MB);
    expect(result.expired).toBe(0);
    expect(lost).toEqual([]);
    expect(changedBetween(before, after)).toEqual([]);
    expect((await into.listRuns(SOURCE, 1))[0]).toEqual(result);
  });
});
