import type { ListingKind } from '../listing/schema';
import type { DynamoTable } from './dynamo-table';
import type { StoredItem } from './stored-item';
import { listingsTable } from './table-definition';

/** Reads every active listing of one kind: one walk of its partition of the sparse newest index. */
export async function loadSearchProjection(table: DynamoTable, kind: ListingKind): Promise<{ items: StoredItem[]; itemsRead: number }> {
  const index = listingsTable.indexes.newest;
  let itemsRead = 0;
  const items = await table.queryAll(
    {
      IndexName: index.name,
      KeyConditionExpression: '#ipk = :kind',
      ExpressionAttributeNames: { '#ipk': index.partitionKey.name },
      ExpressionAttributeValues: { ':kind': kind },
    },
    (read) => (itemsRead += read),
  );
  return { items, itemsRead };
}
