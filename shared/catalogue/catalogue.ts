import { InvalidCursorError } from '../errors';
import type { ListingKind } from '../listing/schema';
import { cardOf, type CatalogueEntry } from './catalogue-entry';
import { comparePositions, isPositionOf, positionOf, sortEntries, type ListingSort } from './catalogue-order';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor';
import type { ListingCard } from './listing-card';
import { filterConditions, matchesConditions, type ListingFilters } from './listing-filter';

export interface ActiveQuery {
  kind: ListingKind;
  sort: ListingSort;
  filters: ListingFilters;
  /** Items per page, 1..100. */
  limit: number;
  /** Opaque cursor from a previous page of the same query. */
  cursor?: string;
  /** The instant that decides validity (listings past `validThrough` never show). */
  now: Date;
}

export interface ListingPage {
  items: ListingCard[];
  /** Present when more items may follow. */
  nextCursor?: string;
  /** Catalogue entries looked at to fill the page (the cost of a query, for measuring). */
  entriesExamined: number;
}

/**
 * One kind's active listings as the API answers them: every filter, word search and sort is a walk
 * of an in-memory order, with no storage read per request. Built from a published snapshot (see
 * CatalogueReader); immutable, so requests may share it while a newer one loads.
 */
export class Catalogue {
  private readonly orders = new Map<ListingSort, CatalogueEntry[]>();

  constructor(
    readonly kind: ListingKind,
    private readonly entries: readonly CatalogueEntry[],
    /** When the writer built it (ISO instant). */
    readonly builtAt: string,
  ) {}

  get size(): number {
    return this.entries.length;
  }

  /** One page of the entries that match, in the asked order; throws InvalidCursorError for a foreign cursor. */
  query(query: ActiveQuery): ListingPage {
    if (query.kind !== this.kind) throw new Error(`this is the ${this.kind} catalogue, not ${query.kind}`);
    const fingerprint = queryFingerprint({ kind: query.kind, sort: query.sort, filters: query.filters });
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, fingerprint);
    if (after && !isPositionOf(query.sort, after)) throw new InvalidCursorError('not a cursor this API issued');
    const order = this.order(query.sort);
    const conditions = filterConditions(query.kind, query.filters, query.now);
    const found: CatalogueEntry[] = [];
    let i = after ? firstAfter(order, (entry) => comparePositions(query.sort, positionOf(entry, query.sort), after) <= 0) : 0;
    const start = i;
    // One more than the page, to know whether a next page exists.
    for (; i < order.length && found.length <= query.limit; i++) if (matchesConditions(order[i]!, conditions)) found.push(order[i]!);
    const items = found.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor = found.length > query.limit && last ? encodeCursor(positionOf(last, query.sort), fingerprint) : undefined;
    return { items: items.map(cardOf), nextCursor, entriesExamined: i - start };
  }

  /** The entries, for writers that update one listing and publish again. */
  all(): readonly CatalogueEntry[] {
    return this.entries;
  }

  private order(sort: ListingSort): CatalogueEntry[] {
    let order = this.orders.get(sort);
    if (!order) {
      order = sortEntries(this.entries, sort);
      this.orders.set(sort, order);
    }
    return order;
  }
}

/** Index of the first entry for which `before` is false, in an order where it is true then false. */
function firstAfter(order: readonly CatalogueEntry[], before: (entry: CatalogueEntry) => boolean): number {
  let low = 0;
  let high = order.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(order[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}
