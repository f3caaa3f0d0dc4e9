import type { CatalogueReader } from '../catalogue/catalogue-reader';
import type { ListingCard } from '../catalogue/listing-card';
import { isServed } from './get-listing';
import { toActiveQuery, type ListingQueryParams } from './listing-query-params';
import { searchTerms } from '../text/search-synonyms';

export interface ListingsResponse {
  items: ListingCard[];
  nextCursor: string | null;
  count: number;
  /** How the filters were read, when that is not obvious (e.g. what a rent limit compares). */
  notes: string[];
}

const RENT_NOTE =
  'minRent/maxRent and price sorts compare rent plus fees where fees are known, and rent alone where they are not; listings with no stated rent are left out of rent filters.';
const MOVE_IN_NOTE =
  'maxMoveInCzk compares the known part of the cash to move in (rent + fees + deposit + commission); listings with unknown parts are included on their known total and name them in moveIn.unknown (add moveInComplete=true to exclude them); listings with no stated rent are left out.';
const SALARY_NOTE =
  'minSalary compares the top of the monthly gross salary range; jobs that state no salary are left out.';

/** GET /listings: one page of active listings (as cards) matching validated parameters, from the kind's catalogue. */
export async function searchListings(
  catalogues: Pick<CatalogueReader, 'catalogue'>,
  params: ListingQueryParams,
  now: Date,
): Promise<ListingsResponse> {
  const query = toActiveQuery(params, now);
  // A word search needs the search words, which a container's first load takes behind the cards.
  const page = (await catalogues.catalogue(query.kind, { words: (query.filters.words?.length ?? 0) > 0 })).query(query);
  const notes: string[] = [];
  if (
    params.minRent !== undefined ||
    params.maxRent !== undefined ||
    params.sort === 'price' ||
    params.sort === '-price'
  )
    notes.push(RENT_NOTE);
  if (params.minSalary !== undefined) notes.push(SALARY_NOTE);
  if (params.maxMoveInCzk !== undefined) notes.push(MOVE_IN_NOTE);
  // Punctuation, symbols or a lone letter fold to nothing: say so rather than silently list everything.
  if (params.q !== undefined && searchTerms(params.q).length === 0)
    notes.push(
      `q: ${JSON.stringify(params.q)} holds no word to search for (letters and digits are searched; punctuation and symbols are not), so it filtered nothing.`,
    );
  // The store lists active listings only; the served rule is checked again so that search and detail never disagree.
  const items = page.items.filter((listing) => isServed(listing, now));
  return { items, nextCursor: page.nextCursor ?? null, count: items.length, notes };
}
