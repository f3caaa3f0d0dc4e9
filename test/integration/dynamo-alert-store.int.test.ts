import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import {
  ensureTable,
  localDynamoClient,
  startDynaliteProcess,
  type EmbeddedDynamo,
} from '../../infra/local/embedded-dynamo';
import type { StoredAlert } from '../../shared/alerts/alert-store';
import { DynamoAlertStore } from '../../shared/alerts/dynamo-alert-store';

const T0 = new Date('2026-11-24T10:00:00Z');
const HOUR = 3_600_000;

function alert(id: string, overrides: Partial<StoredAlert> = {}): StoredAlert {
  return {
    id,
    email: `${id}@example.org`,
    search: { kind: 'rental', maxRent: '15000' },
    status: 'unconfirmed',
    createdAt: T0.toISOString(),
    confirmExpiresAt: new Date(T0.getTime() + 48 * HOUR).toISOString(),
    confirmationHash: 'c'.repeat(64),
    secretHashes: ['s'.repeat(64)],
    sent: [],
    ...overrides,
  };
}

describe('DynamoAlertStore (dynalite)', () => {
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;
  let store: DynamoAlertStore;
  beforeAll(async () => {
    dynamo = await startDynaliteProcess();
    client = localDynamoClient(dynamo.endpoint);
    await ensureTable(client, 'listings');
    store = new DynamoAlertStore(client, 'listings');
  });
  afterAll(async () => {
    client.destroy();
    await dynamo.close();
  });
  const raw = async (id: string) =>
    (
      await client.send(
        new GetItemCommand({ TableName: 'listings', Key: { pk: { S: 'ALERTS' }, sk: { S: `ALERT#${id}` } } }),
      )
    ).Item;

  it('keeps an unconfirmed subscription with a TTL at its confirmation deadline, and treats it as gone after it', async () => {
    await store.create(alert('AAAAAAAAAAAAAAA1'));

    expect((await raw('AAAAAAAAAAAAAAA1'))?.expiresAt).toEqual({ N: String((T0.getTime() + 48 * HOUR) / 1000) });
    expect(await store.get('AAAAAAAAAAAAAAA1', new Date(T0.getTime() + 47 * HOUR))).toEqual(alert('AAAAAAAAAAAAAAA1'));
    expect(await store.get('AAAAAAAAAAAAAAA1', new Date(T0.getTime() + 49 * HOUR))).toBeUndefined();
  });

  it('drops the TTL once confirmed, lists only confirmed subscriptions, and never writes back one that was deleted', async () => {
    await store.create(alert('AAAAAAAAAAAAAAA2'));
    await store.create(alert('AAAAAAAAAAAAAAA3'));
    const confirmed = {
      ...alert('AAAAAAAAAAAAAAA2'),
      status: 'confirmed' as const,
      confirmedAt: T0.toISOString(),
      digestedUntil: T0.toISOString(),
      sent: [{ id: 'sreality:1', firstSeenAt: T0.toISOString() }],
    };

    expect(await store.update(confirmed)).toBe(true);
    expect((await raw('AAAAAAAAAAAAAAA2'))?.expiresAt).toBeUndefined();
    expect((await store.listConfirmed()).map((a) => a.id)).toEqual(['AAAAAAAAAAAAAAA2']);
    expect(await store.get('AAAAAAAAAAAAAAA2', new Date(T0.getTime() + 1000 * HOUR))).toEqual(confirmed);

    await store.delete('AAAAAAAAAAAAAAA2');
    expect(await store.update(confirmed)).toBe(false);
    expect(await raw('AAAAAAAAAAAAAAA2')).toBeUndefined();
    expect(await store.listConfirmed()).toEqual([]);
  });
});
