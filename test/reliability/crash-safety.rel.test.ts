import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { writeVacancyFile } from '../../bench/mpsv-file';
import { ensureTable, localDynamoClient, startDynalite, type EmbeddedDynamo } from '../../infra/local/embedded-dynamo';
import { runSource } from '../../shared/scrape/run-source';
import { mpsvAdapter } from '../../shared/sources/mpsv/adapter';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { publishedCatalogue } from '../support/catalogue-query';
import { recordFigure } from './support/figures';
import { TS_NODE_ARGS } from '../support/ts-node-args';
import { fileFetcher } from './support/scrape-child';
import { changedBetween, lostBetween, takeCensus } from './support/store-census';

const ROOT = join(__dirname, '../..');
const POSTINGS = 7000; // one in fourteen is in the region: 500 listings

/**
 * Runs the child scrape and SIGKILLs it as soon as the store holds more than `above` and fewer than
 * `below` of its listings: in the middle of writing a batch. Resolves with the count at the kill.
 */
async function runAndKillMidBatch(
  endpoint: string,
  store: DynamoListingStore,
  tableName: string,
  file: string,
  above: number,
  below: number,
): Promise<{ storedAtKill: number; signal: string | null }> {
  const child = spawn(
    process.execPath,
    [...TS_NODE_ARGS, join(__dirname, 'support/scrape-child.ts'), endpoint, tableName, file],
    {
      cwd: ROOT,
      env: { ...process.env, POWERTOOLS_LOG_LEVEL: 'SILENT' },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const exited = new Promise<string | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
  let running = true;
  void exited.then(() => (running = false));
  let storedAtKill = -1;
  while (running) {
    const stored = await store.countActive('mpsv');
    if (stored > above && stored < below) {
      child.kill('SIGKILL'); // no chance to finish the batch, record the run or clean up
      storedAtKill = stored;
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { storedAtKill, signal: await exited };
}

describe('crash safety: a scrape run killed midway, then run again', () => {
  let dir: string;
  let file: string;
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'reliability-crash-'));
    file = join(dir, 'volna-mista.json');
    await writeVacancyFile(file, POSTINGS);
    dynamo = await startDynalite();
    client = localDynamoClient(dynamo.endpoint);
  });
  afterAll(async () => {
    client?.destroy();
    await dynamo?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('leaves the store consistent: no duplicates, no listing lost, none expired, the same listings as an uninterrupted run', async () => {
    // What an uninterrupted run stores.
    await ensureTable(client, 'reference');
    const reference = new DynamoListingStore(client, { tableName: 'reference' });
    expect((await runSource({ adapter: mpsvAdapter, fetcher: fileFetcher(file), store: reference })).outcome).toBe(
      'complete',
    );
    const expected = await takeCensus(reference, ['mpsv']);
    expect(expected.size).toBe(POSTINGS / 14);

    // Killed twice, at different points, while writing; then run to the end.
    await ensureTable(client, 'crashed');
    const store = new DynamoListingStore(client, { tableName: 'crashed' });
    const first = await runAndKillMidBatch(dynamo.endpoint, store, 'crashed', file, 200, 400);
    const afterFirstKill = await takeCensus(store, ['mpsv']);
    const second = await runAndKillMidBatch(dynamo.endpoint, store, 'crashed', file, 400, 500);
    const afterSecondKill = await takeCensus(store, ['mpsv']);
    const final = await runSource({ adapter: mpsvAdapter, fetcher: fileFetcher(file), store });
    const after = await takeCensus(store, ['mpsv']);

    // Every active listing once, paging the catalogue the store publishes.
    const catalogue = await publishedCatalogue(store, 'job');
    const walked: string[] = [];
    let cursor: string | undefined;
    do {
      const page = catalogue.query({ kind: 'job', sort: 'newest', filters: {}, limit: 50, cursor, now: new Date() });
      walked.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);

    recordFigure({
      area: 'crash safety',
      check: `Úřad práce run (${expected.size} listings, written 200 at a time) SIGKILLed mid-batch twice, then run again`,
      result: `killed at ${first.storedAtKill} and ${second.storedAtKill} stored; final run ${final.outcome}: ${after.size} listings, ${walked.length} in a full catalogue walk, ${walked.length - new Set(walked).size} duplicates, ${final.expired} expired`,
      listingsLost: lostBetween(expected, after).length + lostBetween(afterSecondKill, after).length,
    });
    expect([first.signal, second.signal]).toEqual(['SIGKILL', 'SIGKILL']);
    // Both kills landed inside a batch, and what the killed runs wrote stayed written.
    expect(afterFirstKill.size).toBeGreaterThan(200);
    expect(afterFirstKill.size).toBeLessThan(400);
    expect(afterSecondKill.size).toBeGreaterThan(400);
    expect(afterSecondKill.size).toBeLessThan(500);
    expect(lostBetween(afterFirstKill, afterSecondKill)).toEqual([]);
    expect(final).toMatchObject({ outcome: 'complete', expired: 0 });
    expect(after).toEqual(expected);
    expect(changedBetween(expected, after)).toEqual([]);
    expect(walked.sort()).toEqual([...expected.keys()].sort());
  });
});
