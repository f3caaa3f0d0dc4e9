import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  QueryCommand,
  ScanCommand,
  type BatchGetCommandOutput,
  type QueryCommandInput,
  type ScanCommandInput,
} from '@aws-sdk/lib-dynamodb';
import { StoreUnavailableError } from '../errors';
import { chunk } from '../util/map-limit';
import type { StoredItem } from './stored-item';

export type ItemKey = Record<string, string | number>;

/**
 * The listings table seen through the document client: sends commands, translating infrastructure
 * failures into StoreUnavailableError (a lost condition stays ConditionalCheckFailedException for
 * the caller to handle), and pages Query and BatchGet to completion.
 */
export class DynamoTable {
  readonly doc: DynamoDBDocumentClient;

  constructor(
    client: DynamoDBClient | DynamoDBDocumentClient,
    readonly name: string,
  ) {
    this.doc =
      client instanceof DynamoDBDocumentClient
        ? client
        : DynamoDBDocumentClient.from(client, { marshallOptions: { removeUndefinedValues: true } });
  }

  /** Runs one SDK call. */
  async call<T>(fn: (doc: DynamoDBDocumentClient) => Promise<T>): Promise<T> {
    try {
      return await fn(this.doc);
    } catch (error) {
      if (isConditionFailure(error)) throw error;
      throw new StoreUnavailableError('the listing table could not be reached or refused the request', {
        cause: error,
      });
    }
  }

  /** Every item a Query matches, page after page; reports DynamoDB's items read per page. */
  async queryAll(
    input: Omit<QueryCommandInput, 'TableName'>,
    onRead?: (itemsRead: number) => void,
  ): Promise<StoredItem[]> {
    const items: StoredItem[] = [];
    let startKey: ItemKey | undefined;
    do {
      const page = await this.call((doc) =>
        doc.send(new QueryCommand({ ...input, TableName: this.name, ExclusiveStartKey: startKey })),
      );
      items.push(...(page.Items ?? []));
      onRead?.(page.ScannedCount ?? 0);
      startKey = page.LastEvaluatedKey as ItemKey | undefined;
    } while (startKey);
    return items;
  }

  /** The pages of a Query, each mapped as it arrives (so that only one page of raw items is held at a time). */
  async *queryPages<T>(input: Omit<QueryCommandInput, 'TableName'>, map: (items: StoredItem[]) => T): AsyncIterable<T> {
    let startKey: ItemKey | undefined;
    do {
      const page = await this.call((doc) =>
        doc.send(new QueryCommand({ ...input, TableName: this.name, ExclusiveStartKey: startKey })),
      );
      yield map(page.Items ?? []);
      startKey = page.LastEvaluatedKey as ItemKey | undefined;
    } while (startKey);
  }

  /** Every item a Scan matches, page after page: only for rare maintenance, never for a request. */
  async scanAll(input: Omit<ScanCommandInput, 'TableName'>): Promise<StoredItem[]> {
    const items: StoredItem[] = [];
    let startKey: ItemKey | undefined;
    do {
      const page = await this.call((doc) =>
        doc.send(new ScanCommand({ ...input, TableName: this.name, ExclusiveStartKey: startKey })),
      );
      items.push(...(page.Items ?? []));
      startKey = page.LastEvaluatedKey as ItemKey | undefined;
    } while (startKey);
    return items;
  }

  /** Items by key, 100 keys per BatchGet, retrying unprocessed keys with backoff; keyed by `idAttribute`. */
  async batchGet(
    keys: readonly Record<string, string>[],
    options: { idAttribute: string; consistent?: boolean; projection?: string; names?: Record<string, string> },
  ): Promise<Map<string, StoredItem>> {
    const found = new Map<string, StoredItem>();
    for (const batch of chunk(keys, 100)) {
      let request: Record<string, unknown>[] | undefined = batch;
      for (let attempt = 0; request && request.length > 0; attempt++) {
        if (attempt > 8) throw new StoreUnavailableError('BatchGet kept returning unprocessed keys');
        if (attempt > 0) await sleep(Math.min(1000, 50 * 2 ** attempt));
        const input = {
          Keys: request,
          ConsistentRead: options.consistent,
          ProjectionExpression: options.projection,
          ExpressionAttributeNames: options.names,
        };
        const response: BatchGetCommandOutput = await this.call((doc) =>
          doc.send(new BatchGetCommand({ RequestItems: { [this.name]: input } })),
        );
        for (const item of response.Responses?.[this.name] ?? []) found.set(item[options.idAttribute] as string, item);
        request = response.UnprocessedKeys?.[this.name]?.Keys;
      }
    }
    return found;
  }
}

export function isConditionFailure(error: unknown): boolean {
  return (
    error instanceof ConditionalCheckFailedException ||
    (error as { name?: string } | undefined)?.name === 'ConditionalCheckFailedException'
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
