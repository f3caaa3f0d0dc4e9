import { StoreUnavailableError } from '../errors';
import type { ListingKind } from '../listing/schema';
import type { Log } from '../log';
import { Catalogue } from './catalogue';
import { decodeCatalogue, openCatalogue } from './catalogue-codec';
import type { CatalogueSnapshotStore } from './snapshot-store';

export interface CatalogueReaderOptions {
  snapshots: CatalogueSnapshotStore;
  /** How long a loaded catalogue is trusted before the snapshot's ETag is checked again. */
  checkIntervalMs: number;
  now?: () => number;
  log?: Log;
}

interface Kept {
  /** Cards in, perhaps not yet the words: every query but a word search. */
  catalogue: Catalogue;
  /** The same with its words (a first load takes them behind the cards). */
  complete: Promise<Catalogue>;
  etag?: string;
  checkedAt: number;
}

/**
 * The catalogues an API container answers from, one per kind. The first request of a kind waits for
 * its cards (a word search also for its words, which load behind them); afterwards a request past the check interval starts one conditional read in the
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

  /**
   * The catalogue of `kind`, with its search words when `words` is set; throws StoreUnavailableError
   * only when none could ever be loaded.
   */
  async catalogue(kind: ListingKind, options: { words?: boolean } = {}): Promise<Catalogue> {
    const kept = this.kept.get(kind);
    if (!kept) {
      const loaded = await this.refresh(kind);
      return options.words ? loaded.complete : loaded.catalogue;
    }
    // One background reload at a time, logged once if it fails.
    if (this.now() - kept.checkedAt >= this.options.checkIntervalMs && !this.loading.has(kind)) {
      this.refresh(kind).catch((error: unknown) =>
        this.options.log?.error('catalogue not reloaded; the last good one stays', { kind, error }),
      );
    }
    return options.words ? kept.complete : kept.catalogue;
  }

  /**
   * Loads the catalogue of each of `kinds` with its search words and builds its default (newest first)
   * order, so that the container's first requests wait for nothing: what a container's start does,
   * while Lambda's init phase gives it a whole vCPU (see functions/api/get-listings-init.ts). Waits
   * at most `withinMs`; a load still running then goes on, and requests wait for it as a first request
   * does. Never rejects: a kind that cannot be loaded is logged, and its first request tries again.
   * Resolves to the kinds ready with their words.
   */
  async warm(kinds: readonly ListingKind[], withinMs: number): Promise<ListingKind[]> {
    const ready: ListingKind[] = [];
    const loads = kinds.map(async (kind) => {
      try {
        (await this.catalogue(kind, { words: true })).prepare('newest');
        ready.push(kind);
      } catch (error) {
        this.options.log?.error('catalogue not loaded at start; the first request tries again', { kind, error });
      }
    });
    let timer: NodeJS.Timeout | undefined;
    const timeUp = new Promise<void>((resolve) => (timer = setTimeout(resolve, withinMs)));
    await Promise.race([Promise.all(loads), timeUp]);
    clearTimeout(timer);
    return [...ready];
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
      if (read.status !== 'found') {
        const empty = new Catalogue(kind, [], new Date(0).toISOString());
        return this.keep(kind, { catalogue: empty, complete: Promise.resolve(empty), checkedAt });
      }
      if (kept) {
        // A reload replaces the catalogue in hand only once the new one is whole and checked.
        const catalogue = await decodeCatalogue(read.body, kind);
        return this.keep(kind, { catalogue, complete: Promise.resolve(catalogue), etag: read.etag, checkedAt });
      }
      return this.keep(kind, this.firstLoad(kind, await openCatalogue(read.body, kind), read.etag, checkedAt));
    } catch (error) {
      if (kept) {
        // Checked, and not good: try again after the interval, not on every request.
        kept.checkedAt = checkedAt;
        throw error;
      }
      throw new StoreUnavailableError(`the ${kind} catalogue could not be loaded`, { cause: error });
    }
  }

  /** The cards at once; if the words then fail, word searches fail and the next check reads it all again. */
  private firstLoad(
    kind: ListingKind,
    opened: Awaited<ReturnType<typeof openCatalogue>>,
    etag: string,
    checkedAt: number,
  ): Kept {
    const kept: Kept = {
      catalogue: opened.catalogue,
      complete: opened.complete.catch((error: unknown) => {
        this.options.log?.error('catalogue words not loaded; word searches fail until the next check', { kind, error });
        kept.etag = undefined;
        throw new StoreUnavailableError(`the ${kind} catalogue's search words could not be loaded`, { cause: error });
      }),
      etag,
      checkedAt,
    };
    // Handled here so that a failure nobody asked for is not an unhandled rejection.
    kept.complete.catch(() => undefined);
    return kept;
  }

  private keep(kind: ListingKind, kept: Kept): Kept {
    this.kept.set(kind, kept);
    return kept;
  }
}
