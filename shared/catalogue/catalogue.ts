import { InvalidCursorError } from '../errors';
import type { ListingKind } from '../listing/schema';
import { searchTerms } from '../text/search-synonyms';
import { cardOf, type CardEntry, type CatalogueEntry } from './catalogue-entry';
import { comparePositions, isPositionOf, positionOf, sortOrder, type ListingSort } from './catalogue-order';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor';
import type { ListingCard } from './listing-card';
import { filterConditions, matchesConditions, type ListingFilters } from './listing-filter';
import type { SearchWords } from './search-words';

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
 * CatalogueReader), first with its cards and then, once they are read, with its search words
 * (withWords); immutable, so requests may share it while a newer one loads.
 */
export class Catalogue {
  constructor(
    readonly kind: ListingKind,
    private readonly entries: readonly CardEntry[],
    /** When the writer built it (ISO instant). */
    readonly builtAt: string,
    /** The entries' search words, in entry order; absent until they are read. */
    private readonly words?: SearchWords,
    /** Entry indexes per sort, built on first use (shared with the same entries' catalogue with words). */
    private readonly orders = new Map<ListingSort, Uint32Array>(),
  ) {
    if (words && words.count !== entries.length)
      throw new Error(`${words.count} entries' words for ${entries.length} entries`);
  }

  get size(): number {
    return this.entries.length;
  }

  /** True once the search words are in: a word search needs them. */
  get hasWords(): boolean {
    return this.words !== undefined;
  }

  /** The same catalogue with its search words. */
  withWords(words: SearchWords): Catalogue {
    return new Catalogue(this.kind, this.entries, this.builtAt, words, this.orders);
  }

  /**
   * One page of the entries that match, in the asked order; throws InvalidCursorError for a foreign
   * cursor, and an Error for a word search on a catalogue whose words are not in (the reader waits for them).
   */
  query(query: ActiveQuery): ListingPage {
    if (query.kind !== this.kind) throw new Error(`this is the ${this.kind} catalogue, not ${query.kind}`);
    const fingerprint = queryFingerprint({ kind: query.kind, sort: query.sort, filters: query.filters });
    const after = query.cursor === undefined ? undefined : decodeCursor(query.cursor, fingerprint);
    if (after && !isPositionOf(query.sort, after)) throw new InvalidCursorError('not a cursor this API issued');
    const order = this.order(query.sort);
    const { words, ...filters } = query.filters;
    const conditions = filterConditions(query.kind, filters, query.now);
    // English words also find the Czech terms ads write ("studio" → garsoniéra, 1+kk).
    const holdsWords = this.wordsMatcher(words?.flatMap(searchTerms) ?? []);
    const entry = (position: number) => this.entries[order[position]!]!;
    const found: CardEntry[] = [];
    let i = after
      ? firstAfter(
          order.length,
          (position) => comparePositions(query.sort, positionOf(entry(position), query.sort), after) <= 0,
        )
      : 0;
    const start = i;
    // One more than the page, to know whether a next page exists.
    for (; i < order.length && found.length <= query.limit; i++) {
      if (matchesConditions(entry(i), conditions) && (!holdsWords || holdsWords(order[i]!))) found.push(entry(i));
    }
    const items = found.slice(0, query.limit);
    const last = items.at(-1);
    const nextCursor =
      found.length > query.limit && last ? encodeCursor(positionOf(last, query.sort), fingerprint) : undefined;
    return { items: items.map(cardOf), nextCursor, entriesExamined: i - start };
  }

  /** Builds the order of `sort` now, so that no request waits for it (a container's start does this). */
  prepare(sort: ListingSort): void {
    this.order(sort);
  }

  /** The entries with their words, for writers that update one listing and publish again. */
  all(): CatalogueEntry[] {
    const words = this.words;
    if (!words) throw new Error("the catalogue's search words are not in");
    return this.entries.map((entry, index) => ({ ...entry, searchWords: words.wordsOf(index) }));
  }

  /** Whether an entry (by index) holds every word; undefined when no word is asked for. */
  private wordsMatcher(words: readonly (readonly string[])[]): ((index: number) => boolean) | undefined {
    if (words.length === 0) return undefined;
    if (!this.words) throw new Error(`the ${this.kind} catalogue's search words are not in`);
    return this.words.matcher(words);
  }

  private order(sort: ListingSort): Uint32Array {
    let order = this.orders.get(sort);
    if (!order) {
      order = sortOrder(this.entries, sort);
      this.orders.set(sort, order);
    }
    return order;
  }
}

/** The first position for which `before` is false, in an order where it is true then false. */
function firstAfter(length: number, before: (position: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(mid)) low = mid + 1;
    else high = mid;
  }
  return low;
}
