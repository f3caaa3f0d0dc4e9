import { recordedTranslator } from './recorded-translations';
import { CataloguePublisher } from '../../shared/catalogue/catalogue-publisher';
import { FolderSnapshotStore } from '../../shared/catalogue/folder-snapshot-store';
import { parseConfig, userAgent } from '../../shared/config';
import type { RunRecord } from '../../shared/runs/run-record';
import { scrapableSources, scrapeSource } from '../../shared/scrape/scrape-source';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { parseArgs } from 'node:util';
import { mkdir } from 'node:fs/promises';
import { dataDirFromEnv, localDataPaths, type LocalDataPaths } from './data-dir';
import { lockDataFolder } from './data-dir-lock';
import { ensureTable, localDynamoClient, startDynaliteProcess } from './embedded-dynamo';
import { FileSnapshotSink } from './file-snapshot-sink';
import { LOCAL_TABLE_NAME } from './local-service';
import { ReplayFetcher } from './replay-fetcher';

const USAGE = `usage: npm run scrape -- --source NAME [--replay]
       npm run scrape -- --all [--replay]

  --source      one enabled source: ${scrapableSources().join(', ')}
  --all         every enabled source, one after another
  --replay      recorded responses (test/fixtures/<source>/) instead of the live portals
  --help        this text

runs into the local store (the one npm start serves; stop npm start first), shows progress and a
summary table, and exits non-zero unless every run was complete. See also: npm run parse -- --help`;

/** `npm run scrape`: runs sources into the local store (the one `npm start` serves), with progress. */
async function main(): Promise<number> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
  const { values: options } = parseArgs({
    args: process.argv.slice(2),
    options: {
      source: { type: 'string' },
      all: { type: 'boolean' },
      replay: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const known = scrapableSources();
  const sources = options.all ? known : options.source !== undefined ? [options.source] : [];
  if (sources.length === 0) throw new Error(USAGE);
  for (const source of sources)
    if (!known.includes(source))
      throw new Error(`unknown or disabled source "${source}"; enabled: ${known.join(', ')}`);

  const paths = localDataPaths(dataDirFromEnv(process.env));
  await mkdir(paths.dynamodb, { recursive: true });
  // The same folder as `npm start`: one of them at a time, refused with a plain sentence.
  const unlock = await lockDataFolder(paths.root);
  const runs: RunRecord[] = [];
  try {
    await scrapeInto(paths, sources, options.replay === true, runs);
  } finally {
    await unlock();
  }
  return report(runs);
}

/** Runs the sources one after another into the data folder's database, appending each run to `runs`. */
async function scrapeInto(paths: LocalDataPaths, sources: string[], replay: boolean, runs: RunRecord[]): Promise<void> {
  const dynamo = await startDynaliteProcess({ path: paths.dynamodb });
  const client = localDynamoClient(dynamo.endpoint);
  try {
    await ensureTable(client, LOCAL_TABLE_NAME);
    const store = new DynamoListingStore(client, { tableName: LOCAL_TABLE_NAME });
    const cfg = parseConfig({ ...process.env, TABLE_NAME: LOCAL_TABLE_NAME });
    // The folder `npm start` reads its catalogue from (the data folder's catalogue/).
    const catalogue = new CataloguePublisher({ store, snapshots: new FolderSnapshotStore(paths.catalogue) });
    for (const source of sources) {
      const run = await scrapeSource(source, {
        store,
        catalogue,
        userAgent: userAgent(cfg),
        radiusKm: cfg.REGION_RADIUS_KM,
        fetcherFor: replay ? (name) => ReplayFetcher.forSource(name) : undefined,
        snapshots: new FileSnapshotSink(paths.snapshots),
        translation: { translator: recordedTranslator() },
        onProgress: (name, { pages, seen }) => progress(`${name}: ${pages} pages, ${seen} listings`),
      });
      progress('');
      runs.push(run);
    }
  } finally {
    client.destroy();
    await dynamo.close();
  }
}

/** Prints the runs' table and notes; the exit code: 0 when every run was complete. */
function report(runs: RunRecord[]): number {
  console.table(
    runs.map((r) => ({
      source: r.source,
      outcome: r.outcome + (r.suspicious ? ' (suspicious)' : ''),
      pages: r.pages,
      requests: r.requests,
      seen: r.seen,
      new: r.created,
      translatedChars: r.translatedCharacters,
      changed: r.changed,
      unchanged: r.unchanged,
      expired: r.expired,
      rejected: r.rejected,
      seconds: r.durationMs / 1000,
    })),
  );
  for (const run of runs) {
    if (run.note) console.log(`${run.source}: ${run.note}`);
    for (const [reason, count] of Object.entries(run.rejectedReasons))
      console.log(`${run.source}: rejected ${count} × ${reason}`);
  }
  return runs.every((r) => r.outcome === 'complete') ? 0 : 1;
}

function progress(line: string): void {
  if (process.stdout.isTTY) process.stdout.write(`\r\x1b[K${line}`);
  else if (line) console.log(line);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`npm run scrape failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
