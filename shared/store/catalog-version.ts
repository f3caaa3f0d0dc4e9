import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { DynamoTable } from './dynamo-table';
import { listingsTable } from './table-definition';

/** The catalogue version item: bumped by every write that changes what is listed (see SearchProjection). */
const CATALOG_KEY = { [listingsTable.partitionKey.name]: 'CATALOG', [listingsTable.sortKey.name]: 'VERSION' };

export async function readCatalogVersion(table: DynamoTable): Promise<number> {
  const { Item } = await table.call((doc) => doc.send(new GetCommand({ TableName: table.name, Key: CATALOG_KEY, ProjectionExpression: 'version' })));
  return typeof Item?.version === 'number' ? Item.version : 0;
}

export async function bumpCatalogVersion(table: DynamoTable): Promise<void> {
  await table.call((doc) => doc.send(new UpdateCommand({ TableName: table.name, Key: CATALOG_KEY, UpdateExpression: 'ADD version :one', ExpressionAttributeValues: { ':one': 1 } })));
}
