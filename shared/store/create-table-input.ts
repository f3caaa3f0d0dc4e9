import type { CreateTableCommandInput } from '@aws-sdk/client-dynamodb';
import { listingsTable, type IndexDefinition, type KeyDefinition } from './table-definition';

/** The CreateTable request for the listings table, built from the one definition (local and tests). */
export function createTableInput(tableName: string): CreateTableCommandInput {
  const indexes: IndexDefinition[] = Object.values(listingsTable.indexes);
  const keys: KeyDefinition[] = [
    listingsTable.partitionKey,
    listingsTable.sortKey,
    ...indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
  ];
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: keys.map((key) => ({ AttributeName: key.name, AttributeType: key.type })),
    KeySchema: [
      { AttributeName: listingsTable.partitionKey.name, KeyType: 'HASH' },
      { AttributeName: listingsTable.sortKey.name, KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: indexes.map((index) => ({
      IndexName: index.name,
      KeySchema: [
        { AttributeName: index.partitionKey.name, KeyType: 'HASH' },
        { AttributeName: index.sortKey.name, KeyType: 'RANGE' },
      ],
      Projection:
        index.projection === 'ALL'
          ? { ProjectionType: 'ALL' }
          : { ProjectionType: 'INCLUDE', NonKeyAttributes: [...index.projection] },
    })),
  };
}
