import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { localDynamoClient } from '../infra/local/embedded-dynamo';
import { startLocalService } from '../infra/local/local-service';
import { listingQueryParamsSchema, toActiveQuery } from '../shared/api/listing-query-params';
import { CataloguePublisher } from '../shared/catalogue/catalogue-publisher';
import { CatalogueReader } from '../shared/catalogue/catalogue-reader';
import { FolderSnapshotStore } from '../shared/catalogue/folder-snapshot-store';
import { DynamoListingStore } from '../shared/store/dynamo-listing-store';
import { listingsTable } from '../shared/store/table-definition';
import { chunk } from '../shared/util/map-limit';
import { languageFigures, printLanguageFigures } from './language-figures';
import { SCRAPE_NODE_OPTIONS } from '../infra/definitions/scrape-runtime';
import { benchDuplicates, printDuplicates } from './duplicates';
import { benchFunctionBundles } from './function-bundles';
import { writeVacancyFile } from './mpsv-file';
import { queryMix } from './query-mix';
import { benchScale } from './scale';
import { scaleDrafts } from './scale-listings';
import { benchHostileText } from './hostile-text';
import { benchParsing, benchRescrape } from './scraping';
import { benchTranslation } from './translation';
import { percentile, round } from './stats';

/*
 * npm run bench: the API's latency through the local server against a bare DynamoDB Query of the
 * same page, side by side in one run on the embedded store, and DynamoDB items read per item
 * returned. Figures go to bench-results.json. Targets (issue 3): ratio ≤ 1.5, ≤ 3 items read per item.
 */

const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 10_000);
/** The region's upper bound (issue 17): `npm run bench -- --scale` runs only this part. */
const SCALE = {
  jobs: Number(process.env.BENCH_SCALE_JOBS ?? 20_000),
  rentals: Number(process.env.BENCH_SCALE_RENTALS ?? 5_000),
};
const RESULTS = join(__dirname, '../bench-results.json');
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const WARMUP = 5;
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

