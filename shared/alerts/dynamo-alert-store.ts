import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, type DynamoDBDocumentClient, GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { DynamoTable, isConditionFailure } from '../store/dynamo-table';
import { listingsTable } from '../store/table-definition';
import { ALERTS_PARTITION } from './alert-keys';
import { isLive, type AlertStore, type StoredAlert } from './alert-store';

const PK = listingsTable.partitionKey.name;
const SK = listingsTable.sortKey.name;
const TTL = listingsTable.ttlAttribute;
const key = (id: string) => ({ [PK]: ALERTS_PARTITION, [SK]: `ALERT#${id}` });

/**
 * Saved searches in the listings table. An unconfirmed subscription carries a TTL at its confirmation
 * deadline (DynamoDB deletes it within days; reads treat it as gone at once); a confirmed one has none.
 */
export class DynamoAlertStore implements AlertStore {
  private readonly table: DynamoTable;

  constructor(client: DynamoDBClient | DynamoDBDocumentClient, tableName: string) {
    this.table = new DynamoTable(client, tableName);
  }

  async create(alert: StoredAlert): Promise<void> {
    await this.table.call((doc) =>
      doc.send(
        new PutCommand({
          TableName: this.table.name,
          Item: item(alert),
          ConditionExpression: 'attribute_not_exists(#pk)',
          ExpressionAttributeNames: { '#pk': PK },
        }),
      ),
    );
  }

  async get(id: string, now: Date): Promise<StoredAlert | undefined> {
    const { Item } = await this.table.call((doc) =>
      doc.send(new GetCommand({ TableName: this.table.name, Key: key(id), ConsistentRead: true })),
    );
    const alert = Item && fromItem(Item);
    return alert && isLive(alert, now) ? alert : undefined;
  }

  async update(alert: StoredAlert): Promise<boolean> {
    try {
      // Only while it exists: a digest finishing after an unsubscribe must not write the address back.
      await this.table.call((doc) =>
        doc.send(
          new PutCommand({
            TableName: this.table.name,
            Item: item(alert),
            ConditionExpression: 'attribute_exists(#pk)',
            ExpressionAttributeNames: { '#pk': PK },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async delete(id: string): Promise<void> {
    await this.table.call((doc) => doc.send(new DeleteCommand({ TableName: this.table.name, Key: key(id) })));
  }

  async listConfirmed(): Promise<StoredAlert[]> {
    const items = await this.table.queryAll({
      KeyConditionExpression: '#pk = :alerts',
      FilterExpression: '#status = :confirmed',
      ExpressionAttributeNames: { '#pk': PK, '#status': 'status' },
      ExpressionAttributeValues: { ':alerts': ALERTS_PARTITION, ':confirmed': 'confirmed' },
      ConsistentRead: true,
    });
    return items.map(fromItem);
  }
}

function item(alert: StoredAlert): Record<string, unknown> {
  const ttl = alert.status === 'unconfirmed' ? { [TTL]: Math.ceil(Date.parse(alert.confirmExpiresAt) / 1000) } : {};
  return { ...key(alert.id), type: 'alert', ...alert, ...ttl };
}

function fromItem(item: Record<string, unknown>): StoredAlert {
  const { [PK]: _pk, [SK]: _sk, [TTL]: _ttl, type: _type, ...alert } = item;
  return { ...(alert as unknown as StoredAlert), sent: (alert.sent as StoredAlert['sent'] | undefined) ?? [] };
}
