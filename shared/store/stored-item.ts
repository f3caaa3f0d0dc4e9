import type { Listing } from '../listing/schema';
import { indexKeys, LISTING_SK, listingPk, storeOnlyAttributes } from './listing-keys';
import { listingsTable } from './table-definition';

/** A listing as the table holds it: its fields and (while active) GSI keys. */
export type StoredItem = Record<string, unknown>;

export function toStoredItem(listing: Listing, expiresAt?: number, sourceHash?: string): StoredItem {
  const item: StoredItem = {
    [listingsTable.partitionKey.name]: listingPk(listing.id),
    [listingsTable.sortKey.name]: LISTING_SK,
    type: 'listing',
    ...withoutUndefined(listing),
    ...indexKeys(listing),
  };
  if (expiresAt !== undefined) item[listingsTable.ttlAttribute] = expiresAt;
  if (sourceHash !== undefined) item.sourceHash = sourceHash;
  return item;
}

export function toListing(item: StoredItem): Listing {
  const listing: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item)) if (!storeOnlyAttributes.has(key)) listing[key] = value;
  return listing as Listing;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
