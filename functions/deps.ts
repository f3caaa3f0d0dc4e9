import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { config, tableName } from '../shared/config';
import { DynamoListingStore } from '../shared/store/dynamo-listing-store';
import type { ListingStore } from '../shared/store/listing-store';
import { traced } from './observability';

let store: ListingStore | undefined;
let dynamo: DynamoDBClient | undefined;

/** One DynamoDB client per container (traced). */
export const dynamoClient = () => (dynamo ??= traced(new DynamoDBClient({})));

/** The store, created once per container and reused across invocations. */
export function listingStore(): ListingStore {
  store ??= new DynamoListingStore(dynamoClient(), { tableName: tableName(config()) });
  return store;
}

/** Replaces the store (handler tests inject the in-memory one). */
export function useListingStore(replacement: ListingStore): void {
  store = replacement;
}

export { now, useClock } from './clock';
