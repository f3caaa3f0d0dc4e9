import { createRequire } from 'node:module';
import { recordedTranslator } from './recorded-translations';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CataloguePublisher } from '../../shared/catalogue/catalogue-publisher';
import { FolderSnapshotStore } from '../../shared/catalogue/folder-snapshot-store';
import { useClock } from '../../functions/deps';
import { parseConfig, userAgent } from '../../shared/config';
import type { HttpFetcher } from '../../shared/http/http-client';
import { replayableSources, scrapableSources, scrapeSource } from '../../shared/scrape/scrape-source';
import { sourceRegistry } from '../../shared/sources/registry';
import type { Log } from '../../shared/log';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { apiRoutes } from '../definitions/routes';
import { localDataPaths, type LocalDataPaths } from './data-dir';
import { lockDataFolder } from './data-dir-lock';
import { ensureTable, localDynamoClient, startDynaliteProcess, type EmbeddedDynamo } from './embedded-dynamo';
import { loadRoutes } from './load-routes';
import { FileSnapshotSink } from './file-snapshot-sink';
import { createLocalServer } from './local-server';
import { ReplayFetcher } from './replay-fetcher';
import { removeRetiredData } from './retired-data';
import { LocalScheduler, type NextRun } from './scheduler';
import { ALERT_DIGEST_INTERVAL_MS } from '../definitions/schedules';
import type { DigestRun } from '../../shared/alerts/alert-digests';
import type { RunRecord } from '../../shared/runs/run-record';

export interface LocalServiceOptions {
  port: number;
  host: string;
  /**
   * The data folder (see localDataPaths: the database, kept pages and e-mails, so that data survives
   * a restart). When absent the database is in memory and the rest goes to a temporary folder that
   * close() removes.
   */
  dataDir?: string;
  /** Folder for the catalogue snapshots (the S3 bucket's stand-in); the data folder's catalogue/ when absent. */
  catalogueDir?: string;
  /** Run every scraper once at start on recorded responses, instead of on schedules. */
  replay: boolean;
  /** With replay: the sources replayed at start (all when absent); the others can be replayed later with replaySource(). */
  replaySources?: readonly string[];
  /**
   * Live only: also run each enabled source once as soon as the API listens (not awaited: a run
   * that fails is recorded as failed and logged, and the service keeps serving). `npm start` sets
   * it unless given --no-initial-scrape; false when absent, so that tests never reach a portal.
   */
  initialScrape?: boolean;
  /** Live only: the fetcher of each source's runs; the real HTTP client when absent (tests give a fake). */
  liveFetcherFor?: (source: string) => HttpFetcher;
  log: Log;
  /**
   * The clock of the scrape runs and the handlers (first seen, validity, partner expiry); the
   * system clock when absent. Tests pin it, so that what they assert holds on any day.
   */
  now?: () => Date;
}

export interface LocalService {
  url: string;
  /** The embedded DynamoDB endpoint and table, for tools that seed or inspect the data. */
  dynamoEndpoint: string;
  tableName: string;
  /** Where the catalogue snapshots are, for tools that publish or inspect them. */
  catalogueDir: string;
  /** Each source's next scheduled run (live); empty with --replay, which runs once and schedules nothing. */
  nextRuns(): NextRun[];
  /** Runs one source now on its recorded responses, as a replay run at start does (tests bring listings in with it). */
  replaySource(source: string): Promise<RunRecord>;
  /** Runs the daily alert digest now, as its schedule would (the scheduler runs it every day from the start). */
  runAlertDigests(): Promise<DigestRun>;
  close(): Promise<void>;
}

export const LOCAL_TABLE_NAME = 'ostrava-listings-local';
const TABLE_NAME = LOCAL_TABLE_NAME;
const SITE_DIR = join(__dirname, '../../site/dist');

/**
 * The address a browser on this machine reaches the service at: the bound host itself (a link to
 * "localhost" may resolve to ::1, where a server bound to 127.0.0.1 does not answer), or localhost
 * when bound to every interface.
 */
