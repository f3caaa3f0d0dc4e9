import { StoreUnavailableError } from '../errors';
import type { ListingKind } from '../listing/schema';
import type { Log } from '../log';
import { Catalogue } from './catalogue';
import { decodeCatalogue } from './catalogue-codec';
import type { CatalogueSnapshotStore } from './snapshot-store';

export interface CatalogueReaderOptions {
  snapshots: CatalogueSnapshotStore;
  /** How long a loaded catalogue is trusted before the snapshot's ETag is checked again. */
  checkIntervalMs: number;
  now?: () => number;
  log?: Log;
}

interface Kept {
  catalogue: Catalogue;
  etag?: string;
  checkedAt: number;
}

/**
 * The catalogues an API container answers from, one per kind. The first request of a kind waits for
 * its load; afterwards a request past the check interval starts one conditional read in the
 * background (a 304 costs nothing) and is answered from the catalogue in hand, so that no request
 * waits for, or fails because of, a reload. A snapshot that cannot be read is logged and ignored: the
 * last good catalogue stays in use.
 */
export class CatalogueReader {
  private readonly kept = new Map<ListingKind, Kept>();
  private readonly loading = new Map<ListingKind, Promise<Kept>>();
  private readonly now: () => number;

  constructor(private readonly options: CatalogueReaderOptions) {
    this.now = options.now ?? Date.now;
  }

  /** The catalogue of `kind`; throws StoreUnavailableError only when none could ever be loaded. */
  async catalogue(kind: ListingKind): Promise<Catalogue> {
    const kept = this.kept.get(kind);
    if (!kept) return (await this.refresh(kind)).catalogue;
    // One background reload at a time, logged once if it fails.
    if (this.now() - kept.checkedAt >= this.options.checkIntervalMs && !this.loading.has(kind)) {
      this.refresh(kind).catch((error: unknown) => this.options.log?.error('catalogue not reloaded; the last good one stays', { kind, error }));
    }
    return kept.catalogue;
  }

  /** Reads the snapshot if it changed; concurrent callers share one read. */
  refresh(kind: ListingKind): Promise<Kept> {
    let pending = this.loading.get(kind);
    if (!pending) {
      pending = this.load(kind).finally(() => this.loading.delete(kind));
      this.loading.set(kind, pending);
    }
    return pending;
  }

  private async load(kind: ListingKind): Promise<Kept> {
    const kept = this.kept.get(kind);
    const checkedAt = this.now();
    try {
      const read = await this.options.snapshots.read(kind, kept?.etag);
      if (read.status === 'not-modified' && kept) return this.keep(kind, { ...kept, checkedAt });
      // Before the first publish of a kind there is nothing to list.
      if (read.status !== 'found') return this.keep(kind, { catalogue: new Catalogue(kind, [], new Date(0).toISOString()), checkedAt });
      return this.keep(kind, { catalogue: await decodeCatalogue(read.body, kind), etag: read.etag, checkedAt });
    } catch (error) {
      if (kept) {
        // Checked, and not good: try again after the interval, not on every request.
        kept.checkedAt = checkedAt;
        throw error;
      }
      throw new StoreUnavailableError(`the ${kind} catalogue could not be loaded`, { cause: error });
    }
  }

  private keep(kind: ListingKind, kept: Kept): Kept {
    this.kept.set(kind, kept);
    return kept;
  }
}