async function main(): Promise<void> {
  process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
  process.env.POWERTOOLS_LOG_LEVEL = 'SILENT';
  const flags = ['--scale', '--duplicates', '--mutation'];
  const unknown = process.argv.slice(2).filter((arg) => !flags.includes(arg));
  if (unknown.length > 0)
    throw new Error(`unknown argument ${unknown[0]}; usage: npm run bench [-- --scale | --duplicates | --mutation]`);
  if (process.argv.includes('--mutation')) {
    // Only mutation testing of every core module from scratch (about an hour on this machine), its
    // scores merged into the last full run's figures.
    const mutation = runMutation();
    const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
    writeFileSync(RESULTS, `${JSON.stringify({ ...previous, mutation }, null, 2)}\n`);
    console.log('mutation scores written to bench-results.json');
    return;
  }
  if (process.argv.includes('--duplicates')) {
    // Only the duplicates part (issue 20), its figures merged into the last full run's.
    const duplicates = benchDuplicates();
    printDuplicates(duplicates);
    const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
    writeFileSync(RESULTS, `${JSON.stringify({ ...previous, duplicates }, null, 2)}\n`);
    console.log('duplicates figures written to bench-results.json');
    return;
  }
  if (process.argv.includes('--scale')) {
    // Only the scale part, its figures merged into the last full run's.
    const scale = await runScale();
    const previous = existsSync(RESULTS) ? (JSON.parse(readFileSync(RESULTS, 'utf8')) as Record<string, unknown>) : {};
    writeFileSync(RESULTS, `${JSON.stringify({ ...previous, scale }, null, 2)}\n`);
    console.log('scale figures written to bench-results.json');
    return;
  }
  const service = await startLocalService({ port: 0, host: '127.0.0.1', replay: false, log: quiet });
  try {
    const client = localDynamoClient(service.dynamoEndpoint);
    const doc = DynamoDBDocumentClient.from(client);
    const store = new DynamoListingStore(client, { tableName: service.tableName });
    const snapshots = new FolderSnapshotStore(service.catalogueDir);
    const publisher = new CataloguePublisher({ store, snapshots });

    const seedStart = performance.now();
    // Real-size listings (2–4 KB job descriptions, rentals with image lists), as the portals give them.
    const generated = scaleDrafts({
      rentals: Math.round(LISTINGS * 0.6),
      jobs: LISTINGS - Math.round(LISTINGS * 0.6),
      now: new Date(),
    });
    const drafts = [...generated.rentals, ...generated.jobs];
    for (const batch of chunk(drafts, 500)) await store.upsertChanged(batch, new Date());
    const seedMs = performance.now() - seedStart;
    // What the end of a scrape run does: one catalogue per kind, read from the table once.
    const published: Record<string, { entries: number; kb: number; ms: number }> = {};
    for (const kind of ['rental', 'job'] as const) {
      const started = performance.now();
      const result = await publisher.publish(kind);
      published[kind] = {
        entries: result.entries,
        kb: round(result.bytes / 1024, 1),
        ms: round(performance.now() - started, 1),
      };
    }
    console.log(`seeded ${drafts.length} active listings in ${round(seedMs / 1000, 1)} s`);

    // Cold catalogue loads: what the first request of a kind in a new container costs (no DynamoDB read).
    const reader = new CatalogueReader({ snapshots, checkIntervalMs: 60_000 });
    const cold: Record<string, { entries: number; ms: number }> = {};
    for (const kind of ['rental', 'job'] as const) {
      const started = performance.now();
      const catalogue = await reader.catalogue(kind, { words: true });
      cold[kind] = { entries: catalogue.size, ms: round(performance.now() - started, 1) };
    }

    const rows = [];
    for (const { name, query } of queryMix) {
      const params = listingQueryParamsSchema.parse(Object.fromEntries(new URLSearchParams(query)));
      const active = toActiveQuery(params, new Date());
      // The baseline: one bare DynamoDB Query of a page, the cheapest read a DynamoDB-served API could make.
      const index = listingsTable.indexes.newest;
      const bareQuery = () =>
        doc.send(
          new QueryCommand({
            TableName: service.tableName,
            IndexName: index.name,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': index.partitionKey.name },
            ExpressionAttributeValues: { ':pk': active.kind },
            ScanIndexForward: false,
            Limit: params.limit,
          }),
        );
      const apiRequest = async () => {
        const response = await fetch(`${service.url}/listings?${query}`);
        if (response.status !== 200) throw new Error(`${query} answered ${response.status}`);
        return (await response.json()) as { count: number };
      };

      const page = (await reader.catalogue(active.kind, { words: true })).query(active);
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
        // DynamoDB reads per request: none (the catalogue is in memory; its ETag check is an S3 GET).
        entriesExamined: page.entriesExamined,
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
    console.table(rows.map(({ url: _url, bareP95Ms: _b, apiP95Ms: _a, ...row }) => row));
    console.log(`mix: API p50 sum / bare p50 sum = ${mixRatio} (target ≤ 1.5); DynamoDB items read per request: 0`);
    console.log(
      `publish: rentals ${published.rental!.entries} in ${published.rental!.ms} ms (${published.rental!.kb} KB), jobs ${published.job!.entries} in ${published.job!.ms} ms (${published.job!.kb} KB)`,
    );
    console.log(
      `cold catalogue load: rentals ${cold.rental!.entries} entries in ${cold.rental!.ms} ms, jobs ${cold.job!.entries} entries in ${cold.job!.ms} ms`,
    );

    console.log(
      '\nscraping: parse + normalise throughput on recorded pages (one core), and a re-scrape where nothing changed',
    );
    const parsing = benchParsing();
    console.table(parsing);
    const rescrape = await benchRescrape(client, service.tableName);
    console.table(rescrape);
    const slowest = Math.min(...parsing.map((p) => p.listingsPerSecond));
    console.log(
      `slowest adapter: ${slowest} listings/s (target ≥ 2000); re-scrape detail fetches ${rescrape.reduce((a, r) => a + r.rescrapeDetailFetches, 0)}, full item writes ${rescrape.reduce((a, r) => a + r.rescrapeItemWrites, 0)} (target 0 and 0)`,
    );

    console.log('\nhostile descriptions: milliseconds at n and 2n repeats (ratio ≈ 2 linear, ≈ 4 quadratic)');
    const hostileText = benchHostileText();
    console.table(hostileText);

    const translation = await benchTranslation();
    console.log(
      '\ntranslation: characters sent to machine translation per run on the replayed sources (recorded translations), first run and an unchanged re-run',
    );
    console.table(translation.runs);
    const { perListing, perMonth } = translation;
    console.log(
      `per new listing: jobs ${perListing.charactersPerJob} (${perListing.jobsFrom}), rentals ${perListing.charactersPerRental} (${perListing.rentalsFrom}); per month for ${perMonth.region.jobs} jobs and ${perMonth.region.rentals} rentals × ${perMonth.churn} new or edited: ${perMonth.characters.toLocaleString('en')} characters ≈ $${perMonth.usd} at $${perMonth.usdPerMillion} per million`,
    );

    const vacancies = await benchVacancyFile();
    console.log(
      `\nÚřad práce file: ${vacancies.fileMb} MB, 40 000 postings: streamed ${vacancies.stream.postings} regional postings in ${vacancies.stream.ms} ms at peak RSS ${vacancies.stream.peakRssMb} MB (target < 256 MB); plain JSON.parse ${vacancies.parse.ms} ms at peak RSS ${vacancies.parse.peakRssMb} MB; time ratio ${vacancies.timeRatio}`,
    );

    const bundles = await benchFunctionBundles();
    console.log(
      '\nfunction bundles (minified, AWS SDK left to the runtime) and median cold import time in a fresh process; targets for the API: ≤ 300 KB, ≤ 1.5 × the minimal handler',
    );
    console.table(bundles);

    const scale = await runScale();

    const language = languageFigures();
    console.log('');
    printLanguageFigures(language);

    const duplicates = benchDuplicates();
    printDuplicates(duplicates);

    const results = {
      date: new Date().toISOString(),
      node: process.version,
      listings: drafts.length,
      rounds: ROUNDS,
      seedSeconds: round(seedMs / 1000, 2),
      listingsApi: { mixRatioP50: mixRatio, ratioTarget: 1.5, dynamoReadsPerRequest: 0, queries: rows },
      cataloguePublish: published,
      catalogueColdLoad: cold,
      scraping: {
        parseNormalise: parsing,
        slowestListingsPerSecond: slowest,
        listingsPerSecondTarget: 2000,
        rescrapeUnchanged: rescrape,
        hostileText,
      },
      translation,
      vacancyFile: vacancies,
      functionBundles: { apiKbTarget: 300, importRatioTarget: 1.5, functions: bundles },
      languageRequirement: language,
      duplicates,
      scale,
      rssMb: round(process.memoryUsage().rss / 1_048_576, 1),
    };
    writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
    console.log('figures written to bench-results.json');
    client.destroy();
  } finally {
    await service.close();
  }
}

/** Runs `npm run test:mutation -- --force` (every module, no incremental carry-over) and returns its summary. */
function runMutation(): unknown {
  const run = spawnSync('node', [join(__dirname, '../test/mutation/run.mjs'), '--force'], {
    stdio: 'inherit',
    cwd: join(__dirname, '..'),
  });
  const summary = join(__dirname, '../reports/mutation/summary.json');
  if (!existsSync(summary)) throw new Error(`mutation testing wrote no summary (exit ${run.status})`);
  return JSON.parse(readFileSync(summary, 'utf8'));
}

async function runScale() {
  console.log(
    `\nscale: ${SCALE.jobs} jobs and ${SCALE.rentals} rentals at real size, one API container in a child process`,
  );
  const scale = await benchScale(SCALE);
  const { queryMix: _perQuery, snapshots, withoutInitLoad, ...headline } = scale;
  console.table(headline);
  console.log('the same container loading nothing at init:');
  console.table(withoutInitLoad);
  console.table(snapshots);
  console.log(
    `targets: peak RSS ${scale.peakRssMb} MB ≤ ${scale.peakRssTargetMb} MB; cold load ${scale.coldLoadMs} ms ≤ ${scale.coldLoadTargetMs} ms; ${scale.requestsFailedDuringReload} of ${scale.requestsDuringReload + scale.requestsFailedDuringReload} requests failed during the reload (target 0)`,
  );
  return scale;
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
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    outfile: bundle,
    logLevel: 'warning',
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
  const measure = (mode: 'stream' | 'parse') => {
    const flags = mode === 'stream' ? SCRAPE_NODE_OPTIONS.split(' ') : [];
    const result = spawnSync(process.execPath, [...flags, bundle, mode, file], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (result.status !== 0) throw new Error(`mpsv-ingest ${mode} failed: ${result.stderr}`);
    return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as { ms: number; peakRssMb: number; postings: number };
  };
  const stream = measure('stream');
  const parse = measure('parse');
  return {
    fileMb: round(bytes / 1_048_576, 1),
    nodeOptions: SCRAPE_NODE_OPTIONS,
    stream,
    parse,
    peakRssTargetMb: 256,
    timeRatio: round(stream.ms / parse.ms, 2),
  };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
