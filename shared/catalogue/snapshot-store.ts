import type { ListingKind } from '../listing/schema';

/** What reading a snapshot found. */
export type SnapshotRead =
  | { status: 'found'; etag: string; body: Buffer | AsyncIterable<Uint8Array> }
  /** The snapshot still has the ETag the reader named. */
  | { status: 'not-modified' }
  /** No snapshot of this kind was ever published. */
  | { status: 'missing' };

/**
 * Where catalogue snapshots live, one object per kind: S3 in the cloud, a folder locally, memory in
 * tests. Writers replace a snapshot only if it is still the one they started from (an ETag check),
 * so that two publishers never lose each other's change. Failures of the medium surface as
 * StoreUnavailableError; a lost precondition as CatalogueConflictError.
 */
export interface CatalogueSnapshotStore {
  /** The snapshot of `kind`, or not-modified when its ETag is still `ifNoneMatch`. */
  read(kind: ListingKind, ifNoneMatch?: string): Promise<SnapshotRead>;
  /** The ETag of the current snapshot of `kind`, or undefined when there is none. */
  etag(kind: ListingKind): Promise<string | undefined>;
  /**
   * Replaces the snapshot of `kind` with `body` if its ETag is still `expected` (undefined: if there is
   * none yet); returns the new ETag. The replacement is whole or nothing: readers never see half of it.
   */
  write(kind: ListingKind, body: Buffer, expected: string | undefined): Promise<string>;
}

/** The object name of a kind's snapshot, the same in S3 and in a folder. */
export const snapshotName = (kind: ListingKind) => `catalogue/${kind}.jsonl.gz`;