export function localUrl(host: string, port: number): string {
  if (host === '0.0.0.0' || host === '::') return `http://localhost:${port}`;
  return `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/**
 * The whole service on this machine: dynalite (on a data folder, so data survives a restart), the
 * table from the shared definition, the real handlers behind the API Gateway stand-in, the site's
 * files, and the local scheduler in place of EventBridge.
 */
export async function startLocalService(options: LocalServiceOptions): Promise<LocalService> {
  const temporary = options.dataDir ? undefined : await mkdtemp(join(tmpdir(), 'ostrava-listings-'));
  const paths = localDataPaths(options.dataDir ?? temporary!);
  if (options.catalogueDir) paths.catalogue = options.catalogueDir;
  if (options.dataDir) await mkdir(paths.dynamodb, { recursive: true });
  // Before dynalite starts: a second process on the folder is refused with a plain sentence.
  const unlock = options.dataDir ? await lockDataFolder(paths.root) : async () => undefined;
  let dynamo: EmbeddedDynamo;
  try {
    dynamo = await startDynaliteProcess({ path: options.dataDir ? paths.dynamodb : undefined });
  } catch (error) {
    await unlock();
    throw error;
  }
  const client = localDynamoClient(dynamo.endpoint);
  const release = async () => {
    client.destroy();
    await dynamo.close();
    await unlock();
    if (temporary) await rm(temporary, { recursive: true, force: true });
  };
  try {
    return await serve(options, paths, dynamo.endpoint, client, release);
  } catch (error) {
    // A start that fails (a port in use, a broken data folder) leaves no child process or folder behind.
    await release();
    throw error;
  }
}

async function serve(
  options: LocalServiceOptions,
  paths: LocalDataPaths,
  endpoint: string,
  client: DynamoDBClient,
  release: () => Promise<void>,
): Promise<LocalService> {
  const now = options.now ?? (() => new Date());
  useClock(now);
  // The handlers build their own client and mailer from the environment at import, exactly as in Lambda.
  Object.assign(process.env, {
    TABLE_NAME,
    OUTBOX_DIR: paths.outbox,
    AWS_ENDPOINT_URL_DYNAMODB: endpoint,
    AWS_REGION: process.env.AWS_REGION ?? 'eu-central-1',
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    // The catalogue snapshots in a folder beside the data, in place of the S3 bucket.
    CATALOGUE_DIR: paths.catalogue,
    // A folder read is cheap: check it every second, so that a change shows at once.
    CATALOGUE_CHECK_SECONDS: process.env.CATALOGUE_CHECK_SECONDS ?? '1',
  });
  if (await ensureTable(client, TABLE_NAME)) options.log.info('table created', { table: TABLE_NAME });
  const store = new DynamoListingStore(client, { tableName: TABLE_NAME });
  const catalogue = new CataloguePublisher({ store, snapshots: new FolderSnapshotStore(paths.catalogue) });
  await removeRetiredData(store, options.log);

  // No network translation locally: the recorded translations, else "not translated", said so.
  const translation = { translator: recordedTranslator() };
  // Live: each enabled source on its schedule. Replay: each once, now, on its recorded responses.
  const scrapeWith = (sources: readonly string[], fetcherFor?: (source: string) => HttpFetcher) =>
    sources.map((source) => ({
      name: source,
      intervalMs: scheduleIntervalMs(sourceRegistry.find((s) => s.name === source)?.schedule),
      run: async () => {
        const run = await scrapeSource(source, {
          store,
          catalogue,
          userAgent: userAgent(parseConfig(process.env)),
          fetcherFor,
          log: options.log,
          snapshots: new FileSnapshotSink(paths.snapshots),
          now,
          translation,
        });
        // Recorded in the runs (GET /sources) by scrapeSource; said here too, at a level a quiet log still shows.
        if (run.outcome !== 'complete')
          options.log.warn('scrape run did not complete', { source, outcome: run.outcome, note: run.note });
        return run;
      },
    }));
  const replayed = options.replaySources ?? replayableSources();
  const scheduler = new LocalScheduler(
    options.replay
      ? scrapeWith(replayed, (source) => ReplayFetcher.forSource(source))
      : scrapeWith(scrapableSources(), options.liveFetcherFor),
    (job, error) => options.log.error('scheduled run failed', { job, error }),
  );
  // Published once at start too, so that listings kept in the data folder from an earlier run are listed.
  for (const kind of ['job', 'rental'] as const) await catalogue.publish(kind);
  if (options.replay) await scheduler.runAll();

  let server: Server;
  let digests: LocalScheduler | undefined;
  // Required when first run, not imported: see load-routes.ts (tsx's CommonJS hook only).
  const runAlertDigests = async (): Promise<DigestRun> =>
    (
      createRequire(__filename)('../../functions/alerts/send-digests') as { handler: () => Promise<DigestRun> }
    ).handler();
  try {
    server = createLocalServer({
      routes: await loadRoutes(apiRoutes),
      staticDir: SITE_DIR,
      corsOrigin: process.env.SITE_ORIGIN,
    });
    // The alert digest, daily from the start, in live and replay mode alike (EventBridge's daily schedule in the cloud).
    digests = new LocalScheduler(
      [{ name: 'alert-digests', intervalMs: ALERT_DIGEST_INTERVAL_MS, run: runAlertDigests }],
      (job, error) => options.log.error('scheduled run failed', { job, error }),
      now,
    );
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port, options.host, () => resolve());
    });
  } catch (error) {
    await scheduler.stop();
    throw error;
  }
  digests.start();
  // Live runs start once the API listens: a slow or unreachable portal never holds the start.
  if (!options.replay) scheduler.start({ runNow: options.initialScrape === true });
  const { port } = server.address() as AddressInfo;
  return {
    url: localUrl(options.host, port),
    dynamoEndpoint: endpoint,
    tableName: TABLE_NAME,
    catalogueDir: paths.catalogue,
    nextRuns: () => scheduler.nextRuns(),
    replaySource: (source) => scrapeWith([source], (name) => ReplayFetcher.forSource(name))[0]!.run(),
    runAlertDigests,
    close: async () => {
      await scheduler.stop();
      await digests.stop();
      // Requests in flight may finish (idle keep-alive connections close at once); after 5 s the rest are cut.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      const cut = setTimeout(() => server.closeAllConnections(), 5_000);
      await closed;
      clearTimeout(cut);
      await release();
    },
  };
}

/** Milliseconds between runs for an EventBridge "rate(N unit)" expression; 6 hours otherwise. */
export function scheduleIntervalMs(expression: string | undefined): number {
  const match = /^rate\((\d+) (minute|hour|day)s?\)$/.exec(expression ?? '');
  if (!match) return 6 * 3_600_000;
  return Number(match[1]) * { minute: 60_000, hour: 3_600_000, day: 86_400_000 }[match[2] as 'minute' | 'hour' | 'day'];
}
