import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { queryMix } from '../../bench/query-mix';
import { localDynamoClient } from '../../infra/local/embedded-dynamo';
import { startLocalService, type LocalService } from '../../infra/local/local-service';
import { CataloguePublisher } from '../../shared/catalogue/catalogue-publisher';
import { FolderSnapshotStore } from '../../shared/catalogue/folder-snapshot-store';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { jobDraft, rentalDraft } from '../support/listing-drafts';
import { replayClock } from '../support/replay-clock';
import { recordFigure } from './support/figures';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const CONNECTIONS = 200;
const SECONDS = Number(process.env.RELIABILITY_LOAD_SECONDS ?? 30);

describe('load: the local API under 200 concurrent clients', () => {
  let dataDir: string;
  let service: LocalService;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'reliability-load-'));
    // On the replay's day, so that the mix's date filter does the same work whenever this runs.
    const clock = replayClock();
    service = await startLocalService({ port: 0, host: '127.0.0.1', dataDir, replay: true, log: quiet, now: clock });
    // A city's worth of listings on top of the replayed ones, so that filters and sorts have work to do.
    const client = localDynamoClient(service.dynamoEndpoint);
    const store = new DynamoListingStore(client, { tableName: service.tableName });
    const now = clock();
    for (let start = 0; start < 3000; start += 500) {
      await store.upsertChanged(
        Array.from({ length: 500 }, (_, i) => rentalDraft(start + i, { englishFriendly: (start + i) % 7 === 0 })),
        now,
      );
    }
    await store.upsertChanged(
      Array.from({ length: 1000 }, (_, n) => jobDraft(n)),
      now,
    );
    // Published as a scrape run would, so that the API's catalogue holds them.
    const catalogue = new CataloguePublisher({ store, snapshots: new FolderSnapshotStore(service.catalogueDir) });
    for (const kind of ['rental', 'job'] as const) await catalogue.publish(kind);
    client.destroy();
  });
  afterAll(async () => {
    await service?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(`answers a realistic query mix for ${SECONDS} s with no 5xx and no errors`, async () => {
    // What the site sends: searches (the bench's mix), a second page, a listing, the sources, the spec.
    const first = (await (await fetch(`${service.url}/api/listings?kind=rental&limit=10`)).json()) as {
      items: { id: string }[];
      nextCursor: string;
    };
    const paths = [
      ...queryMix.map((q) => `/api/listings?${q.query}`),
      `/api/listings?kind=rental&limit=10&cursor=${encodeURIComponent(first.nextCursor)}`,
      `/api/listings/${encodeURIComponent(first.items[0]!.id)}`,
      '/api/sources',
      '/api/openapi.json',
    ];

    const result = await autocannon({
      url: service.url,
      connections: CONNECTIONS,
      duration: SECONDS,
      // 30 s: a busy 2-core machine (CI runs beside other work) can hold a request behind 200 others for seconds; a request that never answers still fails.
      timeout: 30,
      requests: paths.map((path) => ({ method: 'GET', path })),
    });

    const fiveXx = result['5xx'];
    const served = result['2xx'];
    recordFigure({
      area: 'load',
      check: `${CONNECTIONS} clients × ${SECONDS} s, ${paths.length} request kinds, ${(4000).toLocaleString('en')} extra listings`,
      result: `${Math.round(result.requests.average)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms; 5xx ${fiveXx}, errors ${result.errors}, timeouts ${result.timeouts}`,
      tried: result.requests.total,
    });
    expect({ fiveXx, fourXx: result['4xx'], errors: result.errors, timeouts: result.timeouts }).toEqual({
      fiveXx: 0,
      fourXx: 0,
      errors: 0,
      timeouts: 0,
    });
    expect(served).toBeGreaterThan(0);
    expect(served + result['3xx']).toBe(result.requests.total);
  });
});
