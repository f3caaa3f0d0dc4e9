import type { Log } from '../../shared/log';
import type { ListingStore } from '../../shared/store/listing-store';

/**
 * Sources whose data an earlier version wrote into the local data folder and no version serves any
 * more: `demo`, the generated DEMO set that `npm start -- --replay` loaded until the job sources had
 * recorded responses (titles "[DEMO] …").
 */
export const RETIRED_LOCAL_SOURCES = ['demo'] as const;

/** Deletes what retired sources left in the store, saying so when there was anything. */
export async function removeRetiredData(store: ListingStore, log: Log): Promise<void> {
  for (const source of RETIRED_LOCAL_SOURCES) {
    const removed = await store.removeSource(source);
    if (removed.listings > 0 || removed.runs > 0) {
      log.warn('removed DEMO listings left by an earlier version from the data folder', {
        source,
        listings: removed.listings,
        runs: removed.runs,
      });
    }
  }
}
