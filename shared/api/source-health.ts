import type { RunRecord } from '../runs/run-record';
import type { SourceDescriptor } from '../sources/registry';
import type { ListingStore } from '../store/listing-store';

export interface SourceHealth {
  name: string;
  kind: SourceDescriptor['kind'];
  label: string;
  homepage: string;
  enabled: boolean;
  activeListings: number;
  lastRuns: Omit<RunRecord, 'source'>[];
}

/** GET /sources: each source's recent runs and how many of its listings are active. */
export async function sourceHealth(
  store: ListingStore,
  sources: readonly SourceDescriptor[],
  runsPerSource: number,
): Promise<SourceHealth[]> {
  return Promise.all(
    sources.map(async (source) => {
      const [runs, activeListings] = await Promise.all([
        store.listRuns(source.name, runsPerSource),
        store.countActive(source.name),
      ]);
      const { name, kind, label, homepage, enabled } = source;
      return {
        name,
        kind,
        label,
        homepage,
        enabled,
        activeListings,
        lastRuns: runs.map(({ source: _source, ...run }) => run),
      };
    }),
  );
}
