import type { Listing, ListingKind } from '../listing/schema';
import { foldText } from '../text/fold-text';
import { indexKeyAttributes, listingsTable } from './table-definition';

/**
 * Attributes derived from a listing when it is stored, so that filters and sorts read one attribute
 * instead of recomputing a rule (rent + fees, newest date, folded text) in every query.
 */
export interface DerivedAttributes {
  /** postedAt when the source states it, else when we first saw it: what "newest" sorts by. */
  sortDate: string;
  /** Rentals: rent + fees when fees are known; jobs: highest monthly CZK salary. Absent when unknown. */
  priceCzk?: number;
  /** Folded municipality and district, for case- and diacritics-insensitive equality. */
  municipalityKey: string;
  districtKey?: string;
  /** Folded title, description, company and locality, for word search. */
  searchText: string;
}

export const derivedAttributeNames = ['sortDate', 'priceCzk', 'municipalityKey', 'districtKey', 'searchText'] as const;

export function deriveAttributes(listing: Listing): DerivedAttributes {
  const { location } = listing;
  const company = listing.kind === 'job' ? listing.company : undefined;
  return {
    sortDate: listing.postedAt ?? listing.firstSeenAt,
    priceCzk: priceOf(listing),
    municipalityKey: foldText(location.municipality),
    districtKey: location.district === undefined ? undefined : foldText(location.district),
    searchText: foldText(
      [listing.title, company, location.municipality, location.district, location.address, listing.description]
        .filter((part) => part !== undefined)
        .join(' '),
    ),
  };
}

function priceOf(listing: Listing): number | undefined {
  if (listing.kind === 'rental') {
    return listing.rentCzk === undefined ? undefined : listing.rentCzk + (listing.feesCzk ?? 0);
  }
  return listing.salary?.monthlyCzkMax ?? listing.salary?.monthlyCzkMin;
}

export const listingPk = (id: string) => `LISTING#${id}`;
export const LISTING_SK = 'LISTING';
export const unknownPartition = (kind: ListingKind) => `${kind}#unknown`;
export const pendingPartition = (kind: ListingKind) => `${kind}#pending`;

/**
 * The GSI key attributes of a listing: present only while it is active (the indexes are sparse).
 * Listings without a price or distance go to the kind's "unknown" partition, ordered newest first
 * by a negated epoch, so that sorted walks still reach them after every known one.
 */
export function indexKeys(listing: Listing, derived: DerivedAttributes): Record<string, string | number> {
  const { indexes } = listingsTable;
  // Postings awaiting moderation sit in their own partition of the newest index, for the moderators.
  if (listing.status === 'pending') return { [indexes.newest.partitionKey.name]: pendingPartition(listing.kind), [indexes.newest.sortKey.name]: `${derived.sortDate}#${listing.id}` };
  if (listing.status !== 'active') return {};
  const newestFirst = -Math.floor(Date.parse(derived.sortDate) / 1000);
  const distance = listing.location.distanceKm;
  return {
    [indexes.newest.partitionKey.name]: listing.kind,
    [indexes.newest.sortKey.name]: `${derived.sortDate}#${listing.id}`,
    [indexes.price.partitionKey.name]: derived.priceCzk === undefined ? unknownPartition(listing.kind) : listing.kind,
    [indexes.price.sortKey.name]: derived.priceCzk ?? newestFirst,
    [indexes.distance.partitionKey.name]: distance === undefined ? unknownPartition(listing.kind) : listing.kind,
    [indexes.distance.sortKey.name]: distance ?? newestFirst,
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
  'contactEmail',
  'contactEmailUntil',
  ...indexKeyAttributes,
  ...derivedAttributeNames,
]);
