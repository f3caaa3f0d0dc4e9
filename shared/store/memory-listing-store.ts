import type { Listing, ListingDraft } from '../listing/schema';
import { runRecordSchema, type RunRecord } from '../runs/run-record';
import { matchesConditions } from './listing-filter';
import {
  DEFAULT_TOUCH_INTERVAL_MS,
  RETENTION_SECONDS,
  type ActiveQuery,
  type ListingPage,
  type ListingStore,
  type UpsertResult,
} from './listing-store';
import { pageActive, type IndexReader, type ItemKey } from './page-active';
import { toListing, toStoredItem, type StoredItem } from './stored-item';
import { listingsTable } from './table-definition';
import { planUpsert, tally, validDrafts } from './upsert-plan';

/**
 * The in-memory store: the same contract as DynamoListingStore, for handler and runner tests.
 * It keeps items in the stored shape and emulates the sparse indexes, so paging and filters behave
 * as they do on DynamoDB.
 */
export class MemoryListingStore implements ListingStore {
  private readonly items = new Map<string, StoredItem>();
  private readonly runs: RunRecord[] = [];

  constructor(private readonly touchIntervalMs = DEFAULT_TOUCH_INTERVAL_MS) {}

  async getById(id: string): Promise<Listing | undefined> {
    const item = this.items.get(id);
    return item && toListing(item);
  }

  async upsertChanged(drafts: readonly ListingDraft[], now: Date): Promise<UpsertResult> {
    const result: UpsertResult = { created: [], changed: [], unchanged: [], revived: [] };
    // Validate the whole batch first, so that a bad record never leaves it half-written.
    for (const draft of validDrafts(drafts)) {
      const existing = this.items.get(draft.id);
      const action = planUpsert(draft, existing && toListing(existing), now, this.touchIntervalMs);
      if (action.type === 'create' || action.type === 'rewrite') this.items.set(draft.id, toStoredItem(action.listing));
      if (action.type === 'touch' && existing) existing.lastSeenAt = action.lastSeenAt;
      tally(result, draft.id, action);
    }
    return result;
  }

  queryActive(query: ActiveQuery): Promise<ListingPage> {
    return pageActive(this.reader, query);
  }

  async listActiveIds(source: string): Promise<string[]> {
    return [...this.items.values()].filter((item) => item.status === 'active' && item.source === source).map((item) => item.id as string);
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

  async recordRun(run: RunRecord): Promise<void> {
    this.runs.push(runRecordSchema.parse(run));
  }

  async listRuns(source: string, limit: number): Promise<RunRecord[]> {
    return this.runs
      .filter((run) => run.source === source)
      .sort((a, b) => (a.startedAt < b.startedAt ? 1 : a.startedAt > b.startedAt ? -1 : 0))
      .slice(0, limit);
  }

  private readonly reader: IndexReader = {
    queryIndex: async ({ segment, conditions, startKey, limit }) => {
      const index = listingsTable.indexes[segment.index];
      const pk = listingsTable.partitionKey.name;
      const sortKey = (item: StoredItem) => item[index.sortKey.name] as string | number;
      const direction = segment.forward ? 1 : -1;
      // Ties on the index sort key are ordered by the table key, as DynamoDB pages them.
      const compare = (a: StoredItem | ItemKey, b: StoredItem | ItemKey) =>
        direction * (cmp(sortKey(a), sortKey(b)) || cmp(a[pk] as string, b[pk] as string));
      const partition = [...this.items.values()].filter((item) => item[index.partitionKey.name] === segment.partition).sort(compare);
      const from = startKey === undefined ? 0 : partition.findIndex((item) => compare(item, startKey) > 0);
      const window = from < 0 ? [] : partition.slice(from, from + limit);
      const more = from >= 0 && from + limit < partition.length;
      const last = window.at(-1);
      return {
        items: window.filter((item) => matchesConditions(item, conditions)),
        lastKey: more && last ? keyOf(last, [pk, listingsTable.sortKey.name, index.partitionKey.name, index.sortKey.name]) : undefined,
        itemsRead: window.length,
      };
    },
  };
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function keyOf(item: StoredItem, names: string[]): ItemKey {
  return Object.fromEntries(names.map((name) => [name, item[name] as string | number]));
}
