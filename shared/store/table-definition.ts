/**
 * The one definition of the listings table: keys, sparse GSIs and the TTL attribute, as plain data.
 * The CDK stack, the local stack (dynalite) and the tests all build the table from this.
 *
 * Access patterns:
 * - a listing by id: GetItem on pk/sk;
 * - active listings of one kind, newest first / by price / by distance: Query on a sparse GSI whose
 *   partition is the kind. Only ACTIVE listings carry the GSI attributes, so expired ones drop out;
 *   listings without a price or distance sit in a "<kind>#unknown" partition of that index, so that a
 *   sorted walk can still reach them after the known ones;
 * - the active ids of one source (to expire what a complete run no longer sees): the source GSI;
 * - a source's runs, newest first: Query on pk = SOURCE#<name>.
 */
export type AttributeType = 'S' | 'N';

export interface KeyDefinition {
  readonly name: string;
  readonly type: AttributeType;
}

export interface IndexDefinition {
  readonly name: string;
  readonly partitionKey: KeyDefinition;
  readonly sortKey: KeyDefinition;
  /** ALL, or INCLUDE with these non-key attributes. */
  readonly projection: 'ALL' | readonly string[];
}

export const listingsTable = {
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  /** Epoch seconds; set only on items that may be deleted (long-expired listings, old runs). */
  ttlAttribute: 'expiresAt',
  indexes: {
    newest: {
      name: 'ActiveByNewest',
      partitionKey: { name: 'newestPk', type: 'S' },
      sortKey: { name: 'newestSk', type: 'S' },
      projection: 'ALL',
    },
    price: {
      name: 'ActiveByPrice',
      partitionKey: { name: 'pricePk', type: 'S' },
      sortKey: { name: 'priceSk', type: 'N' },
      projection: 'ALL',
    },
    distance: {
      name: 'ActiveByDistance',
      partitionKey: { name: 'distancePk', type: 'S' },
      sortKey: { name: 'distanceSk', type: 'N' },
      projection: 'ALL',
    },
    source: {
      name: 'ActiveBySource',
      partitionKey: { name: 'sourcePk', type: 'S' },
      sortKey: { name: 'sourceSk', type: 'S' },
      projection: ['contentHash'],
    },
  },
} as const satisfies {
  partitionKey: KeyDefinition;
  sortKey: KeyDefinition;
  ttlAttribute: string;
  indexes: Record<string, IndexDefinition>;
};

export type IndexRole = keyof typeof listingsTable.indexes;

/** Every attribute that belongs to a GSI key: removed together when a listing stops being active. */
export const indexKeyAttributes: readonly string[] = Object.values(listingsTable.indexes).flatMap((index) => [
  index.partitionKey.name,
  index.sortKey.name,
]);
