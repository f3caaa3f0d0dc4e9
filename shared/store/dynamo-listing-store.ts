import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  type DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type PutCommandInput,
  type UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { StaleWriteError } from '../errors';
import type { Listing, ListingDraft, ListingKind } from '../listing/schema';
import { runRecordSchema, type RunRecord } from '../runs/run-record';
import { mapLimit } from '../util/map-limit';
import { LISTING_SK, listingPk } from './listing-keys';
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
import { DynamoTable, isConditionFailure } from './dynamo-table';
import { removeSourceItems } from './remove-source';
import { toListing, toStoredItem } from './stored-item';
import { indexKeyAttributes, listingsTable } from './table-definition';
import { planUpsert, tally, validDrafts, type ExistingState, type UpsertAction } from './upsert-plan';

export interface DynamoListingStoreOptions {
  tableName: string;
  /** How long an unchanged listing's lastSeenAt may lag before it is touched. */
  touchIntervalMs?: number;
  /** Conditional writes in flight at once during an upsert. */
  writeConcurrency?: number;
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

  constructor(client: DynamoDBClient | DynamoDBDocumentClient, options: DynamoListingStoreOptions) {
    this.table = new DynamoTable(client, options.tableName);
    this.touchIntervalMs = options.touchIntervalMs ?? DEFAULT_TOUCH_INTERVAL_MS;
    this.writeConcurrency = options.writeConcurrency ?? 8;
  }

  async getById(id: string): Promise<Listing | undefined> {
    const { Item } = await this.table.call(() =>
      this.table.doc.send(new GetCommand({ TableName: this.table.name, Key: this.key(id) })),
    );
    return Item && toListing(Item);
  }

  async upsertChanged(drafts: readonly ListingDraft[], now: Date, options: UpsertOptions = {}): Promise<UpsertResult> {
    const valid = validDrafts(drafts);
    const existing = await this.readStates(valid.map((draft) => draft.id));
    const result: UpsertResult = { created: [], changed: [], unchanged: [], revived: [] };
    const actions = await mapLimit(valid, this.writeConcurrency, (draft) =>
      this.upsertOne(draft, existing.get(draft.id), now, options.sourceHashes?.get(draft.id)),
    );
    valid.forEach((draft, i) => tally(result, draft.id, actions[i]!));
    return result;
  }

  async *activeListings(kind: ListingKind): AsyncIterable<Listing[]> {
    const index = listingsTable.indexes.newest;
    // Page by page, so that a writer never holds a whole kind of full items (descriptions and all) at once.
    yield* this.table.queryPages(
      {
        IndexName: index.name,
        KeyConditionExpression: '#ipk = :kind',
        ExpressionAttributeNames: { '#ipk': index.partitionKey.name },
        ExpressionAttributeValues: { ':kind': kind },
      },
      (items) => items.map(toListing),
    );
  }

  async sourceStates(ids: readonly string[]): Promise<Map<string, SourceState>> {
    const items = await this.table.batchGet(
      [...new Set(ids)].map((id) => this.key(id)),
      {
        idAttribute: 'id',
        projection: 'id, #status, sourceHash, lastSeenAt',
        names: { '#status': 'status' },
      },
    );
    return new Map(
      [...items].map(([id, item]) => [
        id,
        {
          sourceHash: item.sourceHash as string | undefined,
          status: item.status as SourceState['status'],
          lastSeenAt: item.lastSeenAt as string | undefined,
        },
      ]),
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
    return expired;
  }

  async recordRun(run: RunRecord): Promise<void> {
    const valid = runRecordSchema.parse(run);
    const expiresAt = Math.floor(Date.parse(valid.finishedAt) / 1000) + RETENTION_SECONDS;
    await this.table.call(() =>
      this.table.doc.send(
        new PutCommand({
          TableName: this.table.name,
          Item: {
            [PK]: runPk(valid.source),
            [SK]: `RUN#${valid.startedAt}#${valid.runId}`,
            type: 'run',
            [TTL]: expiresAt,
            ...valid,
          },
        }),
      ),
    );
  }

  async getSourceMemory(source: string): Promise<SourceMemory | undefined> {
    const { Item } = await this.table.call(() =>
      this.table.doc.send(new GetCommand({ TableName: this.table.name, Key: { [PK]: runPk(source), [SK]: 'MEMORY' } })),
    );
    return Item
      ? {
          etag: Item.etag as string | undefined,
          lastModified: Item.lastModified as string | undefined,
          skipped: Item.skipped as Record<string, string> | undefined,
        }
      : undefined;
  }

  async putSourceMemory(source: string, validators: SourceMemory): Promise<void> {
    await this.table.call(() =>
      this.table.doc.send(
        new PutCommand({
          TableName: this.table.name,
          Item: { [PK]: runPk(source), [SK]: 'MEMORY', type: 'source-memory', ...validators },
        }),
      ),
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
    return removed;
  }

  /** Applies one conditional update per id, concurrently; returns the ids whose condition held. */
  private async updateEach(
    ids: readonly string[],
    update: (id: string) => Omit<UpdateCommandInput, 'TableName' | 'Key'>,
  ): Promise<string[]> {
    const held = await mapLimit(ids, this.writeConcurrency, async (id) => {
      try {
        await this.table.call(() =>
          this.table.doc.send(new UpdateCommand({ TableName: this.table.name, Key: this.key(id), ...update(id) })),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false;
        throw error;
      }
    });
    return ids.filter((_, i) => held[i]);
  }

  /** Applies one upsert, re-reading and re-planning when a concurrent writer got there first. */
  private async upsertOne(
    draft: ListingDraft,
    existing: ExistingState | undefined,
    now: Date,
    sourceHash?: string,
  ): Promise<UpsertAction> {
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
            ExpressionAttributeNames: {
              '#seen': 'lastSeenAt',
              '#hash': 'contentHash',
              ...(withSource && { '#source': 'sourceHash' }),
            },
            ExpressionAttributeValues: {
              ':now': action.lastSeenAt,
              ':hash': action.expectedHash,
              ...(withSource && { ':source': action.sourceHash }),
            },
          }),
        ),
      );
      return;
    }
    const condition: Pick<
      PutCommandInput,
      'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'
    > =
      action.type === 'create'
        ? { ConditionExpression: 'attribute_not_exists(#pk)', ExpressionAttributeNames: { '#pk': PK } }
        : {
            ConditionExpression: '#hash = :hash',
            ExpressionAttributeNames: { '#hash': 'contentHash' },
            ExpressionAttributeValues: { ':hash': action.expectedHash },
          };
    const item = toStoredItem(action.listing, undefined, sourceHash);
    await this.table.call(() =>
      this.table.doc.send(new PutCommand({ TableName: this.table.name, Item: item, ...condition })),
    );
  }

  /** Reads the upsert-relevant state of listings. */
  private async readStates(ids: readonly string[], consistent = false): Promise<Map<string, ExistingState>> {
    const items = await this.table.batchGet(
      [...new Set(ids)].map((id) => this.key(id)),
      {
        idAttribute: 'id',
        consistent,
        // The price, for the price history a rewrite carries (issue 20).
        projection: 'id, contentHash, firstSeenAt, lastSeenAt, #status, sourceHash, rentCzk, feesCzk, priceHistory',
        names: { '#status': 'status' },
      },
    );
    return items as Map<string, unknown> as Map<string, ExistingState>;
  }

  private key(id: string) {
    return { [PK]: listingPk(id), [SK]: LISTING_SK };
  }
}
