import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { FIXTURES_DIR, ReplayFetcher } from '../infra/local/replay-fetcher';
import { RecordRejectedError } from '../shared/errors';
import { runSource } from '../shared/scrape/run-source';
import { adapters } from '../shared/sources/adapters';
import type { RawRental } from '../shared/sources/raw-rental';
import { DynamoListingStore } from '../shared/store/dynamo-listing-store';

/**
 * Listings parsed and normalised per second on each adapter's recorded list pages (one process,
 * one core), with detail pages merged where the adapter uses them.
 */
export function benchParsing(
  seconds = 1.5,
): { source: string; listingsPerSecond: number; listPagesOnlyPerSecond: number }[] {
  return Object.values(adapters).map((adapter) => {
    const dir = join(FIXTURES_DIR, adapter.name);
    const manifest = JSON.parse(readFileSync(join(dir, 'replay.json'), 'utf8')) as {
      responses: { url: string; body?: string; file: string }[];
    };
    const starts = adapter.startRequests({ radiusKm: 35 });
    const lists = starts.map((start) => ({
      start,
      body: readFileSync(
        join(dir, manifest.responses.find((r) => r.url === start.url && (r.body ?? '') === (start.body ?? ''))!.file),
        'utf8',
      ),
    }));
    const details = new Map(
      readdirSync(dir)
        .filter((f) => f.startsWith('detail-'))
        .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
    );
    const detailFor = (record: RawRental) => {
      const request = adapter.detailRequest?.(record);
      const file = request && manifest.responses.find((r) => r.url === request.url)?.file;
      return file ? details.get(file) : undefined;
    };
    const parseAll = (withDetail: boolean) => {
      let listings = 0;
      for (const { start, body } of lists) {
        for (const record of adapter.parseList(body, start).records) {
          const detail = withDetail ? detailFor(record) : undefined;
          const full = detail && adapter.parseDetail ? adapter.parseDetail(detail, record) : record;
          if (!full) continue;
          try {
            adapter.normalise(full);
          } catch (error) {
            if (!(error instanceof RecordRejectedError)) throw error;
          }
          listings++;
        }
      }
      return listings;
    };
    const rate = (withDetail: boolean) => {
      // A short warm-up, not counted, so that the JIT has compiled the hot paths.
      for (const warmUntil = performance.now() + 300; performance.now() < warmUntil;) parseAll(withDetail);
      let listings = 0;
      const started = performance.now();
      while (performance.now() - started < seconds * 1000) listings += parseAll(withDetail);
      return Math.round(listings / ((performance.now() - started) / 1000));
    };
    // With details: what a first run does. List pages only: what every later run does for listings
    // whose cards did not change (their details are not fetched).
    return { source: adapter.name, listingsPerSecond: rate(true), listPagesOnlyPerSecond: rate(false) };
  });
}

/** Counts the DynamoDB commands a client sends, by name. */
function commandCounter(client: DynamoDBClient): Map<string, number> {
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      // A run record is written by every run; only listing items count as item writes.
      const item = (args.input as { Item?: { type?: { S?: string } } }).Item;
      const type = (item as { type?: unknown } | undefined)?.type;
      const name =
        type === 'run' || (type as { S?: string } | undefined)?.S === 'run'
          ? 'RunRecordPut'
          : (context.commandName as string);
      counts.set(name, (counts.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'benchCommandCounter' },
  );
  return counts;
}

/** Requests and writes of a re-scrape in which nothing changed, per source, on the embedded store. */
export async function benchRescrape(client: DynamoDBClient, tableName: string) {
  const counts = commandCounter(client);
  const rows = [];
  for (const adapter of Object.values(adapters)) {
    const store = new DynamoListingStore(client, { tableName });
    const first = await runSource({
      adapter,
      fetcher: ReplayFetcher.forSource(adapter.name),
      store,
      now: () => new Date('2026-11-24T06:00:00Z'),
    });
    counts.clear();
    const fetcher = ReplayFetcher.forSource(adapter.name);
    const again = await runSource({ adapter, fetcher, store, now: () => new Date('2026-11-24T07:00:00Z') });
    rows.push({
      source: adapter.name,
      listPagesPerRun: again.pages,
      firstRunRequests: first.requests,
      rescrapeRequests: again.requests,
      rescrapeDetailFetches: again.requests - again.pages,
      rescrapeItemWrites: (counts.get('PutItemCommand') ?? 0) + (counts.get('BatchWriteItemCommand') ?? 0),
      rescrapeUpdates: counts.get('UpdateItemCommand') ?? 0,
      unchanged: again.unchanged,
    });
  }
  return rows;
}
