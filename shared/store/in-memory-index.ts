import { matchesConditions } from './listing-filter';
import type { IndexReader, ItemKey } from './page-active';
import type { StoredItem } from './stored-item';
import { listingsTable, type IndexRole } from './table-definition';

const PK = listingsTable.partitionKey.name;
const SK = listingsTable.sortKey.name;
const roles = Object.keys(listingsTable.indexes) as IndexRole[];

type Comparable = StoredItem | ItemKey;

/**
 * The table's sparse GSIs emulated over items held in memory: each index partition sorted once by
 * (index sort key, table key) as DynamoDB orders it, and queried from an exclusive start key by binary
 * search. It serves the in-memory store and the API's cached search projection alike, so both page
 * and filter exactly as a Query on DynamoDB does.
 */
export class InMemoryIndex implements IndexReader {
  private readonly partitions = new Map<string, StoredItem[]>();

  constructor(items: Iterable<StoredItem>) {
    for (const item of items) {
      for (const role of roles) {
        const partition = item[listingsTable.indexes[role].partitionKey.name];
        if (typeof partition !== 'string') continue;
        const key = `${role}|${partition}`;
        const list = this.partitions.get(key) ?? [];
        list.push(item);
        this.partitions.set(key, list);
      }
    }
    for (const [key, list] of this.partitions) list.sort(comparator(key.split('|')[0] as IndexRole));
  }

  /** Items in all partitions of one index (each item once per index it belongs to). */
  get size(): number {
    let size = 0;
    for (const [key, list] of this.partitions) if (key.startsWith('newest|')) size += list.length;
    return size;
  }

  async queryIndex(request: Parameters<IndexReader['queryIndex']>[0]): ReturnType<IndexReader['queryIndex']> {
    const { segment, conditions, startKey, limit } = request;
    const list = this.partitions.get(`${segment.index}|${segment.partition}`) ?? [];
    const compare = comparator(segment.index);
    const window: StoredItem[] = [];
    if (segment.forward) {
      // First position strictly after the start key.
      let i = startKey === undefined ? 0 : lowerBound(list, (item) => compare(item, startKey) <= 0);
      while (i < list.length && window.length < limit) window.push(list[i++]!);
      return finish(window, i < list.length, segment.index, conditions);
    }
    // Last position strictly before the start key, walking down.
    let i = (startKey === undefined ? list.length : lowerBound(list, (item) => compare(item, startKey) < 0)) - 1;
    while (i >= 0 && window.length < limit) window.push(list[i--]!);
    return finish(window, i >= 0, segment.index, conditions);
  }
}

function finish(window: StoredItem[], more: boolean, role: IndexRole, conditions: Parameters<typeof matchesConditions>[1]) {
  const last = window.at(-1);
  const index = listingsTable.indexes[role];
  return {
    items: window.filter((item) => matchesConditions(item, conditions)),
    lastKey: more && last ? pick(last, [PK, SK, index.partitionKey.name, index.sortKey.name]) : undefined,
    itemsRead: window.length,
  };
}

function comparator(role: IndexRole) {
  const sortKey = listingsTable.indexes[role].sortKey.name;
  return (a: Comparable, b: Comparable) => cmp(a[sortKey] as string | number, b[sortKey] as string | number) || cmp(a[PK] as string, b[PK] as string);
}

/** Index of the first element for which `before` is false, in a list where it is true then false. */
function lowerBound<T>(list: readonly T[], before: (item: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (before(list[mid]!)) low = mid + 1;
    else high = mid;
  }
  return low;
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function pick(item: StoredItem, names: string[]): ItemKey {
  return Object.fromEntries(names.map((name) => [name, item[name] as string | number]));
}
