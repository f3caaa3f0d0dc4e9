import { InvalidCursorError } from '../errors';
import { decodeCursor, encodeCursor, queryFingerprint } from './cursor';
import { filterConditions, type Condition } from './listing-filter';
import type { ActiveQuery, ListingPage } from './listing-store';
import { querySegments, type Segment } from './query-plan';
import { toListing, type StoredItem } from './stored-item';
import { listingsTable } from './table-definition';

export type ItemKey = Record<string, string | number>;

/** One Query on one index partition: what both stores provide to the shared paging walk. */
export interface IndexReader {
  queryIndex(request: {
    segment: Segment;
    conditions: readonly Condition[];
    startKey?: ItemKey;
    /** Items to evaluate (DynamoDB's Limit counts items read, not items matched). */
    limit: number;
  }): Promise<{ items: StoredItem[]; lastKey?: ItemKey; itemsRead: number }>;
}

const MAX_READ_BATCH = 1000;

/**
 * Walks a query's segments until the page is full, so that filters apply before the page is cut:
 * a page of 20 holds 20 items whenever 20 match. Each Query's Limit adapts to the match rate seen so
 * far, so that few items are read beyond what the page needs. The cursor is the key of the last item
 * returned (not DynamoDB's LastEvaluatedKey), so nothing is skipped or repeated.
 */
export async function pageActive(reader: IndexReader, query: ActiveQuery): Promise<ListingPage> {
  const walk = await walkActive(reader, query);
  return { ...walk, items: walk.items.map(toListing) };
}

/** The walk behind pageActive, returning the stored items as the reader gave them. */
async function walkActive(reader: IndexReader, query: ActiveQuery): Promise<{ items: StoredItem[]; nextCursor?: string; itemsRead: number }> {
  const segments = querySegments(query.kind, query.sort, query.filters);
  const fingerprint = queryFingerprint({ kind: query.kind, sort: query.sort, filters: query.filters });
  const start = query.cursor === undefined ? { segment: 0, key: undefined } : decodeCursor(query.cursor, fingerprint);
  if (start.segment >= segments.length || (start.key && !isKeyOf(start.key, segments[start.segment]!))) {
    throw new InvalidCursorError('not a cursor this API issued');
  }
  const conditions = filterConditions(query.kind, query.filters, query.now);
  const found: { item: StoredItem; segment: number }[] = [];
  let itemsRead = 0;
  // One more than the page, to know whether a next page exists.
  const wanted = query.limit + 1;
  for (let s = start.segment, startKey = start.key; s < segments.length && found.length < wanted; s++, startKey = undefined) {
    const segment = segments[s]!;
    let readInSegment = 0;
    let matchedInSegment = 0;
    do {
      const needed = wanted - found.length;
      const rate = readInSegment === 0 ? 1 : Math.max(matchedInSegment / readInSegment, 0.01);
      const limit = Math.min(MAX_READ_BATCH, Math.ceil(needed / rate));
      const page = await reader.queryIndex({ segment, conditions, startKey, limit });
      itemsRead += page.itemsRead;
      readInSegment += page.itemsRead;
      matchedInSegment += page.items.length;
      for (const item of page.items) if (found.length < wanted) found.push({ item, segment: s });
      startKey = page.lastKey;
    } while (startKey !== undefined && found.length < wanted);
  }
  const pageItems = found.slice(0, query.limit);
  const last = pageItems.at(-1);
  const nextCursor =
    found.length > query.limit && last
      ? encodeCursor({ segment: last.segment, key: keyOf(last.item, segments[last.segment]!) }, fingerprint)
      : undefined;
  return { items: pageItems.map(({ item }) => item), nextCursor, itemsRead };
}

function keyAttributes(segment: Segment): string[] {
  const index = listingsTable.indexes[segment.index];
  return [listingsTable.partitionKey.name, listingsTable.sortKey.name, index.partitionKey.name, index.sortKey.name];
}

function keyOf(item: StoredItem, segment: Segment): ItemKey {
  return Object.fromEntries(keyAttributes(segment).map((name) => [name, item[name] as string | number]));
}

/** A cursor key must name exactly the attributes of its segment's index, in its partition. */
function isKeyOf(key: ItemKey, segment: Segment): boolean {
  const names = keyAttributes(segment);
  const index = listingsTable.indexes[segment.index];
  const sortType = index.sortKey.type === 'N' ? 'number' : 'string';
  return (
    Object.keys(key).length === names.length &&
    names.every((name) => key[name] !== undefined) &&
    key[index.partitionKey.name] === segment.partition &&
    typeof key[index.sortKey.name] === sortType &&
    typeof key[listingsTable.partitionKey.name] === 'string'
  );
}
