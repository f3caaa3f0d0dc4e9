import { DeleteCommand } from '@aws-sdk/lib-dynamodb';
import { mapLimit } from '../util/map-limit';
import type { DynamoTable } from './dynamo-table';
import { LISTING_SK } from './listing-keys';
import type { RemovedSource } from './listing-store';
import { listingsTable } from './table-definition';

const PK = listingsTable.partitionKey.name;
const SK = listingsTable.sortKey.name;

/**
 * Deletes a retired source's items: its listings (found by a filtered Scan, because expired listings
 * sit on no index; retiring a source is rare maintenance, never part of a request) and everything in
 * its own partition (runs, memory). Deleting an item that is already gone is not an error.
 */
export async function removeSourceItems(
  table: DynamoTable,
  source: string,
  sourcePartition: string,
): Promise<RemovedSource> {
  const names = { '#pk': PK, '#sk': SK };
  const listings = await table.scanAll({
    FilterExpression: '#source = :source AND #sk = :listing',
    ExpressionAttributeNames: { ...names, '#source': 'source' },
    ExpressionAttributeValues: { ':source': source, ':listing': LISTING_SK },
    ProjectionExpression: '#pk, #sk',
  });
  const own = await table.queryAll({
    KeyConditionExpression: '#pk = :pk',
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: { ':pk': sourcePartition },
    ProjectionExpression: '#pk, #sk',
  });
  await mapLimit([...listings, ...own], 8, (item) =>
    table.call((doc) =>
      doc.send(new DeleteCommand({ TableName: table.name, Key: { [PK]: item[PK], [SK]: item[SK] } })),
    ),
  );
  return { listings: listings.length, runs: own.filter((item) => String(item[SK]).startsWith('RUN#')).length };
}
