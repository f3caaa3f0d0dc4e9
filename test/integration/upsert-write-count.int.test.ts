import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  ensureTable,
  localDynamoClient,
  startDynaliteProcess,
  type EmbeddedDynamo,
} from '../../infra/local/embedded-dynamo';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { rentalDraft } from '../support/listing-drafts';

/** Counts the DynamoDB commands a client sends, by command name. */
function countCommands(client: DynamoDBClient): Map<string, number> {
  const counts = new Map<string, number>();
  client.middlewareStack.add(
    (next, context) => async (args) => {
      counts.set(context.commandName as string, (counts.get(context.commandName as string) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countCommands' },
  );
  return counts;
}

describe('DynamoListingStore.upsertChanged write economy', () => {
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;
  beforeAll(async () => {
    dynamo = await startDynaliteProcess();
    client = localDynamoClient(dynamo.endpoint);
    await ensureTable(client, 'listings');
  });
  afterAll(async () => {
    client.destroy();
    await dynamo.close();
  });

  it('performs no item writes when 1,000 unchanged listings are upserted a second time', async () => {
    const store = new DynamoListingStore(client, { tableName: 'listings' });
    const drafts = Array.from({ length: 1000 }, (_, n) => rentalDraft(n));
    const counts = countCommands(client);
    await store.upsertChanged(drafts, new Date('2026-11-01T08:00:00Z'));
    const firstPuts = counts.get('PutItemCommand');
    counts.clear();

    const result = await store.upsertChanged(drafts, new Date('2026-11-01T14:00:00Z'));

    expect(firstPuts).toBe(1000);
    expect(result.unchanged).toHaveLength(1000);
    expect(counts.get('PutItemCommand') ?? 0).toBe(0);
    expect(counts.get('UpdateItemCommand') ?? 0).toBe(0);
    expect(counts.get('BatchWriteItemCommand') ?? 0).toBe(0);
    expect(counts.get('BatchGetItemCommand')).toBe(10);
  }, 120_000); // 2 000 conditional writes and reads: about 20 s on a quiet machine, more on a busy one
});
