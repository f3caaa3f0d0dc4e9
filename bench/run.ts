import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localDynamoClient } from '../infra/local/embedded-dynamo';
import { startLocalService } from '../infra/local/local-service';
import { syntheticListings } from './synthetic-listings';
import { listingQueryParamsSchema, toActiveQuery } from '../shared/api/listing-query-params';
import { DynamoListingStore } from '../shared/store/dynamo-listing-store';
import { querySegments } from '../shared/store/query-plan';
import { listingsTable } from '../shared/store/table-definition';
import { chunk } from '../shared/util/map-limit';
import { languageFigures, printLanguageFigures } from './language-figures';
import { SCRAPE_NODE_OPTIONS } from '../infra/definitions/scrape-runtime';
import { benchFunctionBundles } from './function-bundles';
import { writeVacancyFile } from './mpsv-file';
import { queryMix } from './query-mix';
import { benchParsing, benchRescrape } from './scraping';
import { percentile, round } from './stats';

/*
 * npm run bench: the API's latency through the local server against a bare DynamoDB Query of the
 * same page, side by side in one run on the embedded store, and DynamoDB items read per item
 * returned. Figures go to bench-results.json. Targets (issue 3): ratio ≤ 1.5, ≤ 3 items read per item.
 */

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const WARMUP = 5;
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const service = await startLocalService({ port: 0, host: '127.0.0.1', replay: false, log: quiet });
  try {
    const client = localDynamoClient(service.dynamoEndpoint);
    const doc = DynamoDBDocumentClient.from(client);
    const store = new DynamoListingStore(client, { tableName: service.tableName });
    // The same queries as DynamoDB Queries on the sparse GSIs with FilterExpressions, for comparison.
    const direct = new DynamoListingStore(client, { tableName: service.tableName, searchProjection: false });

    const seedStart = performance.now();
    // Dated relative to this run, so that the mix's date filter (postedWithinDays) matches on any day.
    const drafts = syntheticListings({ rentals: Math.round(LISTINGS * 0.6), jobs: LISTINGS - Math.round(LISTINGS * 0.6), now: new Date() });
    for (const batch of chunk(drafts, 500)) await store.upsertChanged(batch, new Date());
    const seedMs = performance.now() - seedStart;
    console.log(`seeded ${drafts.length} active listings in ${round(seedMs / 1000, 1)} s`);

    // Cold projection loads: what the first filtered request after a data change costs.
    const cold: Record<string, { itemsRead: number; ms: number }> = {};
    for (const kind of ['rental', 'job'] as const) {
      const coldStore = new DynamoListingStore(client, { tableName: service.tableName });
      const started = performance.now();
      const page = await coldStore.queryActive({ kind, sort: 'newest', filters: { englishFriendly: true }, limit: 20, now: new Date() });
      cold[kind] = { itemsRead: page.itemsRead, ms: round(performance.now() - started, 1) };
    }

    const rows = [];
    for (const { name, query } of queryMix) {
      const params = listingQueryParamsSchema.parse(Object.fromEntries(new URLSearchParams(query)));
      const active = toActiveQuery(params, new Date());
      const segment = querySegments(active.kind, active.sort, {})[0]!;
      const index = listingsTable.indexes[segment.index];
      const bareQuery = () =>
        doc.send(
          new QueryCommand({
            TableName: service.tableName,
            IndexName: index.name,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': index.partitionKey.name },
            ExpressionAttributeValues: { ':pk': segment.partition },
            ScanIndexForward: segment.forward,
            Limit: params.limit,
          }),
        );
      const apiRequest = async () => {
        const response = await fetch(`${service.url}/listings?${query}`);
        if (response.status !== 200) throw new Error(`${query} answered ${response.status}`);
        return (await response.json()) as { count: number };
      };

      await store.queryActive(active); // warm this process's projection, as a running Lambda's is
      const page = await store.queryActive(active);
      const directPage = await direct.queryActive(active);
      for (let i = 0; i < WARMUP; i++) await Promise.all([apiRequest(), bareQuery()]);

      const api: number[] = [];
      const bare: number[] = [];
      for (let i = 0; i < ROUNDS; i++) {
        // Alternate which goes first, so that neither always meets a warmer cache.
        for (const which of i % 2 === 0 ? ['api', 'bare'] : ['bare', 'api']) {
          const started = performance.now();
          if (which === 'api') await apiRequest();
          else await bareQuery();
          (which === 'api' ? api : bare).push(performance.now() - started);
        }
      }
      rows.push({
        query: name,
        url: `/listings?${query}`,
        itemsReturned: page.items.length,
        itemsRead: page.itemsRead,
        readsPerItem: round(page.itemsRead / Math.max(1, page.items.length)),
        // Worst case per request: the catalogue-version check (at most one read per 2 s per process).
        worstReadsPerItem: round((page.itemsRead + 1) / Math.max(1, page.items.length)),
        gsiFilterReadsPerItem: round(directPage.itemsRead / Math.max(1, directPage.items.length)),
        apiP50Ms: round(percentile(api, 50)),
        apiP95Ms: round(percentile(api, 95)),
        bareP50Ms: round(percentile(bare, 50)),
        bareP95Ms: round(percentile(bare, 95)),
        ratioP50: round(percentile(api, 50) / percentile(bare, 50)),
      });
    }

    const allApi = rows.map((r) => r.apiP50Ms);
    const allBare = rows.map((r) => r.bareP50Ms);
    const mixRatio = round(allApi.reduce((a, b) => a + b, 0) / allBare.reduce((a, b) => a + b, 0));
    const worstReads = Math.max(...rows.map((r) => r.worstReadsPerItem));
    console.table(rows.map(({ url: _url, bareP95Ms: _b, apiP95Ms: _a, ...row }) => row));
    console.log(`mix: API p50 sum / bare p50 sum = ${mixRatio} (target ≤ 1.5); worst items read per item returned = ${worstReads} (target ≤ 3)`);
    console.log(`cold projection load: rentals ${cold.rental!.itemsRead} items in ${cold.rental!.ms} ms, jobs ${cold.job!.itemsRead} items in ${cold.job!.ms} ms`);

    console.log('\nscraping: parse + normalise throughput on recorded pages (one core), and a re-scrape where nothing changed');
    const parsing = benchParsing();
    console.table(parsing);
    const rescrape = await benchRescrape(client, service.tableName);
    console.table(rescrape);
    const slowest = Math.min(...parsing.map((p) => p.listingsPerSecond));
    console.log(`slowest adapter: ${slowest} listings/s (target ≥ 2000); re-scrape detail fetches ${rescrape.reduce((a, r) => a + r.rescrapeDetailFetches, 0)}, full item writes ${rescrape.reduce((a, r) => a + r.rescrapeItemWrites, 0)} (target 0 and 0)`);

    const vacancies = await benchVacancyFile();
    console.log(`\nÚřad práce file: ${vacancies.fileMb} MB, 40 000 postings: streamed ${vacancies.stream.postings} regional postings in ${vacancies.stream.ms} ms at peak RSS ${vacancies.stream.peakRssMb} MB (target < 256 MB); plain JSON.parse ${vacancies.parse.ms} ms at peak RSS ${vacancies.parse.peakRssMb} MB; time ratio ${vacancies.timeRatio}`);

    const bundles = await benchFunctionBundles();
    console.log('\nfunction bundles (minified, AWS SDK left to the runtime) and median cold import time in a fresh process; targets for the API: ≤ 300 KB, ≤ 1.5 × the minimal handler');
    console.table(bundles);

    const language = languageFigures();
    console.log('');
    printLanguageFigures(language);

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      listings: drafts.length,
      rounds: ROUNDS,
      seedSeconds: round(seedMs / 1000, 2),
      listingsApi: { mixRatioP50: mixRatio, ratioTarget: 1.5, worstReadsPerItem: worstReads, readsPerItemTarget: 3, queries: rows },
      searchProjectionColdLoad: cold,
      scraping: { parseNormalise: parsing, slowestListingsPerSecond: slowest, listingsPerSecondTarget: 2000, rescrapeUnchanged: rescrape },
      vacancyFile: vacancies,
      functionBundles: { apiKbTarget: 300, importRatioTarget: 1.5, functions: bundles },
      languageRequirement: language,
      rssMb: round(process.memoryUsage().rss / 1_048_576, 1),
    };
    writeFileSync(join(__dirname, '../bench-results.json'), `${JSON.stringify(results, null, 2)}\n`);
    console.log('figures written to bench-results.json');
    client.destroy();
  } finally {
    await service.close();
  }
}

