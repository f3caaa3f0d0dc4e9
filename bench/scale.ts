import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { gunzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { API_MEMORY_MB, lambdaCpuShare, lambdaHeapFlags } from '../infra/definitions/api-runtime';
import { SDK_PROVIDED_BY_RUNTIME } from '../infra/definitions/bundling';
import { encodeCatalogue } from '../shared/catalogue/catalogue-codec';
import { toCatalogueEntry } from '../shared/catalogue/catalogue-entry';
import { FolderSnapshotStore } from '../shared/catalogue/folder-snapshot-store';
import type { Listing, ListingKind } from '../shared/listing/schema';
import { scaleListings } from './scale-listings';
import { round } from './stats';

const ROOT = join(__dirname, '..');
const mb = (bytes: number) => round(bytes / 1_048_576, 1);

/**
 * The API's read model at the region's upper-bound volume (issue 17): snapshots of `jobs` jobs and
 * `rentals` rentals published to a folder, then one API container (bench/scale-container.ts) in a
 * child process with the API function's memory flags and, where this machine lets a cgroup cap it,
 * Lambda's CPU share for that memory: its cold load, the query mix, and a reload while requests run.
 */
export async function benchScale(options: { jobs: number; rentals: number }) {
  const now = new Date();
  const listings = scaleListings({ ...options, now });
  const dir = mkdtempSync(join(tmpdir(), 'ostrava-bench-catalogue-'));
  const snapshots = new FolderSnapshotStore(dir);
  const publish = async (kind: ListingKind, items: Listing[], builtAt: Date) => {
    const started = performance.now();
    const body = encodeCatalogue(kind, items.map(toCatalogueEntry), builtAt);
    const buildMs = performance.now() - started;
    await snapshots.write(kind, body, await snapshots.etag(kind));
    const json = gunzipSync(body).length;
    return {
      entries: items.length,
      buildMs: round(buildMs),
      snapshotMb: mb(body.length),
      jsonMb: mb(json),
      entryKb: round(json / items.length / 1024, 2),
    };
  };
  const published = {
    job: await publish('job', listings.jobs, now),
    rental: await publish('rental', listings.rentals, now),
  };
  const fullItemKb = round(
    listings.jobs.slice(0, 500).reduce((sum, l) => sum + JSON.stringify(l).length, 0) / 500 / 1024,
    2,
  );

  const bundle = join(ROOT, '.bench', 'scale', 'scale-container.mjs');
  const bundleWithoutInit = join(ROOT, '.bench', 'scale', 'scale-container-no-init.mjs');
  await bundleContainer(bundle, false);
  await bundleContainer(bundleWithoutInit, true);
  const flags = lambdaHeapFlags(API_MEMORY_MB);
  const share = lambdaCpuShare(API_MEMORY_MB);
  const cgroup = cpuCgroup(share);
  try {
    // For comparison: the same container loading nothing at init, so that its first request loads.
    const withoutInit = await runContainer(
      bundleWithoutInit,
      flags,
      dir,
      { cgroup, share, coldOnly: true },
      async () => undefined,
    );
    const result = await runContainer(bundle, flags, dir, { cgroup, share, coldOnly: false }, async () => {
      // A catalogue change as a scrape run makes it: 5 % of the jobs changed, 1 % gone, 1 % new.
      const changed = listings.jobs
        .filter((_, i) => i % 100 !== 0)
        .map((l, i) => (i % 20 === 0 && l.kind === 'job' ? { ...l, title: `${l.title} (updated)` } : l));
      const added = scaleListings({ jobs: Math.ceil(options.jobs / 100), rentals: 0, now, seed: 18 }).jobs.map((l) => ({
        ...l,
        id: `${l.id}-new`,
      }));
      return publish('job', [...changed, ...added], new Date(now.getTime() + 1000));
    });
    const peakRssMb = Math.max(result.peakRssMb, result.reload.peakRssMb);
    const { cold } = result;
    return {
      jobs: options.jobs,
      rentals: options.rentals,
      memoryLimitMb: API_MEMORY_MB,
      nodeFlags: flags.join(' '),
      cpuShare: cgroup
        ? `init on 1 core (Lambda's init phase), then ${round(share, 2)} of a core (Lambda's share at ${API_MEMORY_MB} MB), by a cgroup's CPU quota`
        : `not capped (no writable cpu cgroup here); Lambda gives ${round(share, 2)} of a vCPU`,
      peakRssMb,
      peakRssTargetMb: round(API_MEMORY_MB * 0.8, 1),
      // From the process's start to the first jobs answer: node's start, imports, the init's load, the request.
      coldLoadMs: round(result.initMs + cold.job.ms, 1),
      coldLoadCpuMs: round(result.initCpuMs + cold.job.cpuMs, 1),
      coldFirstRequestAnswered: cold.job.firstRequestAnswered,
      // What the cold load takes when the container gets its whole share (this machine is shared): init CPU on one core, the request's ÷ the share.
      coldLoadAtLambdaShareMs: round(result.initCpuMs + cold.job.cpuMs / share),
      coldLoadTargetMs: 3000,
      initMs: result.initMs,
      initCpuMs: result.initCpuMs,
      firstJobRequestMs: cold.job.ms,
      firstRentalRequestMs: cold.rental.ms,
      firstWordSearchMs: cold.jobWords.ms,
      // The same first requests in a container that loads nothing at init (the first request loads, at the share).
      withoutInitLoad: {
        coldLoadMs: round(withoutInit.initMs + withoutInit.cold.job.ms, 1),
        coldLoadCpuMs: round(withoutInit.initCpuMs + withoutInit.cold.job.cpuMs, 1),
        coldLoadAtLambdaShareMs: round(withoutInit.initCpuMs + withoutInit.cold.job.cpuMs / share),
        firstJobRequestMs: withoutInit.cold.job.ms,
        firstWordSearchMs: withoutInit.cold.jobWords.ms,
        firstJobRequestAnswered: withoutInit.cold.job.firstRequestAnswered,
      },
      reloadMs: result.reload.ms,
      reloadPeakRssMb: result.reload.peakRssMb,
      requestsDuringReload: result.reload.requestsServed,
      requestsFailedDuringReload: result.reload.requestsFailed,
      p95MsDuringReload: result.reload.p95MsDuringReload,
      catalogueChangedByReload: result.reload.catalogueChanged,
      queryMixP50Ms: result.queryMix.p50Ms,
      queryMixP95Ms: result.queryMix.p95Ms,
      queryMix: result.queryMix.perQuery,
      snapshots: { ...published, jobFullItemKb: fullItemKb },
    };
  } finally {
    if (cgroup) rmdirSync(cgroup);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bundles the container as Lambda's bundle is built; `withoutInit` swaps in the handler module that loads nothing at init. */
async function bundleContainer(outfile: string, withoutInit: boolean) {
  const plainHandler: Plugin = {
    name: 'handler-without-init',
    setup(plugin) {
      plugin.onResolve({ filter: /\/get-listings-init$/ }, () => ({
        path: join(ROOT, 'functions', 'api', 'get-listings.ts'),
      }));
    },
  };
  await build({
    entryPoints: [join(__dirname, 'scale-container.ts')],
    bundle: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    mainFields: ['module', 'main'],
    external: [...SDK_PROVIDED_BY_RUNTIME],
    outfile,
    logLevel: 'error',
    plugins: withoutInit ? [plainHandler] : [],
    banner: { js: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);" },
  });
}

type Cold = { ms: number; cpuMs: number; firstRequestAnswered: boolean };
interface ContainerFigures {
  initMs: number;
  initCpuMs: number;
  cold: Record<'job' | 'rental' | 'jobWords', Cold>;
  queryMix: { p50Ms: number; p95Ms: number; perQuery: Record<string, { p50Ms: number; p95Ms: number }> };
  peakRssMb: number;
  reload: {
    ms: number;
    peakRssMb: number;
    requestsServed: number;
    requestsFailed: number;
    p95MsDuringReload: number;
    catalogueChanged: boolean;
  };
}

interface CpuCap {
  /** The cgroup the container runs in, or undefined where none could be made. */
  cgroup: string | undefined;
  /** Lambda's share of a core for the function's memory, applied once the container's init is done. */
  share: number;
  coldOnly: boolean;
}

/**
 * Runs the container: its init on one core, then capped at the share; when it is ready, calls `change`
 * and tells it to reload.
 */
function runContainer(
  bundle: string,
  flags: string[],
  dir: string,
  cap: CpuCap,
  change: () => Promise<unknown>,
): Promise<ContainerFigures> {
  const node = [process.execPath, ...flags, bundle];
  if (cap.cgroup) setCpuQuota(cap.cgroup, 1);
  // The shell joins the cgroup, then becomes node: the whole process runs capped.
  const [command, ...args] = cap.cgroup
    ? ['sh', '-c', `echo $$ > ${cap.cgroup}/tasks && exec "$@"`, 'sh', ...node]
    : node;
  const child = spawn(command!, args, {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: {
      ...process.env,
      CATALOGUE_DIR: dir,
      CATALOGUE_CHECK_SECONDS: '3600',
      AWS_REGION: 'eu-central-1',
      POWERTOOLS_LOG_LEVEL: 'SILENT',
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      ...(cap.coldOnly ? { SCALE_COLD_ONLY: '1' } : {}),
    },
  });
  return new Promise((resolve, reject) => {
    let result: ContainerFigures | undefined;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const message = JSON.parse(line) as { initialised?: boolean; ready?: boolean } & ContainerFigures;
      if (message.initialised) {
        if (cap.cgroup) setCpuQuota(cap.cgroup, cap.share);
        child.stdin!.write('capped\n');
      } else if (message.ready) change().then(() => child.stdin!.write('changed\n'), reject);
      else result = message;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 && result ? resolve(result) : reject(new Error(`the scale container exited with ${code}`)),
    );
  });
}

function setCpuQuota(cgroup: string, cores: number) {
  writeFileSync(join(cgroup, 'cpu.cfs_quota_us'), String(Math.round(cores * 100_000)));
}

/** A cgroup (v1) capping CPU at `share` of one core, or undefined where none can be made. */
function cpuCgroup(share: number): string | undefined {
  const path = `/sys/fs/cgroup/cpu/ostrava-bench-scale-${process.pid}`;
  try {
    mkdirSync(path);
    writeFileSync(join(path, 'cpu.cfs_period_us'), '100000');
    writeFileSync(join(path, 'cpu.cfs_quota_us'), String(Math.round(share * 100_000)));
    return path;
  } catch {
    try {
      rmdirSync(path);
    } catch {
      // never made
    }
    return undefined;
  }
}
