import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, PutCommand, QueryCommand, UpdateCommand, type PutCommandInput, type UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import { StaleWriteError } from '../errors';
import type { Listing, ListingDraft } from '../listing/schema';
import { runRecordSchema, type RunRecord } from '../runs/run-record';
import { mapLimit } from '../util/map-limit';
import { toFilterExpression } from './condition-expression';
import { LISTING_SK, listingPk } from './listing-keys';
import {
  DEFAULT_TOUCH_INTERVAL_MS,
  RETENTION_SECONDS,
  type ActiveQuery,
  type ListingPage,
  type ListingStore,
  isTouchDue,
  type SeenListing,
  type SourceState,
  type SourceMemory,
  type UpsertOptions,
  type UpsertResult,
  type RemovedSource,
} from './listing-store';
import { pageActive, type IndexReader, type ItemKey } from './page-active';
import { bumpCatalogVersion, readCatalogVersion } from './catalog-version';
import { DynamoTable, isConditionFailure } from './dynamo-table';
import { loadSearchProjection } from './load-search-projection';
import { removeSourceItems } from './remove-source';
import { SearchProjection } from './search-projection';
import { toListing, toStoredItem } from './stored-item';
import { indexKeyAttributes, listingsTable } from './table-definition';
import { planUpsert, tally, validDrafts, type ExistingState, type UpsertAction } from './upsert-plan';

export interface DynamoListingStoreOptions {
  tableName: string;
  /** How long an unchanged listing's lastSeenAt may lag before it is touched. */
  touchIntervalMs?: number;
  /** Conditional writes in flight at once during an upsert. */
  writeConcurrency?: number;
  /** Answer queries from the in-memory search projection (default true); false queries GSIs directly. */
  searchProjection?: boolean;
  /** How long the projection trusts a catalogue version before reading it again (default 2 s). */
  versionCheckIntervalMs?: number;
}

const PK = listingsTable.partitionKey.name;
const SK = listingsTable.sortKey.name;
const TTL = listingsTable.ttlAttribute;
const MAX_WRITE_ATTEMPTS = 5;
const runPk = (source: string) => `SOURCE#${source}`;

/**
 * The only code that knows the table's key formats, GSIs and condition expressions. SDK errors are
 * translated into the domain's (StaleWriteError, StoreUnavailableError) here.
 */
export class DynamoListingStore implements ListingStore {
  private readonly table: DynamoTable;
  private readonly touchIntervalMs: number;
  private readonly writeConcurrency: number;
  private readonly projection: SearchProjection | undefined;

  constructor(client: DynamoDBClient | DynamoDBDocumentClient, options: DynamoListingStoreOptions) {
    this.table = new DynamoTable(client, options.tableName);
    this.touchIntervalMs = options.touchIntervalMs ?? DEFAULT_TOUCH_INTERVAL_MS;
    this.writeConcurrency = options.writeConcurrency ?? 8;
    this.projection =
      options.searchProjection === false
        ? undefined
        : new SearchProjection({
            load: (kind) => loadSearchProjection(this.table, kind),
            readVersion: () => this.catalogVersion(),
            versionCheckIntervalMs: options.versionCheckIntervalMs ?? 2000,
          });
  }

  async getById(id: string): Promise<Listing | undefined> {
    const { Item } = await this.table.call(() => this.table.doc.send(new GetCommand({ TableName: this.table.name, Key: this.key(id) })));
    return Item && toListing(Item);
  }

  async upsertChanged(drafts: readonly ListingDraft[], now: Date, options: UpsertOptions = {}): Promise<UpsertResult> {
    const valid = validDrafts(drafts);
    const existing = await this.readStates(valid.map((draft) => draft.id));
    const result: UpsertResult = { created: [], changed: [], unchanged: [], revived: [] };
    let wroteAny = false;
    try {
      const actions = await mapLimit(valid, this.writeConcurrency, async (draft) => {
        const action = await this.upsertOne(draft, existing.get(draft.id), now, options.sourceHashes?.get(draft.id));
        if (action.type !== 'none') wroteAny = true;
        return action;
      });
      valid.forEach((draft, i) => tally(result, draft.id, actions[i]!));
    } finally {
      // Even when a batch fails midway, what it did write must invalidate cached projections.
      if (wroteAny) await this.bumpCatalogVersion();
    }
    return result;
  }

  async queryActive(query: ActiveQuery): Promise<ListingPage> {
    if (!this.projection) return pageActive(this.reader, query);
    const { index, itemsRead } = await this.projection.indexFor(query.kind);
    // Items come from memory: what DynamoDB read is the version check and any reload.
    return { ...(await pageActive(index, query)), itemsRead };
  }

