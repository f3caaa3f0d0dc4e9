import { Catalogue, type ActiveQuery, type ListingPage } from '../../shared/catalogue/catalogue';
import { decodeCatalogue } from '../../shared/catalogue/catalogue-codec';
import { CataloguePublisher } from '../../shared/catalogue/catalogue-publisher';
import { MemorySnapshotStore } from '../../shared/catalogue/memory-snapshot-store';
import type { ListingStore } from '../../shared/store/listing-store';

/**
 * Answers a query as the API does after a publish: the kind's catalogue built from the store's active
 * listings, written as a snapshot, read back and queried. So every store's contract covers the whole
 * read model, snapshot format included.
 */
export async function queryActive(store: ListingStore, query: ActiveQuery): Promise<ListingPage> {
  return (await publishedCatalogue(store, query.kind)).query(query);
}

export async function publishedCatalogue(store: ListingStore, kind: ActiveQuery['kind']): Promise<Catalogue> {
  const snapshots = new MemorySnapshotStore();
  await new CataloguePublisher({ store, snapshots }).publish(kind);
  const read = await snapshots.read(kind);
  if (read.status !== 'found') throw new Error('nothing was published');
  return decodeCatalogue(read.body, kind);
}
