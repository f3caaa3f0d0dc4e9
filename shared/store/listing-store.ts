import type { Listing, ListingDraft, ListingKind, ListingStatus } from '../listing/schema';
import type { RunRecord } from '../runs/run-record';

export interface UpsertResult {
  created: string[];
  changed: string[];
  unchanged: string[];
  /** Expired listings that came back (unchanged or not); also counted in changed or unchanged. */
  revived: string[];
}

export interface UpsertOptions {
  /** Per id, the hash of the source's list record, kept so that the next run can skip its detail page. */
  sourceHashes?: ReadonlyMap<string, string>;
}

/** What a source's runs remember between runs (one small item per source). */
export interface SourceMemory {
  /** Validators of the source's file, for a conditional GET. */
  etag?: string;
  lastModified?: string;
  /**
   * Cards whose detail page led to leaving the listing out (gone, outside the region, invalid), by id,
   * with the card's hash: while the card does not change, its detail page is not fetched again.
   */
  skipped?: Record<string, string>;
}

export interface SourceState {
  sourceHash?: string;
  status: ListingStatus;
  lastSeenAt?: string;
}

export interface SeenListing {
  id: string;
  /** As sourceStates reported it; absent when not known. */
  lastSeenAt?: string;
}

/** True when a listing last seen at `lastSeenAt` is due for a new last-seen mark at `now`. */
export function isTouchDue(lastSeenAt: string | undefined, now: Date, touchIntervalMs: number): boolean {
  return lastSeenAt === undefined || now.getTime() - Date.parse(lastSeenAt) >= touchIntervalMs;
}

/**
 * The listing store, in domain words: the one writer of listing records. One DynamoDB implementation
 * serves the cloud and the local service; the in-memory one serves handler tests. Both pass the same
 * contract suite.
 */
export interface ListingStore {
  /** One listing by id, whatever its status, or undefined. */
  getById(id: string): Promise<Listing | undefined>;
  /**
   * Stores a batch of normalised listings seen at `now`, writing only what changed: an unchanged
   * listing is not rewritten (its last-seen mark moves at most once per touch interval); a changed one
   * is rewritten with its new hash; a new one gets firstSeenAt = now; an expired one that comes back
   * is active again and keeps its firstSeenAt. Safe against concurrent upserts of the same id.
   */
  upsertChanged(drafts: readonly ListingDraft[], now: Date, options?: UpsertOptions): Promise<UpsertResult>;
  /**
   * What a scrape run needs to know before fetching detail pages: for each stored id, the hash of
   * its list record when last written, and its status. Ids not stored are absent.
   */
  sourceStates(ids: readonly string[]): Promise<Map<string, SourceState>>;
  /**
   * Moves lastSeenAt of active listings seen again unchanged, at most once per touch interval. Given
   * the lastSeenAt that sourceStates reported, it sends nothing for listings seen recently.
   */
  markSeen(seen: readonly SeenListing[], now: Date): Promise<number>;
  /**
   * Every active listing of one kind, page by page, in no promised order: what the catalogue is built
   * from (see CataloguePublisher). Lists read no other way: the API answers them from the catalogue.
   */
  activeListings(kind: ListingKind): AsyncIterable<Listing[]>;
  /** Ids of a source's active listings (to find what a complete run no longer sees). */
  listActiveIds(source: string): Promise<string[]>;
  /** Marks active listings expired; returns the ids that were active and are now expired. */
  expire(ids: readonly string[], now: Date): Promise<string[]>;
  /** Counts a source's active listings. */
  countActive(source: string): Promise<number>;
  recordRun(run: RunRecord): Promise<void>;
  /** What the source's earlier runs remembered (file validators, cards left out). */
  getSourceMemory(source: string): Promise<SourceMemory | undefined>;
  putSourceMemory(source: string, validators: SourceMemory): Promise<void>;
  /** A source's most recent runs, newest first. */
  listRuns(source: string, limit: number): Promise<RunRecord[]>;
  /**
   * Deletes everything stored for a retired source: its listings whatever their status, its runs and
   * its memory (the local DEMO set of earlier versions is one). Other sources are untouched.
   */
  removeSource(source: string): Promise<RemovedSource>;
}

/** What removeSource deleted. */
export interface RemovedSource {
  listings: number;
  runs: number;
}

/** How long an unchanged listing's lastSeenAt may lag before an upsert touches it. */
export const DEFAULT_TOUCH_INTERVAL_MS = 12 * 60 * 60 * 1000;
/** How long an expired listing or a run record is kept before TTL may delete it. */
export const RETENTION_SECONDS = 180 * 24 * 60 * 60;
