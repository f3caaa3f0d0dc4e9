import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable, localDynamoClient, startDynalite, type EmbeddedDynamo } from '../../infra/local/embedded-dynamo';
import { FIXTURES_DIR } from '../../infra/local/replay-fetcher';
import { HttpClient } from '../../shared/http/http-client';
import type { RunRecord } from '../../shared/runs/run-record';
import { runSource } from '../../shared/scrape/run-source';
import { adapters } from '../../shared/sources/adapters';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { startFakePortal, type FakePortal, type Fault } from './support/fake-portal';
import { recordFigure } from './support/figures';
import { changedBetween, lostBetween, takeCensus } from './support/store-census';

const FAULTED = 'sreality';
// Runs beside the faulted source, at the same time, on the same store: it must not notice a thing.
const BYSTANDER = 'bezrealitky';
const TIMEOUT_MS = 800;

const fixture = (file: string) => readFileSync(join(FIXTURES_DIR, FAULTED, file), 'utf8');
const answer =
  (status: number, body: string, headers: Record<string, string> = {}): Fault =>
  ({ res }) =>
    void res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body);
const firstThen =
  (times: number, fault: Fault): Fault =>
  (context) =>
    context.nth <= times ? fault(context) : 'as recorded';

type Verdict = RunRecord['outcome'] | 'suspicious';
const faults: { name: string; fault: Fault; verdict: Verdict; check?: (run: RunRecord) => void }[] = [
  { name: '500 on every request', fault: answer(500, 'Internal Server Error'), verdict: 'failed' },
  { name: 'two 503s, then recovers', fault: firstThen(2, answer(503, 'Service Unavailable')), verdict: 'complete' },
  {
    name: '429 with Retry-After: 1, then recovers',
    fault: firstThen(1, answer(429, 'Too Many Requests', { 'retry-after': '1' })),
    verdict: 'complete',
    check: (run) => expect(run.durationMs).toBeGreaterThanOrEqual(1000), // it waited as asked
  },
  {
    name: '429 with Retry-After: 3600 on every request',
    fault: answer(429, 'Too Many Requests', { 'retry-after': '3600' }),
    verdict: 'failed',
    check: (run) => expect(run.durationMs).toBeLessThan(10_000), // it did not wait an hour, nor hammer
  },
  { name: '403 on every request', fault: answer(403, 'Forbidden'), verdict: 'blocked' },
  { name: 'no answer at all (timeout)', fault: () => undefined, verdict: 'failed' },
  {
    name: 'headers, half a body, then a stall past the timeout',
    fault: ({ res, recorded }) => {
      res.writeHead(200, { 'content-type': recorded.contentType, 'content-length': Buffer.byteLength(recorded.body) });
      res.write(recorded.body.slice(0, recorded.body.length / 2));
    },
    verdict: 'failed',
  },
  {
    name: 'body cut off by a closed connection',
    fault: ({ res, recorded }) => {
      res.writeHead(200, { 'content-type': recorded.contentType, 'content-length': Buffer.byteLength(recorded.body) });
      res.write(recorded.body.slice(0, recorded.body.length / 2), () => res.socket?.destroy());
    },
    verdict: 'failed',
  },
  {
    name: 'truncated JSON with status 200',
    fault: answer(200, fixture('hostile-truncated.json')),
    verdict: 'incomplete',
  },
  {
    name: 'a captcha page with status 200',
    fault: answer(200, fixture('hostile-captcha.html'), { 'content-type': 'text/html' }),
    verdict: 'blocked',
  },
  { name: 'a changed layout', fault: answer(200, fixture('hostile-changed-layout.json')), verdict: 'incomplete' },
  { name: 'zero results', fault: answer(200, fixture('hostile-empty.json')), verdict: 'suspicious' },
];

describe('faults while scraping: a fake portal on loopback, the real HTTP client, the store on dynalite', () => {
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;
  let store: DynamoListingStore;
  let portal: FakePortal;

  const run = (source: string) =>
    runSource({
      adapter: adapters[source]!,
      fetcher: new HttpClient({
        userAgent: 'OstravaExpatListings/reliability',
        dispatcher: portal.dispatcher,
        timeoutMs: TIMEOUT_MS,
        retries: 2,
        baseDelayMs: 50,
        maxDelayMs: 2000,
        pacingMs: 0,
      }),
      store,
    });

  beforeAll(async () => {
    dynamo = await startDynalite();
    client = localDynamoClient(dynamo.endpoint);
    await ensureTable(client, 'reliability-scrape');
    store = new DynamoListingStore(client, { tableName: 'reliability-scrape' });
    portal = await startFakePortal([FAULTED, BYSTANDER]);
    const [faulted, bystander] = await Promise.all([run(FAULTED), run(BYSTANDER)]);
    expect([faulted.outcome, bystander.outcome]).toEqual(['complete', 'complete']);
  });
  afterAll(async () => {
    await portal?.close();
    client?.destroy();
    await dynamo?.close();
  });

  it.each(faults)(
    '$name → $verdict, recorded; every listing kept, none expired; the other source untouched',
    async ({ name, fault, verdict, check }) => {
      const before = await takeCensus(store, [FAULTED, BYSTANDER]);
      const bystanderRunsBefore = await store.listRuns(BYSTANDER, 100);
      portal.fault(FAULTED, fault);

      const [faulted, bystander] = await Promise.all([run(FAULTED), run(BYSTANDER)]);
      const requests = portal.requests(FAULTED);
      portal.fault(FAULTED, undefined);

      const after = await takeCensus(store, [FAULTED, BYSTANDER]);
      const lost = lostBetween(before, after);
      recordFigure({
        area: 'scrape faults',
        check: name,
        result: `${faulted.outcome}${faulted.suspicious ? ' (suspicious)' : ''} after ${requests} requests, ${faulted.durationMs} ms; ${BYSTANDER} ${bystander.outcome}`,
        listingsLost: lost.length,
        tried: requests,
      });

      expect(faulted.suspicious ? 'suspicious' : faulted.outcome).toBe(verdict);
      check?.(faulted);
      expect(faulted.expired).toBe(0);
      expect(lost).toEqual([]);
      expect(changedBetween(before, after)).toEqual([]);
      expect(after.size).toBe(before.size);
      expect((await store.listRuns(FAULTED, 1))[0]).toEqual(faulted);
      // The other source ran as usual beside it, and its earlier runs are as they were.
      expect(bystander).toMatchObject({ outcome: 'complete', suspicious: false, expired: 0 });
      expect((await store.listRuns(BYSTANDER, 100)).slice(1)).toEqual(bystanderRunsBefore);
    },
  );
});
