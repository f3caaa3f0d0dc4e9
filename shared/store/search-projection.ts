import type { ListingKind } from '../listing/schema';
import { InMemoryIndex } from './in-memory-index';
import type { StoredItem } from './stored-item';

export interface SearchProjectionOptions {
  /** Reads every active listing of one kind, reporting DynamoDB's items read. */
  load: (kind: ListingKind) => Promise<{ items: StoredItem[]; itemsRead: number }>;
  /** Reads the catalogue version, which every write that changes what is listed bumps. */
  readVersion: () => Promise<number>;
  /** How long a version read is trusted before it is read again. */
  versionCheckIntervalMs: number;
  now?: () => number;
}

interface Cached {
  version: number;
  index: InMemoryIndex;
}

/**
 * The active listings of each kind, held by the API function between invocations and answered in
 * memory: every filter, word search and sort is one walk of an in-memory index, with no DynamoDB
 * read per request. It is valid for one catalogue version; the version is re-read at most once per
 * check interval (or at once after this process wrote), and a newer one makes the next request
 * reload the kind (one Query walk of its newest-index partition).
 */
export class SearchProjection {
  private readonly cache = new Map<ListingKind, Cached>();
  private readonly loading = new Map<string, Promise<Cached>>();
  private version: { value: number; readAt: number } | undefined;
  private versionRead: Promise<number> | undefined;
  private readonly now: () => number;

  constructor(private readonly options: SearchProjectionOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Forgets the version read, so that the next request sees this process's own writes. */
  invalidate(): void {
    this.version = undefined;
  }

  /** The index of `kind`, reloaded when the catalogue changed; reports the DynamoDB items read. */
  async indexFor(kind: ListingKind): Promise<{ index: InMemoryIndex; itemsRead: number }> {
    let itemsRead = 0;
    let version: number;
    if (this.version === undefined || this.now() - this.version.readAt >= this.options.versionCheckIntervalMs) {
      // Requests that find the version stale together share one read of it (a burst would queue hundreds).
      let read = this.versionRead;
      if (!read) {
        itemsRead += 1;
        read = this.versionRead = this.options
          .readVersion()
          .then((value) => {
            this.version = { value, readAt: this.now() };
            return value;
          })
          .finally(() => (this.versionRead = undefined));
      }
      version = await read;
    } else {
      version = this.version.value;
    }
    const cached = this.cache.get(kind);
    if (cached && cached.version >= version) return { index: cached.index, itemsRead };
    const key = `${kind}@${version}`;
    let pending = this.loading.get(key);
    if (!pending) {
      // Concurrent requests in one process share one load.
      pending = this.options
        .load(kind)
        .then(({ items, itemsRead: loaded }) => {
          itemsRead += loaded;
          const fresh = { version, index: new InMemoryIndex(items) };
          const current = this.cache.get(kind);
          if (!current || current.version < version) this.cache.set(kind, fresh);
          return fresh;
        })
        .finally(() => this.loading.delete(key));
      this.loading.set(key, pending);
    }
    return { index: (await pending).index, itemsRead };
  }
}
