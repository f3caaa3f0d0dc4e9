import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
// Lambda's module for GET /listings: its top-level await loads the catalogues, as Lambda's init phase
// does, before this module's body runs (the bench can swap in get-listings.ts, which loads nothing).
import { handler } from '../functions/api/get-listings-init';
import { catalogueReader } from '../functions/catalogue-deps';
import { localLambdaContext, toApiGatewayEvent } from '../infra/local/api-gateway-event';
import { queryMix } from './query-mix';
import { percentile, round } from './stats';

/*
 * One API container at scale, bundled and run by the bench in its own node process with the API
 * function's heap flags and CPU share, where the machine allows: the GET /listings module Lambda
 * loads, over a folder of catalogue snapshots, exactly as deployed but for S3. Its init (node's start,
 * the imports and what the module awaits) runs on a whole core, as Lambda's init phase does; then it
 * tells the parent, which caps the CPU at the function's share, and answers the first request of each
 * kind and the first word search (the cold load), then the query mix, then keeps answering while the
 * job catalogue reloads after the parent changed it. Prints JSON lines: its init, then its figures.
 * With SCALE_COLD_ONLY set it stops after the cold load.
 */

const ROUNDS = Number(process.env.SCALE_ROUNDS ?? 20);
const context = localLambdaContext('GetListings');

async function request(query: string): Promise<number> {
  const started = performance.now();
  const result = (await handler(
    toApiGatewayEvent({ method: 'GET', url: `/listings?${query}`, headers: {} }),
    context,
  )) as APIGatewayProxyStructuredResultV2;
  if (result.statusCode !== 200) throw new Error(`${query} answered ${result.statusCode}`);
  return performance.now() - started;
}

/** Peak RSS of this process so far, MB (the kernel's high-water mark). */
const peakRssMb = () => Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? NaN) / 1024;
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The next line the parent writes on stdin. */
const lines = createInterface({ input: process.stdin })[Symbol.asyncIterator]();
const fromParent = async () => (await lines.next()).value as string;

async function main(): Promise<void> {
  // performance.now() counts from the process's start: node's boot, the imports and the init's load.
  const initMs = round(performance.now(), 1);
  const initCpuMs = round(cpuMs(), 1);
  console.log(JSON.stringify({ initialised: true }));
  // The parent caps the CPU at the function's share now: what Lambda gives a handler.
  await fromParent();
  const cold: Record<string, { ms: number; cpuMs: number; firstRequestAnswered: boolean }> = {};
  const firsts = [
    ['job', 'kind=job'],
    ['rental', 'kind=rental'],
    ['jobWords', 'kind=job&q=developer'],
  ] as const;
  for (const [name, query] of firsts) {
    const cpu = cpuMs();
    const started = performance.now();
    let firstRequestAnswered = true;
    try {
      await request(query);
    } catch {
      // Past the function's timeout: the load goes on, and the next request gets the catalogue.
      firstRequestAnswered = false;
      await catalogueReader().catalogue(name === 'rental' ? 'rental' : 'job', { words: true });
      await request(query);
    }
    cold[name] = { ms: round(performance.now() - started, 1), cpuMs: round(cpuMs() - cpu, 1), firstRequestAnswered };
  }
  if (process.env.SCALE_COLD_ONLY) {
    console.log(JSON.stringify({ initMs, initCpuMs, cold, peakRssMb: round(peakRssMb(), 1) }));
    process.exit(0);
  }
  const perQuery: Record<string, { p50Ms: number; p95Ms: number }> = {};
  const all: number[] = [];
  for (const { name, query } of queryMix) {
    const times: number[] = [];
    for (let i = 0; i < ROUNDS; i++) times.push(await request(query));
    all.push(...times);
    perQuery[name] = { p50Ms: round(percentile(times, 50)), p95Ms: round(percentile(times, 95)) };
  }
  const peakBeforeReload = peakRssMb();

  // Reload: the parent publishes a changed job catalogue; requests go on while this container loads it.
  let clearedPeak = true;
  try {
    writeFileSync('/proc/self/clear_refs', '5'); // resets VmHWM to the current RSS
  } catch {
    clearedPeak = false;
  }
  let sampledPeak = process.memoryUsage().rss;
  const sampler = setInterval(() => (sampledPeak = Math.max(sampledPeak, process.memoryUsage().rss)), 5);
  const before = (await catalogueReader().catalogue('job')).builtAt;
  console.log(JSON.stringify({ ready: true }));
  await fromParent();
  let reloading = true;
  let served = 0;
  const failures: string[] = [];
  const during: number[] = [];
  const client = async () => {
    for (let i = 0; reloading; i++) {
      // Requests arrive as I/O, as in Lambda: without this turn of the event loop, answers from memory
      // would chain as microtasks for ever and starve the reload's file reads.
      await new Promise((resolve) => setImmediate(resolve));
      const { query } = queryMix[i % queryMix.length]!;
      try {
        during.push(await request(query));
        served++;
      } catch (error) {
        failures.push(String(error));
      }
    }
  };
  const clients = Array.from({ length: 4 }, client);
  const reloadStarted = performance.now();
  await catalogueReader().refresh('job');
  const reloadMs = performance.now() - reloadStarted;
  reloading = false;
  await Promise.all(clients);
  clearInterval(sampler);
  const after = (await catalogueReader().catalogue('job')).builtAt;
  console.log(
    JSON.stringify({
      initMs,
      initCpuMs,
      cold,
      queryMix: { p50Ms: round(percentile(all, 50)), p95Ms: round(percentile(all, 95)), rounds: ROUNDS, perQuery },
      peakRssMb: round(peakBeforeReload, 1),
      reload: {
        ms: round(reloadMs, 1),
        peakRssMb: round(Math.max(clearedPeak ? peakRssMb() : 0, sampledPeak / 1_048_576), 1),
        requestsServed: served,
        requestsFailed: failures.length,
        failures: failures.slice(0, 3),
        p95MsDuringReload: round(percentile(during, 95)),
        catalogueChanged: before !== after,
      },
      peakRssOverallMb: round(peakRssMb(), 1),
    }),
  );
  process.exit(0);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
