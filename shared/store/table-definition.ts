/**
 * The one definition of the listings table: keys, sparse GSIs and the TTL attribute, as plain data.
 * The CDK stack, the local stack (dynalite) and the tests all build the table from this.
 *
 * Access patterns:
 * - a listing by id: GetItem on pk/sk;
 * - every active listing of one kind, to build its catalogue (the API's read model, published once per
 *   change): Query on the sparse newest index, whose partition is the kind. Only ACTIVE listings carry
 *   its keys, so expired ones drop out; postings awaiting moderation sit in "<kind>#pending";
 * - the active ids of one source (to expire what a complete run no longer sees): the source GSI;
 * Filters and sorts are not index queries: the API answers them from the catalogue in memory.
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
