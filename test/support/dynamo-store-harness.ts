import { randomUUID } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable, localDynamoClient, type EmbeddedDynamo } from '../../infra/local/embedded-dynamo';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { listingStoreContract } from './listing-store-contract';

/** Runs the store contract on DynamoListingStore against an emulator, with a fresh table per test. */
export function dynamoStoreContract(
  start: () => Promise<EmbeddedDynamo>,
  options: { startTimeoutMs?: number } = {},
): void {
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;
  beforeAll(async () => {
    dynamo = await start();
    client = localDynamoClient(dynamo.endpoint);
  }, options.startTimeoutMs);
  afterAll(async () => {
    client?.destroy();
    await dynamo?.close();
  });
  listingStoreContract(async () => {
    const tableName = `listings-${randomUUID()}`;
    await ensureTable(client, tableName);
    return {
      store: new DynamoListingStore(client, { tableName, touchIntervalMs: 3_600_000 }),
      touchIntervalMs: 3_600_000,
    };
  });
}
