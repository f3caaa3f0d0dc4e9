import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { DynamoTable } from '../../../shared/store/dynamo-table';
import { DynamoTranslationBudget } from '../../../shared/translate/dynamo-translation-budget';
import { budgetMonth, MemoryTranslationBudget } from '../../../shared/translate/translation-budget';

const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }));
const ddb = mockClient(doc);
const NOW = new Date('2026-11-30T23:59:00.000Z');
const budget = () => new DynamoTranslationBudget(new DynamoTable(doc, 'listings'), () => NOW);

describe('MemoryTranslationBudget', () => {
  it('counts characters per month and refuses what would pass the limit', async () => {
    const memory = new MemoryTranslationBudget();

    expect(await memory.reserve('2026-11', 600, 1000)).toBe(true);
    expect(await memory.reserve('2026-11', 401, 1000)).toBe(false);
    expect(await memory.reserve('2026-11', 400, 1000)).toBe(true);
    expect(await memory.reserve('2026-12', 1000, 1000)).toBe(true);

    expect(await memory.used('2026-11')).toBe(1000);
  });
});

describe('budgetMonth', () => {
  it('is the UTC calendar month', () => {
    expect(budgetMonth(new Date('2026-11-30T23:59:59.999Z'))).toBe('2026-11');
    expect(budgetMonth(new Date('2026-12-01T00:00:00.000Z'))).toBe('2026-12');
  });
});

describe('DynamoTranslationBudget commands', () => {
  beforeEach(() => ddb.reset());

  it('adds the characters to the month item only while the total stays within the limit', async () => {
    ddb.on(UpdateCommand).resolves({});

    expect(await budget().reserve('2026-11', 300, 2_000_000)).toBe(true);

    const update = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(update.Key).toEqual({ pk: 'TRANSLATION#2026-11', sk: 'USAGE' });
    expect(update.UpdateExpression).toContain('ADD #chars :n');
    expect(update.ConditionExpression).toBe('attribute_not_exists(#chars) OR #chars <= :room');
    expect(update.ExpressionAttributeValues).toMatchObject({ ':n': 300, ':room': 1_999_700 });
  });

  it('answers false when the condition fails (the budget is used up)', async () => {
    ddb.on(UpdateCommand).rejects(new ConditionalCheckFailedException({ message: 'failed', $metadata: {} }));

    expect(await budget().reserve('2026-11', 300, 1000)).toBe(false);
  });

  it('refuses a text larger than the whole budget without asking the table', async () => {
    expect(await budget().reserve('2026-11', 1001, 1000)).toBe(false);

    expect(ddb.commandCalls(UpdateCommand)).toHaveLength(0);
  });

  it('reads the month total, 0 when nothing was counted', async () => {
    ddb.on(GetCommand, { Key: { pk: 'TRANSLATION#2026-11', sk: 'USAGE' } }).resolves({ Item: { characters: 4200 } });
    ddb.on(GetCommand, { Key: { pk: 'TRANSLATION#2026-10', sk: 'USAGE' } }).resolves({});

    expect(await budget().used('2026-11')).toBe(4200);
    expect(await budget().used('2026-10')).toBe(0);
  });
});
