import type { CardEntry } from './catalogue-entry';
import type { SortPosition } from './cursor';

export const listingSorts = ['newest', 'price', '-price', 'salary', 'distance', 'reduction'] as const;
export type ListingSort = (typeof listingSorts)[number];

type Direction = 1 | -1;

/**
 * How one sort orders a kind's entries. Entries whose sort value is known come first (group 0), in
 * the sort's direction; those where it is unknown follow (group 1), newest first. Ties break on the
 * id, so that every entry has one place and a cursor can name it.
 */
interface Order {
  value: (entry: CardEntry) => string | number | undefined;
  direction: Direction;
  /** Direction of the id tie-break among known values. */
  idDirection: Direction;
}

const orders: Record<ListingSort, Order> = {
  newest: { value: (e) => e.sortDate, direction: -1, idDirection: -1 },
  price: { value: (e) => e.monthlyCzk, direction: 1, idDirection: 1 },
  '-price': { value: (e) => e.monthlyCzk, direction: -1, idDirection: -1 },
  // Jobs: best paid first.
  salary: { value: (e) => e.monthlyCzk, direction: -1, idDirection: -1 },
  distance: { value: (e) => e.location.distanceKm, direction: 1, idDirection: 1 },
  // Rentals: the biggest standing price reduction first; never reduced ones follow, newest first.
  reduction: {
    value: (e) => (e.kind === 'rental' ? e.priceReduction?.byCzk : undefined),
    direction: -1,
    idDirection: -1,
  },
};

/** The sort position of an entry under `sort`. */
export function positionOf(entry: CardEntry, sort: ListingSort): SortPosition {
  const value = orders[sort].value(entry);
  return value === undefined ? [1, entry.sortDate, entry.id] : [0, value, entry.id];
}

/** Compares two sort positions under `sort`: negative when `a` comes first. */
export function comparePositions(sort: ListingSort, a: SortPosition, b: SortPosition): number {
  if (a[0] !== b[0]) return a[0] - b[0];
  const order = orders[sort];
  // The unknown group is newest first with ascending ids, whatever the sort.
  const [direction, idDirection]: [Direction, Direction] = a[0] === 0 ? [order.direction, order.idDirection] : [-1, 1];
  return direction * cmp(a[1], b[1]) || idDirection * cmp(a[2], b[2]);
}

/** True when a cursor's position has the value type its sort gives (a number for prices and distances). */
export function isPositionOf(sort: ListingSort, position: SortPosition): boolean {
  const numeric = position[0] === 0 && sort !== 'newest';
  return typeof position[1] === (numeric ? 'number' : 'string');
}

/** The indexes of `entries` in the order of `sort`. */
export function sortOrder(entries: readonly CardEntry[], sort: ListingSort): Uint32Array {
  const keyed = entries.map((entry, index) => ({ index, position: positionOf(entry, sort) }));
  keyed.sort((a, b) => comparePositions(sort, a.position, b.position));
  return Uint32Array.from(keyed, ({ index }) => index);
}

function cmp(a: string | number, b: string | number): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