  async sourceStates(ids: readonly string[]): Promise<Map<string, SourceState>> {
    const items = await this.table.batchGet([...new Set(ids)].map((id) => this.key(id)), {
      idAttribute: 'id',
      projection: 'id, #status, sourceHash, lastSeenAt',
      names: { '#status': 'status' },
    });
    return new Map(
      [...items].map(([id, item]) => [id, { sourceHash: item.sourceHash as string | undefined, status: item.status as SourceState['status'], lastSeenAt: item.lastSeenAt as string | undefined }]),
    );
  }

  async markSeen(seen: readonly SeenListing[], now: Date): Promise<number> {
    const threshold = new Date(now.getTime() - this.touchIntervalMs).toISOString();
    // Listings known to be seen recently need no request at all (a failed condition still costs a write).
    const due = [...new Set(seen.filter((s) => isTouchDue(s.lastSeenAt, now, this.touchIntervalMs)).map((s) => s.id))];
    // A failed condition means seen recently, not active, or gone: nothing to do.
    const touched = await this.updateEach(due, () => ({
      UpdateExpression: 'SET #seen = :now',
      ConditionExpression: '#status = :active AND #seen <= :threshold',
      ExpressionAttributeNames: { '#seen': 'lastSeenAt', '#status': 'status' },
      ExpressionAttributeValues: { ':now': now.toISOString(), ':active': 'active', ':threshold': threshold },
    }));
    if (touched.length > 0) await this.bumpCatalogVersion();
    return touched.length;
  }

  async listActiveIds(source: string): Promise<string[]> {
    const index = listingsTable.indexes.source;
    const items = await this.table.queryAll({
      IndexName: index.name,
      KeyConditionExpression: '#pk = :pk',
      ExpressionAttributeNames: { '#pk': index.partitionKey.name, '#id': index.sortKey.name },
      ExpressionAttributeValues: { ':pk': source },
      ProjectionExpression: '#id',
    });
    return items.map((item) => item[index.sortKey.name] as string);
  }

  async countActive(source: string): Promise<number> {
    const index = listingsTable.indexes.source;
    let count = 0;
    await this.table.queryAll(
      {
        IndexName: index.name,
        KeyConditionExpression: '#pk = :pk',
        ExpressionAttributeNames: { '#pk': index.partitionKey.name },
        ExpressionAttributeValues: { ':pk': source },
        Select: 'COUNT',
      },
      (read) => (count += read),
    );
    return count;
  }

  async expire(ids: readonly string[], now: Date): Promise<string[]> {
    const expiresAt = Math.floor(now.getTime() / 1000) + RETENTION_SECONDS;
    const names = Object.fromEntries(indexKeyAttributes.map((name, i) => [`#k${i}`, name]));
    // A failed condition means already expired or gone: nothing to do.
    const expired = await this.updateEach(ids, () => ({
      UpdateExpression: `SET #status = :expired, #ttl = :ttl REMOVE ${Object.keys(names).join(', ')}`,
      ConditionExpression: '#status = :active',
      ExpressionAttributeNames: { '#status': 'status', '#ttl': TTL, ...names },
      ExpressionAttributeValues: { ':expired': 'expired', ':active': 'active', ':ttl': expiresAt },
    }));
    if (expired.length > 0) await this.bumpCatalogVersion();
    return expired;
  }

  async recordRun(run: RunRecord): Promise<void> {
    const valid = runRecordSchema.parse(run);
    const expiresAt = Math.floor(Date.parse(valid.finishedAt) / 1000) + RETENTION_SECONDS;
    await this.table.call(() =>
      this.table.doc.send(
        new PutCommand({
          TableName: this.table.name,
          Item: { [PK]: runPk(valid.source), [SK]: `RUN#${valid.startedAt}#${valid.runId}`, type: 'run', [TTL]: expiresAt, ...valid },
        }),
      ),
    );
  }

  async getSourceMemory(source: string): Promise<SourceMemory | undefined> {
    const { Item } = await this.table.call(() => this.table.doc.send(new GetCommand({ TableName: this.table.name, Key: { [PK]: runPk(source), [SK]: 'MEMORY' } })));
    return Item ? { etag: Item.etag as string | undefined, lastModified: Item.lastModified as string | undefined, skipped: Item.skipped as Record<string, string> | undefined } : undefined;
  }

  async putSourceMemory(source: string, validators: SourceMemory): Promise<void> {
    await this.table.call(() =>
      this.table.doc.send(new PutCommand({ TableName: this.table.name, Item: { [PK]: runPk(source), [SK]: 'MEMORY', type: 'source-memory', ...validators } })),
    );
  }

  async listRuns(source: string, limit: number): Promise<RunRecord[]> {
    const { Items = [] } = await this.table.call(() =>
      this.table.doc.send(
        new QueryCommand({
          TableName: this.table.name,
          KeyConditionExpression: '#pk = :pk AND begins_with(#sk, :run)',
          ExpressionAttributeNames: { '#pk': PK, '#sk': SK },
          ExpressionAttributeValues: { ':pk': runPk(source), ':run': 'RUN#' },
          ScanIndexForward: false,
          Limit: limit,
        }),
      ),
    );
    return Items.map((item) => {
      const { [PK]: _pk, [SK]: _sk, [TTL]: _ttl, type: _type, ...run } = item;
      return run as RunRecord;
    });
  }

