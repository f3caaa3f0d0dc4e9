import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  GetCommand,
  PutCommand,
  QueryCommand,
  UpdateCommand,
  type PutCommandInput,
  type QueryCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { StaleWriteError, StoreUnavailableError } from '../errors';
import type { Listing, ListingDraft } from '../listing/schema';
import { runRecordSchema, type RunRecord } from '../runs/run-record';
import { chunk, mapLimit } from '../util/map-limit';
import { toFilterExpression } from './condition-expression';
import { LISTING_SK, listingPk } from './listing-keys';
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
  private readonly doc: DynamoDBDocumentClient;
  private readonly tableName: string;
  private readonly touchIntervalMs: number;
  private readonly writeConcurrency: number;

  constructor(client: DynamoDBClient | DynamoDBDocumentClient, options: DynamoListingStoreOptions) {
    this.doc =
      client instanceof DynamoDBDocumentClient
        ? client
        : DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
    this.tableName = options.tableName;
    this.touchIntervalMs = options.touchIntervalMs ?? DEFAULT_TOUCH_INTERVAL_MS;
    this.writeConcurrency = options.writeConcurrency ?? 8;
  }

  async getById(id: string): Promise<Listing | undefined> {
    const { Item } = await this.call(() => this.doc.send(new GetCommand({ TableName: this.tableName, Key: this.key(id) })));
    return Item && toListing(Item);
  }

  async upsertChanged(drafts: readonly ListingDraft[], now: Date): Promise<UpsertResult> {
    const valid = validDrafts(drafts);
    const existing = await this.readStates(valid.map((draft) => draft.id));
    const result: UpsertResult = { created: [], changed: [], unchanged: [], revived: [] };
    const actions = await mapLimit(valid, this.writeConcurrency, (draft) => this.upsertOne(draft, existing.get(draft.id), now));
    valid.forEach((draft, i) => tally(result, draft.id, actions[i]!));
    return result;
  }

  queryActive(query: ActiveQuery): Promise<ListingPage> {
    return pageActive(this.reader, query);
  }

  async listActiveIds(source: string): Promise<string[]> {
    const index = listingsTable.indexes.source;
    const items = await this.queryAll({
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
    let startKey: ItemKey | undefined;
    do {
      const page = await this.call(() =>
        this.doc.send(
          new QueryCommand({
            TableName: this.tableName,
            IndexName: index.name,
            KeyConditionExpression: '#pk = :pk',
            ExpressionAttributeNames: { '#pk': index.partitionKey.name },
            ExpressionAttributeValues: { ':pk': source },
            Select: 'COUNT',
            ExclusiveStartKey: startKey,
          }),
        ),
      );
      count += page.Count ?? 0;
      startKey = page.LastEvaluatedKey as ItemKey | undefined;
    } while (startKey);
    return count;
  }

  async expire(ids: readonly string[], now: Date): Promise<string[]> {
    const expiresAt = Math.floor(now.getTime() / 1000) + RETENTION_SECONDS;
    const names = Object.fromEntries(indexKeyAttributes.map((name, i) => [`#k${i}`, name]));
    const outcomes = await mapLimit(ids, this.writeConcurrency, async (id) => {
      try {
        await this.call(() =>
          this.doc.send(
            new UpdateCommand({
              TableName: this.tableName,
              Key: this.key(id),
              UpdateExpression: `SET #status = :expired, #ttl = :ttl REMOVE ${Object.keys(names).join(', ')}`,
              ConditionExpression: '#status = :active',
              ExpressionAttributeNames: { '#status': 'status', '#ttl': TTL, ...names },
              ExpressionAttributeValues: { ':expired': 'expired', ':active': 'active', ':ttl': expiresAt },
            }),
          ),
        );
        return true;
      } catch (error) {
        if (isConditionFailure(error)) return false; // already expired or gone: nothing to do
        throw error;
      }
    });
    return ids.filter((_, i) => outcomes[i]);
  }

  async recordRun(run: RunRecord): Promise<void> {
    const valid = runRecordSchema.parse(run);
    const expiresAt = Math.floor(Date.parse(valid.finishedAt) / 1000) + RETENTION_SECONDS;
    await this.call(() =>
      this.doc.send(
        new PutCommand({
          TableName: this.tableName,
          Item: { [PK]: runPk(valid.source), [SK]: `RUN#${valid.startedAt}#${valid.runId}`, type: 'run', [TTL]: expiresAt, ...valid },
        }),
      ),
    );
  }

  async listRuns(source: string, limit: number): Promise<RunRecord[]> {
    const { Items = [] } = await this.call(() =>
      this.doc.send(
        new QueryCommand({
          TableName: this.tableName,
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

  /** Applies one upsert, re-reading and re-planning when a concurrent writer got there first. */
  private async upsertOne(draft: ListingDraft, existing: ExistingState | undefined, now: Date): Promise<UpsertAction> {
    let state = existing;
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const action = planUpsert(draft, state, now, this.touchIntervalMs);
      try {
        await this.write(draft.id, action);
        return action;
      } catch (error) {
        if (!isConditionFailure(error)) throw error;
      }
      if (attempt < MAX_WRITE_ATTEMPTS) state = (await this.readStates([draft.id], true)).get(draft.id);
    }
    throw new StaleWriteError(`listing kept changing during ${MAX_WRITE_ATTEMPTS} write attempts`);
  }

  private async write(id: string, action: UpsertAction): Promise<void> {
    if (action.type === 'none') return;
    if (action.type === 'touch') {
      await this.call(() =>
        this.doc.send(
          new UpdateCommand({
            TableName: this.tableName,
            Key: this.key(id),
            UpdateExpression: 'SET #seen = :now',
            ConditionExpression: '#hash = :hash',
            ExpressionAttributeNames: { '#seen': 'lastSeenAt', '#hash': 'contentHash' },
            ExpressionAttributeValues: { ':now': action.lastSeenAt, ':hash': action.expectedHash },
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
    await this.call(() => this.doc.send(new PutCommand({ TableName: this.tableName, Item: toStoredItem(action.listing), ...condition })));
  }

  /** Reads the upsert-relevant state of listings, 100 keys per BatchGet, retrying unprocessed keys. */
  private async readStates(ids: readonly string[], consistent = false): Promise<Map<string, ExistingState>> {
    const states = new Map<string, ExistingState>();
    for (const keys of chunk(ids.map((id) => this.key(id)), 100)) {
      let request: Record<string, unknown>[] | undefined = keys;
      for (let attempt = 0; request && request.length > 0; attempt++) {
        if (attempt > 0) await sleep(Math.min(1000, 50 * 2 ** attempt));
        if (attempt > 8) throw new StoreUnavailableError('BatchGet kept returning unprocessed keys');
        const response = await this.call(() =>
          this.doc.send(
            new BatchGetCommand({
              RequestItems: {
                [this.tableName]: {
                  Keys: request,
                  ConsistentRead: consistent,
                  ProjectionExpression: 'id, contentHash, firstSeenAt, lastSeenAt, #status',
                  ExpressionAttributeNames: { '#status': 'status' },
                },
              },
            }),
          ),
        );
        for (const item of response.Responses?.[this.tableName] ?? []) states.set(item.id as string, item as ExistingState);
        request = response.UnprocessedKeys?.[this.tableName]?.Keys;
      }
    }
    return states;
  }

  private async queryAll(input: Omit<QueryCommandInput, 'TableName'>): Promise<StoredItem[]> {
    const items: StoredItem[] = [];
    let startKey: ItemKey | undefined;
    do {
      const page = await this.call(() =>
        this.doc.send(new QueryCommand({ ...input, TableName: this.tableName, ExclusiveStartKey: startKey })),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey as ItemKey | undefined;
    } while (startKey);
    return items;
  }

  private readonly reader: IndexReader = {
    queryIndex: async ({ segment, conditions, startKey, limit }) => {
      const index = listingsTable.indexes[segment.index];
      const filter = toFilterExpression(conditions);
      const response = await this.call(() =>
        this.doc.send(
          new QueryCommand({
            TableName: this.tableName,
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

  /** Runs one SDK call, translating infrastructure failures into StoreUnavailableError. */
  private async call<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (isConditionFailure(error)) throw error;
      throw new StoreUnavailableError('the listing table could not be reached or refused the request', { cause: error });
    }
  }
}

function isConditionFailure(error: unknown): boolean {
  return error instanceof ConditionalCheckFailedException || (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
