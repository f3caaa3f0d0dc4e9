import type { ListingStore } from '../../../shared/store/listing-store';

/** Every active listing of some sources, with the hash of what it says. */
export type Census = Map<string, string>;

export async function takeCensus(store: ListingStore, sources: readonly string[]): Promise<Census> {
  const census: Census = new Map();
  for (const source of sources) {
    for (const id of await store.listActiveIds(source)) {
      const listing = await store.getById(id);
      if (listing?.status === 'active') census.set(id, listing.contentHash);
    }
  }
  return census;
}

/** Listings active before that are now gone, expired, or no longer the same listing. */
export function lostBetween(before: Census, after: Census): string[] {
  return [...before.keys()].filter((id) => !after.has(id));
}

/** Listings whose content changed although nothing about them should have. */
export function changedBetween(before: Census, after: Census): string[] {
  return [...before.entries()].filter(([id, hash]) => after.has(id) && after.get(id) !== hash).map(([id]) => id);
}
