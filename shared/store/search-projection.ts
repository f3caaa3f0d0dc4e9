import type { ListingKind } from '../listing/schema';
import { InMemoryIndex } from './in-memory-index';
import type { StoredItem } from './stored-item';
import { indexKeyAttributes, listingsTable } from './table-definition';

/**
 * The attributes the projection keeps of each active listing: its keys, and every attribute a
 * filter condition reads (listing-filter.ts; a test checks the two agree). Descriptions, images and
 * the rest stay in the table and are fetched only for the page returned.
 */
export const PROJECTED_ATTRIBUTES: readonly string[] = [
  listingsTable.partitionKey.name,
  listingsTable.sortKey.name,
  'id',
  ...indexKeyAttributes,
  'englishFriendly',
  'priceCzk',
  'location.distanceKm',
  'municipalityKey',
  'districtKey',
  'sortDate',
  'source',
  'searchText',
  'areaM2',
  'disposition',
  'furnished',
  'petsAllowed',
  'workplace',
  'employment',
  'languages.czech',
  'validThrough',
];

interface Cached {
  version: number;
  index: InMemoryIndex;
}

/**
 * A compact copy of one kind's active listings, held by the API function between invocations and
 * answered in memory, so that a filtered or word search reads DynamoDB only for the page it returns.
 * It is valid for one catalogue version: the store bumps the version whenever a write changes what
 * is listed, and the next request that sees a new version reloads (one Query walk of the kind).
 */
export class SearchProjection {
  private readonly cache = new Map<ListingKind, Cached>();
  private readonly loading = new Map<string, Promise<{ index: InMemoryIndex; itemsRead: number }>>();

  constructor(private readonly load: (kind: ListingKind) => Promise<{ items: StoredItem[]; itemsRead: number }>) {}

  /** The index for `kind` at `version`, loading it when the cached one is older; reports items read. */
  async indexFor(kind: ListingKind, version: number): Promise<{ index: InMemoryIndex; itemsRead: number }> {
    const cached = this.cache.get(kind);
    if (cached && cached.version >= version) return { index: cached.index, itemsRead: 0 };
    const key = `${kind}@${version}`;
    let pending = this.loading.get(key);
    if (!pending) {
      // Concurrent requests in one container share one load.
      pending = this.load(kind)
        .then(({ items, itemsRead }) => {
          const index = new InMemoryIndex(items);
          const current = this.cache.get(kind);
          if (!current || current.version < version) this.cache.set(kind, { version, index });
          return { index, itemsRead };
        })
        .finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return pending;
  }
}
