import { ConditionalCheckFailedException, DynamoDBClient, ProvisionedThroughputExceededException } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { StaleWriteError, StoreUnavailableError } from '../../../shared/errors';
import { contentHash } from '../../../shared/listing/content-hash';
import { DynamoListingStore } from '../../../shared/store/dynamo-listing-store';
import { rentalDraft } from '../../support/listing-drafts';

const NOW = new Date('2026-11-01T08:00:00.000Z');
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }), { marshallOptions: { removeUndefinedValues: true } });
const ddb = mockClient(doc);
const store = () => new DynamoListingStore(doc, { tableName: 'listings', touchIntervalMs: 1000 });
const ccf = () => new ConditionalCheckFailedException({ message: 'failed', $metadata: {} });

describe('DynamoListingStore commands', () => {
  beforeEach(() => ddb.reset());

  it('creates a new listing with a put conditional on its absence, holding the sparse index keys', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { listings: [] } });
    ddb.on(PutCommand).resolves({});

    await store().upsertChanged([rentalDraft(1)], NOW);

    const put = ddb.commandCalls(PutCommand)[0]!.args[0].input;
    expect(put.ConditionExpression).toBe('attribute_not_exists(#pk)');
    expect(put.Item).toMatchObject({
      pk: 'LISTING#sreality:1001',
      sk: 'LISTING',
      newestPk: 'rental',
      pricePk: 'rental',
      priceSk: 12000,
      distancePk: 'rental',
      sourcePk: 'sreality',
      sourceSk: 'sreality:1001',
      status: 'active',
    });
    expect(put.Item).not.toHaveProperty('expiresAt');
  });

  it('touches only lastSeenAt of an unchanged listing once the interval has passed', async () => {
    const hash = contentHash(rentalDraft(1));
    const state = { id: 'sreality:1001', contentHash: hash, firstSeenAt: '2026-10-01T00:00:00.000Z', lastSeenAt: '2026-10-01T00:00:00.000Z', status: 'active' };
    ddb.on(BatchGetCommand).resolves({ Responses: { listings: [state] } });
    ddb.on(UpdateCommand).resolves({});

    await store().upsertChanged([rentalDraft(1)], NOW);

    expect(ddb.commandCalls(PutCommand)).toHaveLength(0);
    expect(ddb.commandCalls(UpdateCommand)[0]!.args[0].input).toMatchObject({
      UpdateExpression: 'SET #seen = :now',
      ConditionExpression: '#hash = :hash',
      ExpressionAttributeValues: { ':now': NOW.toISOString(), ':hash': hash },
    });
  });

  it('re-reads and retries when a concurrent writer wins, then gives up with StaleWriteError', async () => {
    ddb.on(BatchGetCommand).resolves({ Responses: { listings: [] } });
    ddb.on(PutCommand).rejects(ccf());

    await expect(store().upsertChanged([rentalDraft(1)], NOW)).rejects.toThrow(StaleWriteError);
    expect(ddb.commandCalls(PutCommand)).toHaveLength(5);
    expect(ddb.commandCalls(BatchGetCommand)).toHaveLength(5);
  });

  it('translates an exhausted throttle into StoreUnavailableError, keeping the cause', async () => {
    const throttle = new ProvisionedThroughputExceededException({ message: 'slow down', $metadata: {} });
    ddb.on(QueryCommand).rejects(throttle);

    const attempt = new DynamoListingStore(doc, { tableName: 'listings', searchProjection: false }).queryActive({ kind: 'rental', sort: 'newest', filters: {}, limit: 5, now: NOW });

    await expect(attempt).rejects.toThrow(StoreUnavailableError);
    await expect(attempt).rejects.toMatchObject({ cause: throttle });
  });

  it('queries the sparse newest index with the filter and a limit sized to the page', async () => {
    ddb.on(QueryCommand).resolves({ Items: [], ScannedCount: 0 });
    const direct = new DynamoListingStore(doc, { tableName: 'listings', searchProjection: false });

    await direct.queryActive({ kind: 'job', sort: 'newest', filters: { englishFriendly: true }, limit: 20, now: NOW });

    const input = ddb.commandCalls(QueryCommand)[0]!.args[0].input;
    expect(input).toMatchObject({ IndexName: 'ActiveByNewest', ScanIndexForward: false, Limit: 21 });
    expect(input.ExpressionAttributeValues).toMatchObject({ ':ipk': 'job' });
    expect(input.FilterExpression).toContain('#englishFriendly = ');
  });

  it('expires with a conditional update that removes every index key and sets the TTL', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(ccf());

    const expired = await store().expire(['sreality:1', 'sreality:2'], NOW);

    expect(expired).toEqual(['sreality:1']);
    const input = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(input.ConditionExpression).toBe('#status = :active');
    expect(input.UpdateExpression).toMatch(/^SET #status = :expired, #ttl = :ttl REMOVE (#k\d, ){7}#k7$/);
    expect(Object.values(input.ExpressionAttributeNames!)).toEqual(
      expect.arrayContaining(['newestPk', 'newestSk', 'pricePk', 'priceSk', 'distancePk', 'distanceSk', 'sourcePk', 'sourceSk', 'expiresAt']),
    );
  });
});
