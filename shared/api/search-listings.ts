import type { Listing } from '../listing/schema';
import type { ListingStore } from '../store/listing-store';
import { isServed } from './get-listing';
import { toActiveQuery, type ListingQueryParams } from './listing-query-params';

export interface ListingsResponse {
  items: Listing[];
  nextCursor: string | null;
  count: number;
  /** How the filters were read, when that is not obvious (e.g. what a rent limit compares). */
  notes: string[];
}

const RENT_NOTE = 'minRent/maxRent and price sorts compare rent plus fees where fees are known, and rent alone where they are not; listings with no stated rent are left out of rent filters.';
const SALARY_NOTE = 'minSalary compares the top of the monthly gross salary range; jobs that state no salary are left out.';

/** GET /listings: one page of active listings matching validated parameters. */
export async function searchListings(store: ListingStore, params: ListingQueryParams, now: Date): Promise<ListingsResponse> {
  const page = await store.queryActive(toActiveQuery(params, now));
  const notes: string[] = [];
  if (params.minRent !== undefined || params.maxRent !== undefined || params.sort === 'price' || params.sort === '-price') notes.push(RENT_NOTE);
  if (params.minSalary !== undefined) notes.push(SALARY_NOTE);
  // The store lists active listings only; the served rule is checked again so that search and detail never disagree.
  const items = page.items.filter((listing) => isServed(listing, now));
  return { items, nextCursor: page.nextCursor ?? null, count: items.length, notes };
}
