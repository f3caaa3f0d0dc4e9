import type { CataloguePublisher } from '../catalogue/catalogue-publisher';
import { HttpClient, type HttpFetcher } from '../http/http-client';
import type { Log } from '../log';
import type { RunRecord } from '../runs/run-record';
import { adapters } from '../sources/adapters';
import { declinedSources, sourceRegistry } from '../sources/registry';
import type { ListingStore } from '../store/listing-store';
import { DEFAULT_RUN_CONFIG } from './run-config';
import { runSource, type RunSourceDeps } from './run-source';
import type { SnapshotSink } from './snapshot-sink';

export interface ScrapeDeps {
  store: ListingStore;
  /** The live client's settings, or a fetcher to use instead (replay). */
  userAgent: string;
  fetcherFor?: (source: string) => HttpFetcher;
  radiusKm?: number;
  snapshots?: SnapshotSink;
  log?: Log;
  onProgress?: (source: string, progress: { pages: number; seen: number }) => void;
  /** When the run must wrap up (see RunSourceDeps.stopAt). */
  stopAt?: Date;
  /** Publishes the catalogue after listings changed (see RunSourceDeps.catalogue). */
  catalogue?: Pick<CataloguePublisher, 'publish'>;
  /** The run's clock (see RunSourceDeps.now). */
  now?: () => Date;
  /** Machine translation of new or changed text (see RunSourceDeps.translation). */
  translation?: RunSourceDeps['translation'];
}

/** The names of the sources that can be scraped now: registered, enabled and with an adapter. */
export function scrapableSources(): string[] {
  return sourceRegistry.filter((s) => s.enabled && adapters[s.name]).map((s) => s.name);
}

/**
 * Every source with an adapter, enabled or not, for replay: recorded responses harm nobody, so a
 * source held back from live runs (careers, until data/employers.json lists confirmed partners) is
 * still exercised end to end.
 */
export function replayableSources(): string[] {
  return sourceRegistry.filter((s) => adapters[s.name]).map((s) => s.name);
}

/** Runs one source by name, with the registry's pacing; used by the Lambda, the CLI and `npm start`. */
export async function scrapeSource(name: string, deps: ScrapeDeps): Promise<RunRecord> {
  const adapter = adapters[name];
  const entry = sourceRegistry.find((s) => s.name === name);
  const declined = declinedSources.find((s) => s.name === name);
  if (declined) throw new Error(`${declined.label} is not scraped: ${declined.reason}`);
  if (!adapter || !entry) throw new Error(`unknown source "${name}"; known: ${Object.keys(adapters).join(', ')}`);
  const fetcher = deps.fetcherFor?.(name) ?? new HttpClient({ userAgent: deps.userAgent, pacingMs: entry.pacingMs });
  return runSource({
    adapter,
    fetcher,
    store: deps.store,
    config: { ...DEFAULT_RUN_CONFIG, region: { radiusKm: deps.radiusKm ?? DEFAULT_RUN_CONFIG.region.radiusKm } },
    snapshots: deps.snapshots,
    log: deps.log,
    onProgress: deps.onProgress && ((progress) => deps.onProgress!(name, progress)),
    stopAt: deps.stopAt,
    catalogue: deps.catalogue,
    now: deps.now,
    translation: deps.translation,
  });
}
