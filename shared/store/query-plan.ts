import type { ListingKind } from '../listing/schema';
import { requiresDistance, requiresPrice, type ListingFilters } from './listing-filter';
import { unknownPartition } from './listing-keys';
import type { IndexRole } from './table-definition';

export const listingSorts = ['newest', 'price', '-price', 'salary', 'distance'] as const;
export type ListingSort = (typeof listingSorts)[number];

/** One ordered walk over one partition of one sparse index. */
export interface Segment {
  index: IndexRole;
  partition: string;
  /** Ascending sort key when true. */
  forward: boolean;
}

/**
 * The walks that together list a kind's active listings in the asked order. A sort by price or
 * distance lists the listings where it is known first, then (newest first) those where it is unknown,
 * unless a filter already excludes the unknown ones.
 */
export function querySegments(kind: ListingKind, sort: ListingSort, filters: ListingFilters): Segment[] {
  switch (sort) {
    case 'newest':
      return [{ index: 'newest', partition: kind, forward: false }];
    case 'price':
    case '-price':
    case 'salary': {
      const forward = sort === 'price';
      const known: Segment = { index: 'price', partition: kind, forward };
      return requiresPrice(filters) ? [known] : [known, { index: 'price', partition: unknownPartition(kind), forward: true }];
    }
    case 'distance': {
      const known: Segment = { index: 'distance', partition: kind, forward: true };
      return requiresDistance(filters)
        ? [known]
        : [known, { index: 'distance', partition: unknownPartition(kind), forward: true }];
    }
  }
}