/** Streams a generated 40 000-posting vacancy file and parses it whole, each in a fresh process. */
async function benchVacancyFile() {
  const file = join(tmpdir(), 'ostrava-bench-volna-mista.json');
  const bytes = await writeVacancyFile(file);
  // Bundled and run by plain node, as the scrape Lambda runs it, with the heap settings that the scrape
  // function is given (SCRAPE_NODE_OPTIONS): without a cap V8 collects lazily and RSS says little.
  const bundle = join(tmpdir(), 'ostrava-bench-mpsv-ingest.mjs');
  await build({
    entryPoints: [join(__dirname, 'mpsv-ingest.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    mainFields: ['module', 'main'],
    outfile: bundle,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
  const measure = (mode: 'stream' | 'parse') => {
    const flags = mode === 'stream' ? SCRAPE_NODE_OPTIONS.split(' ') : [];
    const result = spawnSync(process.execPath, [...flags, bundle, mode, file], { encoding: 'utf8', maxBuffer: 1 << 20 });
    if (result.status !== 0) throw new Error(`mpsv-ingest ${mode} failed: ${result.stderr}`);
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { ms: number; peakRssMb: number; postings: number };
  };
  const stream = measure('stream');
  const parse = measure('parse');
  return { fileMb: round(bytes / 1_048_576, 1), nodeOptions: SCRAPE_NODE_OPTIONS, stream, parse, peakRssTargetMb: 256, timeRatio: round(stream.ms / parse.ms, 2) };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
