import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CataloguePublisher } from '../../shared/catalogue/catalogue-publisher';
import { FolderSnapshotStore } from '../../shared/catalogue/folder-snapshot-store';
import { parseConfig, userAgent } from '../../shared/config';
import type { HttpFetcher } from '../../shared/http/http-client';
import { replayableSources, scrapableSources, scrapeSource } from '../../shared/scrape/scrape-source';
import { sourceRegistry } from '../../shared/sources/registry';
import type { Log } from '../../shared/log';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { apiRoutes } from '../definitions/routes';
import { DEMO_SOURCE, demoListings } from './demo/demo-listings';
import { ensureTable, localDynamoClient, startDynaliteProcess } from './embedded-dynamo';
import { loadRoutes } from './load-routes';
import { FileSnapshotSink } from './file-snapshot-sink';
import { createLocalServer } from './local-server';
import { ReplayFetcher } from './replay-fetcher';
import { LocalScheduler } from './scheduler';

export interface LocalServiceOptions {
  port: number;
  host: string;
  /** Folder for dynalite's data; in memory when absent (tests). */
  dataDir?: string;
  /** Folder for the catalogue snapshots (the S3 bucket's stand-in); a temporary one when absent (tests). */
  catalogueDir?: string;
  /** Run every scraper once at start on recorded responses (and load the marked demo set), instead of on schedules. */
  replay: boolean;
  log: Log;
}

export interface LocalService {
  url: string;
  /** The embedded DynamoDB endpoint and table, for tools that seed or inspect the data. */
  dynamoEndpoint: string;
  tableName: string;
  /** Where the catalogue snapshots are, for tools that publish or inspect them. */
  catalogueDir: string;
  close(): Promise<void>;
}

export const LOCAL_TABLE_NAME = 'ostrava-listings-local';
const TABLE_NAME = LOCAL_TABLE_NAME;
const SITE_DIR = join(__dirname, '../../site/dist');

/**
 * The whole service on this machine: dynalite (on a data folder, so data survives a restart), the
 * table from the shared definition, the real handlers behind the API Gateway stand-in, the site's
 * files, and the local scheduler in place of EventBridge.
 */
export async function startLocalService(options: LocalServiceOptions): Promise<LocalService> {
  if (options.dataDir) await mkdir(options.dataDir, { recursive: true });
  const catalogueFolder = options.catalogueDir ?? join(tmpdir(), `ostrava-listings-catalogue-${process.pid}`);
  const dynamo = await startDynaliteProcess({ path: options.dataDir });
  // The handlers build their own client from the environment at import, exactly as in Lambda.
  Object.assign(process.env, {
    TABLE_NAME,
    AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint,
    AWS_REGION: process.env.AWS_REGION ?? 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // The catalogue snapshots in a folder beside the data, in place of the S3 bucket.
    CATALOGUE_DIR: catalogueFolder,
    // A folder read is cheap: check it every second, so that a change shows at once.
    CATALOGUE_CHECK_SECONDS: process.env.CATALOGUE_CHECK_SECONDS ?? '1',
  });
  const client = localDynamoClient(dynamo.endpoint);
  if (await ensureTable(client, TABLE_NAME)) options.log.info('table created', { table: TABLE_NAME });
  const store = new DynamoListingStore(client, { tableName: TABLE_NAME });
  const catalogue = new CataloguePublisher({ store, snapshots: new FolderSnapshotStore(catalogueFolder) });

  // Live: each enabled source on its schedule. Replay: each once, now, on its recorded responses.
  const scrapeWith = (sources: string[], fetcherFor?: (source: string) => HttpFetcher) =>
    sources.map((source) => ({
      name: source,
      intervalMs: scheduleIntervalMs(sourceRegistry.find((s) => s.name === source)?.schedule),
      run: () => scrapeSource(source, { store, catalogue, userAgent: userAgent(parseConfig(process.env)), fetcherFor, log: options.log, snapshots: new FileSnapshotSink(snapshotsDir(options.dataDir)) }),
    }));
  const scheduler = new LocalScheduler(options.replay ? scrapeWith(replayableSources(), (source) => ReplayFetcher.forSource(source)) : scrapeWith(scrapableSources()), (job, error) =>
    options.log.error('scheduled run failed', { job, error }),
  );
  if (options.replay) await loadDemoData(store, options.log);
  // Published once at start too, so that listings kept in the data folder from an earlier run are listed.
  for (const kind of ['job', 'rental'] as const) await catalogue.publish(kind);
  if (options.replay) await scheduler.runAll();
  else scheduler.start();

  const server = createLocalServer({ routes: await loadRoutes(apiRoutes), staticDir: SITE_DIR, corsOrigin: process.env.SITE_ORIGIN });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host === '0.0.0.0' ? 'localhost' : options.host}:${port}`,
    dynamoEndpoint: dynamo.endpoint,
    tableName: TABLE_NAME,
    catalogueDir: catalogueFolder,
    close: async () => {
      await scheduler.stop();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      client.destroy();
      await dynamo.close();
    },
  };
}

/** Milliseconds between runs for an EventBridge "rate(N unit)" expression; 6 hours otherwise. */
export function scheduleIntervalMs(expression: string | undefined): number {
  const match = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(expression ?? '');
  if (!match) return 6 * 3_600_000;
  return Number(match[1]) * { minute: 60_000, hour: 3_600_000, day: 86_400_000 }[match[2] as 'minute' | 'hour' | 'day'];
}

function snapshotsDir(dataDir: string | undefined): string {
  return dataDir ? join(dataDir, '../snapshots') : join(tmpdir(), 'ostrava-listings-snapshots');
}

/** Loads the marked demo set, recorded as a run of the "demo" source so GET /sources shows it. */
async function loadDemoData(store: DynamoListingStore, log: Log): Promise<void> {
  const startedAt = new Date();
  const drafts = demoListings({ now: startedAt });
  const result = await store.upsertChanged(drafts, startedAt);
  const finishedAt = new Date();
  await store.recordRun({
    runId: randomUUID(),
    source: DEMO_SOURCE,
    startedAt: startedAt.toISOString(),
    finishedAt: finishedAt.toISOString(),
    outcome: 'complete',
    suspicious: false,
    pages: 0,
    requests: 0,
    seen: drafts.length,
    created: result.created.length,
    changed: result.changed.length,
    unchanged: result.unchanged.length,
    expired: 0,
    rejected: 0,
    rejectedReasons: {},
    durationMs: finishedAt.getTime() - startedAt.getTime(),
    note: 'demo data set, not real listings (kept until every kind has a source with recorded responses)',
  });
  log.warn('loaded DEMO listings: not real data', { source: DEMO_SOURCE, listings: drafts.length, created: result.created.length });
}

