import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  ensureTable,
  localDynamoClient,
  startDynaliteProcess,
  type EmbeddedDynamo,
} from '../../infra/local/embedded-dynamo';
import { DynamoTable } from '../../shared/store/dynamo-table';
import { DynamoTranslationBudget } from '../../shared/translate/dynamo-translation-budget';

describe('DynamoTranslationBudget on dynalite', () => {
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;
  let budget: DynamoTranslationBudget;

  beforeAll(async () => {
    dynamo = await startDynaliteProcess();
    client = localDynamoClient(dynamo.endpoint);
    await ensureTable(client, 'budget-test');
    budget = new DynamoTranslationBudget(
      new DynamoTable(client, 'budget-test'),
      () => new Date('2026-11-30T12:00:00.000Z'),
    );
  }, 30_000);
  afterAll(async () => {
    client?.destroy();
    await dynamo?.close();
  });

  it('counts a month up to its limit and refuses what would pass it, whatever runs reserve at once', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => budget.reserve('2026-11', 100, 1000)));

    expect(answers.filter(Boolean)).toHaveLength(10);
    expect(await budget.used('2026-11')).toBe(1000);
    expect(await budget.reserve('2026-11', 1, 1000)).toBe(false);
    expect(await budget.used('2026-12')).toBe(0);
  });
});
