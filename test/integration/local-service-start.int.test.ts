import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFolderInUseError } from '../../infra/local/data-dir-lock';
import { startLocalService, type LocalService } from '../../infra/local/local-service';
import type { HttpFetcher } from '../../shared/http/http-client';
import type { Log } from '../../shared/log';
import { scrapableSources } from '../../shared/scrape/scrape-source';
import { replayClock } from '../support/replay-clock';

/** A portal this machine cannot reach: every request fails like a DNS failure, once `gate` opens. */
function unreachable(gate: Promise<void>): HttpFetcher {
  let requestCount = 0;
  const fail = async (): Promise<never> => {
    requestCount++;
    await gate;
    throw new Error('network error: getaddrinfo ENOTFOUND portal.example');
  };
  return {
    fetch: fail,
    fetchStream: fail,
    get requestCount() {
      return requestCount;
    },
  };
}

describe('npm start (live): the run at start', () => {
  let dataDir: string;
  let service: LocalService | undefined;
  const warnings: { message: string; details: any }[] = [];
  const log: Log = {
    info: () => undefined,
    warn: (message, details) => void warnings.push({ message, details }),
    error: () => undefined,
  };
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'listings-start-'));
    service = await startLocalService({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      replay: false,
      initialScrape: true,
      liveFetcherFor: () => unreachable(gate),
      log,
      now: replayClock(),
    });
  }, 60_000);
  afterAll(async () => {
    open();
    await service?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers while the runs at start are still waiting on the portals', async () => {
    const response = await fetch(`${service!.url}/listings?kind=rental`);

    expect(response.status).toBe(200);
    expect(
      service!
        .nextRuns()
        .map((run) => run.name)
        .sort(),
    ).toEqual([...scrapableSources()].sort());
  });

  it('records each failed run at start as failed, warns of it, and keeps serving', async () => {
    open();
    const lastOutcomes = async () => {
      const body = (await (await fetch(`${service!.url}/sources`)).json()) as {
        sources: { name: string; lastRuns: { outcome: string }[] }[];
      };
      return Object.fromEntries(
        body.sources.filter((s) => scrapableSources().includes(s.name)).map((s) => [s.name, s.lastRuns[0]?.outcome]),
      );
    };
    let outcomes = await lastOutcomes();
    for (
      const since = performance.now();
      Object.values(outcomes).some((o) => o === undefined) && performance.now() - since < 30_000;
      outcomes = await lastOutcomes()
    ) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }

    expect(outcomes).toEqual(Object.fromEntries(scrapableSources().map((name) => [name, 'failed'])));
    expect(
      warnings
        .filter((w) => w.message === 'scrape run did not complete')
        .map((w) => w.details.source)
        .sort(),
    ).toEqual([...scrapableSources()].sort());
    expect((await fetch(`${service!.url}/listings?kind=job`)).status).toBe(200);
  }, 60_000);

  it('refuses a second service on the same data folder, naming the process that holds it', async () => {
    const second = startLocalService({ port: 0, host: '127.0.0.1', dataDir, replay: false, log, now: replayClock() });

    await expect(second).rejects.toThrow(DataFolderInUseError);
    await expect(second).rejects.toThrow(`the data folder ${dataDir} is in use (by process ${process.pid})`);
    expect((await fetch(`${service!.url}/sources`)).status).toBe(200);
  });
});