  async removeSource(source: string): Promise<RemovedSource> {
    const removed = await removeSourceItems(this.table, source, runPk(source));
    if (removed.listings > 0) await this.bumpCatalogVersion();
    return removed;
  }

  /** Applies one conditional update per id, concurrently; returns the ids whose condition held. */
  private async updateEach(ids: readonly string[], update: (id: string) => Omit<UpdateCommandInput, 'TableName' | 'Key'>): Promise<string[]> {
    const held = await mapLimit(ids, this.writeConcurrency, async (id) => {
      try {
        await this.table.call(() => this.table.doc.send(new UpdateCommand({ TableName: this.table.name, Key: this.key(id), ...update(id) })));
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    });
    return ids.filter((_, i) => held[i]);
  }

  /** Applies one upsert, re-reading and re-planning when a concurrent writer got there first. */
  private async upsertOne(draft: ListingDraft, existing: ExistingState | undefined, now: Date, sourceHash?: string): Promise<UpsertAction> {
    let state = existing;
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const action = planUpsert(draft, state, now, this.touchIntervalMs, sourceHash);
      try {
        await this.write(draft.id, action, sourceHash ?? state?.sourceHash);
        return action;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      if (attempt < MAX_WRITE_ATTEMPTS) state = (await this.readStates([draft.id], true)).get(draft.id);
    }
    throw new StaleWriteError(`listing kept changing during ${MAX_WRITE_ATTEMPTS} write attempts`);
  }

  private async write(id: string, action: UpsertAction, sourceHash: string | undefined): Promise<void> {
    if (action.type === 'none') return;
    if (action.type === 'touch') {
      const withSource = action.sourceHash !== undefined;
      await this.table.call(() =>
        this.table.doc.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: this.key(id),
            UpdateExpression: withSource ? 'SET #seen = :now, #source = :source' : 'SET #seen = :now',
            ConditionExpression: '#hash = :hash',
            ExpressionAttributeNames: { '#seen': 'lastSeenAt', '#hash': 'contentHash', ...(withSource && { '#source': 'sourceHash' }) },
            ExpressionAttributeValues: { ':now': action.lastSeenAt, ':hash': action.expectedHash, ...(withSource && { ':source': action.sourceHash }) },
          }),
        ),
      );
      return;
    }
    const condition: Pick<PutCommandInput, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'> =
      action.type === 'create'
        ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } }
        : {
            ConditionExpression: '#hash = :hash',
            ExpressionAttributeNames: { '#hash': 'contentHash' },
            ExpressionAttributeValues: { ':hash': action.expectedHash },
          };
    const item = toStoredItem(action.listing, undefined, sourceHash);
    await this.table.call(() => this.table.doc.send(new PutCommand({ TableName: this.table.name, Item: item, ...condition })));
  }

  /** Reads the upsert-relevant state of listings. */
  private async readStates(ids: readonly string[], consistent = false): Promise<Map<string, ExistingState>> {
    const items = await this.table.batchGet([...new Set(ids)].map((id) => this.key(id)), {
      idAttribute: 'id',
      consistent,
      projection: 'id, contentHash, firstSeenAt, lastSeenAt, #status, sourceHash',
      names: { '#status': 'status' },
    });
    return items as Map<string, unknown> as Map<string, ExistingState>;
  }

  private catalogVersion(): Promise<number> {
    return readCatalogVersion(this.table);
  }

  private async bumpCatalogVersion(): Promise<void> {
    this.projection?.invalidate();
    await bumpCatalogVersion(this.table);
  }

  private readonly reader: IndexReader = {
    queryIndex: async ({ segment, conditions, startKey, limit }) => {
      const index = listingsTable.indexes[segment.index];
      const filter = toFilterExpression(conditions);
      const response = await this.table.call(() =>
        this.table.doc.send(
          new QueryCommand({
            TableName: this.table.name,
            IndexName: index.name,
            KeyConditionExpression: '#ipk = :ipk',
            FilterExpression: filter?.expression,
            ExpressionAttributeNames: { '#ipk': index.partitionKey.name, ...filter?.names },
            ExpressionAttributeValues: { ':ipk': segment.partition, ...filter?.values },
            ScanIndexForward: segment.forward,
            ExclusiveStartKey: startKey,
            Limit: limit,
          }),
        ),
      );
      return {
        items: response.Items ?? [],
        lastKey: response.LastEvaluatedKey as ItemKey | undefined,
        itemsRead: response.ScannedCount ?? 0,
      };
    },
  };

  private key(id: string) {
    return { [PK]: listingPk(id), [SK]: LISTING_SK };
  }
}
