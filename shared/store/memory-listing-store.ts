import type { Listing, ListingDraft, ListingKind } from '../listing/schema';
import { runRecordSchema, type RunRecord } from '../runs/run-record';
import {
  DEFAULT_TOUCH_INTERVAL_MS,
  RETENTION_SECONDS,
  type ListingStore,
  isTouchDue,
  type SeenListing,
  type SourceState,
  type SourceMemory,
  type UpsertOptions,
  type UpsertResult,
  type RemovedSource,
} from './listing-store';
import { toListing, toStoredItem, type StoredItem } from './stored-item';
import { planUpsert, tally, validDrafts } from './upsert-plan';

/**
 * The in-memory store: the same contract as DynamoListingStore, for handler and runner tests.
 * It keeps items in the stored shape, so that what it returns is what DynamoDB's items give.
 */
export class MemoryListingStore implements ListingStore {
  private readonly items = new Map<string, StoredItem>();
  private readonly runs: RunRecord[] = [];
  private readonly validators = new Map<string, SourceMemory>();

  constructor(private readonly touchIntervalMs = DEFAULT_TOUCH_INTERVAL_MS) {}

  async getById(id: string): Promise<Listing | undefined> {
    const item = this.items.get(id);
    return item && toListing(item);
  }

  async upsertChanged(drafts: readonly ListingDraft[], now: Date, options: UpsertOptions = {}): Promise<UpsertResult> {
    const result: UpsertResult = { created: [], changed: [], unchanged: [], revived: [] };
    // Validate the whole batch first, so that a bad record never leaves it half-written.
    for (const draft of validDrafts(drafts)) {
      const existing = this.items.get(draft.id);
      const sourceHash = options.sourceHashes?.get(draft.id);
      const state = existing && { ...toListing(existing), sourceHash: existing.sourceHash as string | undefined };
      const action = planUpsert(draft, state, now, this.touchIntervalMs, sourceHash);
      if (action.type === 'create' || action.type === 'rewrite') {
        this.items.set(draft.id, toStoredItem(action.listing, undefined, sourceHash ?? state?.sourceHash));
      }
      if (action.type === 'touch' && existing) {
        existing.lastSeenAt = action.lastSeenAt;
        if (action.sourceHash !== undefined) existing.sourceHash = action.sourceHash;
      }
      tally(result, draft.id, action);
    }
    return result;
  }

  async sourceStates(ids: readonly string[]): Promise<Map<string, SourceState>> {
    const states = new Map<string, SourceState>();
    for (const id of ids) {
      const item = this.items.get(id);
      if (item)
        states.set(id, {
          sourceHash: item.sourceHash as string | undefined,
          status: item.status as SourceState['status'],
          lastSeenAt: item.lastSeenAt as string,
        });
    }
    return states;
  }

  async markSeen(seen: readonly SeenListing[], now: Date): Promise<number> {
    let touched = 0;
    for (const { id } of seen) {
      const item = this.items.get(id);
      if (item?.status !== 'active' || !isTouchDue(item.lastSeenAt as string, now, this.touchIntervalMs)) continue;
      item.lastSeenAt = now.toISOString();
      touched++;
    }
    return touched;
  }

  async *activeListings(kind: ListingKind): AsyncIterable<Listing[]> {
    yield [...this.items.values()].filter((item) => item.status === 'active' && item.kind === kind).map(toListing);
  }

  async listActiveIds(source: string): Promise<string[]> {
    return [...this.items.values()]
      .filter((item) => item.status === 'active' && item.source === source)
      .map((item) => item.id as string);
  }

  async expire(ids: readonly string[], now: Date): Promise<string[]> {
    const expired: string[] = [];
    for (const id of ids) {
      const item = this.items.get(id);
      if (item?.status !== 'active') continue;
      const listing = { ...toListing(item), status: 'expired' as const };
      this.items.set(id, toStoredItem(listing, Math.floor(now.getTime() / 1000) + RETENTION_SECONDS));
      expired.push(id);
    }
    return expired;
  }

  async countActive(source: string): Promise<number> {
    return (await this.listActiveIds(source)).length;
  }

  async getSourceMemory(source: string): Promise<SourceMemory | undefined> {
    return this.validators.get(source);
  }

  async putSourceMemory(source: string, validators: SourceMemory): Promise<void> {
    this.validators.set(source, { ...validators });
  }

  async recordRun(run: RunRecord): Promise<void> {
    this.runs.push(runRecordSchema.parse(run));
  }

  async listRuns(source: string, limit: number): Promise<RunRecord[]> {
    return this.runs
      .filter((run) => run.source === source)
      .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0))
      .slice(0, limit);
  }

  async removeSource(source: string): Promise<RemovedSource> {
    const ids = [...this.items.values()].filter((item) => item.source === source).map((item) => item.id as string);
    for (const id of ids) this.items.delete(id);
    const kept = this.runs.filter((run) => run.source !== source);
    const runs = this.runs.length - kept.length;
    this.runs.splice(0, this.runs.length, ...kept);
    this.validators.delete(source);
    return { listings: ids.length, runs };
  }
}
