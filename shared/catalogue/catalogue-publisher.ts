import { CatalogueConflictError, CatalogueUnreadableError } from '../errors';
import type { Listing, ListingKind } from '../listing/schema';
import type { ListingStore } from '../store/listing-store';
import { decodeCatalogue, encodeCatalogue } from './catalogue-codec';
import { toCatalogueEntry, type CatalogueEntry } from './catalogue-entry';
import { CatalogueWarnings } from './catalogue-warnings';
import { flatFacts, groupDuplicates, type FlatFacts } from './duplicates';
import type { CatalogueSnapshotStore } from './snapshot-store';

export interface CataloguePublisherDeps {
  store: Pick<ListingStore, 'activeListings'>;
  snapshots: CatalogueSnapshotStore;
  now?: () => Date;
}

export interface PublishResult {
  kind: ListingKind;
  /** Listings in the published catalogue. */
  entries: number;
  /** Size of the snapshot (gzipped). */
  bytes: number;
}

/** Builds after a lost race at most this often before giving up (the next change publishes again). */
const MAX_ATTEMPTS = 5;
/** Wait before building again, times the attempt, with jitter: sources of one kind may finish together. */
const RETRY_BASE_MS = 200;

/**
 * The writing side of the catalogue: after listings changed (a scrape run, a moderation decision),
 * one new snapshot per kind, written only if nobody published in between (else built again).
 */
export class CataloguePublisher {
  private readonly now: () => Date;

  constructor(private readonly deps: CataloguePublisherDeps) {
    this.now = deps.now ?? (() => new Date());
  }

  /**
   * Builds the catalogue of `kind` from every active listing in the store and publishes it. The ETag
   * is taken before the store is read, so a listing changed by another writer after that read makes
   * this write fail its check and build again, instead of dropping that change.
   */
  async publish(kind: ListingKind): Promise<PublishResult> {
    return this.retrying(kind, async () => {
      const expected = await this.deps.snapshots.etag(kind);
      const entries: CatalogueEntry[] = [];
      const warnings = new CatalogueWarnings();
      const flats: FlatFacts[] = [];
      for await (const page of this.deps.store.activeListings(kind)) {
        // Only what is listed: a posting is active only once approved (issue 16).
        for (const listing of page) {
          if (listing.status !== 'active' || listing.kind !== kind) continue;
          entries.push(toCatalogueEntry(listing));
          warnings.add(listing);
          if (listing.kind === 'rental') flats.push(flatFacts(listing));
        }
      }
      return this.write(
        kind,
        withDuplicates(withCatalogueWarnings(entries, warnings.finish()), groupDuplicates(flats)),
        expected,
      );
    });
  }

  /**
   * Puts the given listings into their kind's published catalogue (active ones) or takes them out (any
   * other status), without reading the whole store: what one moderation decision changes. Falls back
   * to a full publish when there is no readable snapshot to change.
   */
  async update(listings: readonly Listing[]): Promise<PublishResult[]> {
    const kinds = [...new Set(listings.map((listing) => listing.kind))];
    return Promise.all(
      kinds.map((kind) =>
        this.retrying(kind, async () => {
          const read = await this.deps.snapshots.read(kind);
          if (read.status !== 'found') return this.publish(kind);
          let current;
          try {
            current = await decodeCatalogue(read.body, kind);
          } catch (error) {
            if (error instanceof CatalogueUnreadableError) return this.publish(kind);
            throw error;
          }
          const byId = new Map(current.all().map((entry) => [entry.id, entry]));
          for (const listing of listings.filter((l) => l.kind === kind)) {
            if (listing.status === 'active') byId.set(listing.id, toCatalogueEntry(listing));
            else byId.delete(listing.id);
          }
          return this.write(kind, [...byId.values()], read.etag);
        }),
      ),
    );
  }

  private async write(
    kind: ListingKind,
    entries: CatalogueEntry[],
    expected: string | undefined,
  ): Promise<PublishResult> {
    const body = encodeCatalogue(kind, entries, this.now());
    await this.deps.snapshots.write(kind, body, expected);
    return { kind, entries: entries.length, bytes: body.length };
  }

  private async retrying(kind: ListingKind, attempt: () => Promise<PublishResult>): Promise<PublishResult> {
    for (let n = 1; ; n++) {
      try {
        return await attempt();
      } catch (error) {
        if (!(error instanceof CatalogueConflictError) || n >= MAX_ATTEMPTS) throw error;
      }
      await new Promise((resolve) => setTimeout(resolve, RETRY_BASE_MS * n * (0.5 + Math.random())));
    }
  }
}

/** Adds the warnings that compare listings with each other to their entries' own (rentals only have any). */
function withCatalogueWarnings(
  entries: CatalogueEntry[],
  found: Map<string, NonNullable<Extract<CatalogueEntry, { kind: 'rental' }>['warnings']>>,
): CatalogueEntry[] {
  if (found.size === 0) return entries;
  return entries.map((entry) => {
    const more = found.get(entry.id);
    if (!more || entry.kind !== 'rental') return entry;
    return { ...entry, warnings: [...(entry.warnings ?? []), ...more] };
  });
}

/**
 * Marks each group of one flat on several portals: its first listing's card lists the others
 * (`alsoOn`), the others point to it (`duplicateOf`). Nothing is removed: each stays an entry.
 */
function withDuplicates(entries: CatalogueEntry[], groups: string[][]): CatalogueEntry[] {
  if (groups.length === 0) return entries;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const marks = new Map<string, Partial<Extract<CatalogueEntry, { kind: 'rental' }>>>();
  for (const [primary, ...others] of groups) {
    marks.set(primary!, {
      alsoOn: others.slice(0, 10).map((id) => ({ id, source: byId.get(id)!.source, url: byId.get(id)!.url })),
    });
    for (const id of others) marks.set(id, { duplicateOf: primary! });
  }
  return entries.map((entry) =>
    marks.has(entry.id) ? ({ ...entry, ...marks.get(entry.id) } as CatalogueEntry) : entry,
  );
}
