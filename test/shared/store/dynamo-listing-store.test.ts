import {
  ConditionalCheckFailedException,
  DynamoDBClient,
  ProvisionedThroughputExceededException,
} from '@aws-sdk/client-dynamodb';
import {
  BatchGetCommand,
  DynamoDBDocumentClient,
  PutCommand,
  QueryCommand,
  UpdateCommand,
} from '@aws-sdk/lib-dynamodb';
import { mockClient } from 'aws-sdk-client-mock';
import { StaleWriteError, StoreUnavailableError } from '../../../shared/errors';
import { contentHash } from '../../../shared/listing/content-hash';
import { DynamoListingStore } from '../../../shared/store/dynamo-listing-store';
import { rentalDraft } from '../../support/listing-drafts';

const NOW = new Date('2026-11-01T08:00:00.000Z');
const doc = DynamoDBDocumentClient.from(new DynamoDBClient({ region: 'eu-central-1' }), {
  marshallOptions: { removeUndefinedValues: true },
});
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
      sourcePk: 'sreality',
      sourceSk: 'sreality:1001',
      status: 'active',
    });
    expect(put.Item).not.toHaveProperty('expiresAt');
    // Filters and sorts run on the catalogue: no index keys or derived attributes for them.
    for (const gone of ['pricePk', 'distancePk', 'searchText', 'priceCzk']) expect(put.Item).not.toHaveProperty(gone);
  });

  it('touches only lastSeenAt of an unchanged listing once the interval has passed', async () => {
    const hash = contentHash(rentalDraft(1));
    const state = {
      id: 'sreality:1001',
      contentHash: hash,
      firstSeenAt: '2026-10-01T00:00:00.000Z',
      lastSeenAt: '2026-10-01T00:00:00.000Z',
      status: 'active',
    };
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

  it('sends no write at all for an unchanged listing within the touch interval', async () => {
    const seen = new Date(NOW.getTime() - 500).toISOString();
    const state = {
      id: 'sreality:1001',
      contentHash: contentHash(rentalDraft(1)),
      firstSeenAt: seen,
      lastSeenAt: seen,
      status: 'active',
    };
    ddb.on(BatchGetCommand).resolves({ Responses: { listings: [state] } });

    const result = await store().upsertChanged([rentalDraft(1)], NOW);

    expect(result.unchanged).toEqual(['sreality:1001']);
    expect([ddb.commandCalls(PutCommand), ddb.commandCalls(UpdateCommand)]).toEqual([[], []]);
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

    const attempt = (async () => {
      for await (const page of store().activeListings('rental')) void page;
    })();

    await expect(attempt).rejects.toThrow(StoreUnavailableError);
    await expect(attempt).rejects.toMatchObject({ cause: throttle });
  });

  it('lists the active listings of a kind from its partition of the sparse newest index, page by page', async () => {
    ddb
      .on(QueryCommand)
      .resolvesOnce({ Items: [{ id: 'sreality:1', kind: 'rental' }], LastEvaluatedKey: { pk: 'x' } })
      .resolvesOnce({ Items: [{ id: 'sreality:2', kind: 'rental' }] });

    const pages: string[][] = [];
    for await (const page of store().activeListings('rental')) pages.push(page.map((listing) => listing.id));

    expect(pages).toEqual([['sreality:1'], ['sreality:2']]);
    const inputs = ddb.commandCalls(QueryCommand).map((call) => call.args[0].input);
    expect(inputs[0]).toMatchObject({ IndexName: 'ActiveByNewest', ExpressionAttributeValues: { ':kind': 'rental' } });
    expect(inputs[0]!.FilterExpression).toBeUndefined();
    expect(inputs[1]!.ExclusiveStartKey).toEqual({ pk: 'x' });
  });

  it('expires with a conditional update that removes every index key and sets the TTL', async () => {
    ddb.on(UpdateCommand).resolvesOnce({}).rejectsOnce(ccf());

    const expired = await store().expire(['sreality:1', 'sreality:2'], NOW);

    expect(expired).toEqual(['sreality:1']);
    const input = ddb.commandCalls(UpdateCommand)[0]!.args[0].input;
    expect(input.ConditionExpression).toBe('#status = :active');
    expect(input.UpdateExpression).toMatch(/^SET #status = :expired, #ttl = :ttl REMOVE (#k\d, ){3}#k3$/);
    expect(Object.values(input.ExpressionAttributeNames!)).toEqual(
      expect.arrayContaining(['newestPk', 'newestSk', 'sourcePk', 'sourceSk', 'expiresAt']),
    );
  });
});
