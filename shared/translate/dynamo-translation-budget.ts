import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isConditionFailure, type DynamoTable } from '../store/dynamo-table';
import { listingsTable } from '../store/table-definition';
import type { TranslationBudget } from './translation-budget';

const PK = listingsTable.partitionKey.name;
const SK = listingsTable.sortKey.name;
// A month's counter is kept about 13 months, so a year's use can be looked back on.
const KEEP_SECONDS = 400 * 24 * 60 * 60;
const key = (month: string) => ({ [PK]: `TRANSLATION#${month}`, [SK]: 'USAGE' });

/**
 * The budget as one counter item per month in the listings table, raised by a conditional ADD: two
 * runs reserving at once never pass the limit together (the loser's condition fails and it is refused).
 */
export class DynamoTranslationBudget implements TranslationBudget {
  constructor(
    private readonly table: DynamoTable,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async reserve(month: string, characters: number, limit: number): Promise<boolean> {
    if (characters > limit) return false;
    try {
      await this.table.call((doc) =>
        doc.send(
          new UpdateCommand({
            TableName: this.table.name,
            Key: key(month),
            UpdateExpression: 'ADD #chars :n SET #type = :type, #ttl = if_not_exists(#ttl, :ttl)',
            ConditionExpression: 'attribute_not_exists(#chars) OR #chars <= :room',
            ExpressionAttributeNames: { '#chars': 'characters', '#type': 'type', '#ttl': listingsTable.ttlAttribute },
            ExpressionAttributeValues: {
              ':n': characters,
              ':room': limit - characters,
              ':type': 'translation-usage',
              ':ttl': Math.floor(this.clock().getTime() / 1000) + KEEP_SECONDS,
            },
          }),
        ),
      );
      return true;
    } catch (error) {
      if (isConditionFailure(error)) return false;
      throw error;
    }
  }

  async used(month: string): Promise<number> {
    const { Item } = await this.table.call((doc) =>
      doc.send(new GetCommand({ TableName: this.table.name, Key: key(month), ConsistentRead: true })),
    );
    return typeof Item?.characters === 'number' ? Item.characters : 0;
  }
}
