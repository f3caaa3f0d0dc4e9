import type { ListingKind } from '../listing/schema';
import type { DynamoTable } from './dynamo-table';
import { PROJECTED_ATTRIBUTES } from './search-projection';
import type { StoredItem } from './stored-item';
import { listingsTable } from './table-definition';

/** Reads the compact projection of one kind's active listings: one walk of its newest-index partition. */
export async function loadSearchProjection(table: DynamoTable, kind: ListingKind): Promise<{ items: StoredItem[]; itemsRead: number }> {
  const names: Record<string, string> = {};
  const projection = PROJECTED_ATTRIBUTES.map((path) =>
    path
      .split('.')
      .map((part) => {
        names[`#${part}`] = part;
        return `#${part}`;
      })
      .join('.'),
  ).join(', ');
  const index = listingsTable.indexes.newest;
  let itemsRead = 0;
  const items = await table.queryAll(
    {
      IndexName: index.name,
      KeyConditionExpression: '#ipk = :kind',
      ExpressionAttributeNames: { '#ipk': index.partitionKey.name, ...names },
      ExpressionAttributeValues: { ':kind': kind },
      ProjectionExpression: projection,
    },
    (read) => (itemsRead += read),
  );
  return { items, itemsRead };
}
