import { sortDateOf } from '../catalogue/catalogue-entry';
import type { Listing, ListingKind } from '../listing/schema';
import { indexKeyAttributes, listingsTable } from './table-definition';

/**
 * What items written before the catalogue (issue 17) still carry until they are rewritten: the keys of
 * the by-price and by-distance indexes and the attributes that DynamoDB filters read.
 */
const retiredAttributeNames = [
  'pricePk',
  'priceSk',
  'distancePk',
  'distanceSk',
  'sortDate',
  'priceCzk',
  'municipalityKey',
  'districtKey',
  'searchText',
];

export const listingPk = (id: string) => `LISTING#${id}`;
export const LISTING_SK = 'LISTING';
export const pendingPartition = (kind: ListingKind) => `${kind}#pending`;

/** The GSI key attributes of a listing: present only while it is active (the indexes are sparse). */
export function indexKeys(listing: Listing): Record<string, string | number> {
  const { indexes } = listingsTable;
  const newestSk = `${sortDateOf(listing)}#${listing.id}`;
  // Postings awaiting moderation sit in their own partition of the newest index, for the moderators.
  if (listing.status === 'pending')
    return {
      [indexes.newest.partitionKey.name]: pendingPartition(listing.kind),
      [indexes.newest.sortKey.name]: newestSk,
    };
  if (listing.status !== 'active') return {};
  return {
    [indexes.newest.partitionKey.name]: listing.kind,
    [indexes.newest.sortKey.name]: newestSk,
    [indexes.source.partitionKey.name]: listing.source,
    [indexes.source.sortKey.name]: listing.id,
  };
}

/** Attribute names that are bookkeeping of the store, never part of a listing. */
export const storeOnlyAttributes: ReadonlySet<string> = new Set([
  listingsTable.partitionKey.name,
  listingsTable.sortKey.name,
  listingsTable.ttlAttribute,
  'type',
  'sourceHash',
  // A partner posting's private fields: never served.
  'secretHash',
  'firstListedAt',
  'contactEmail',
  'contactEmailUntil',
  ...indexKeyAttributes,
  ...retiredAttributeNames,
]);
