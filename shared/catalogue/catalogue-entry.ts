import type { Listing } from '../listing/schema';
import { foldText, foldedWords } from '../text/fold-text';
import { toListingCard, type ListingCard } from './listing-card';

/**
 * Attributes derived once, when the catalogue is built, so that filters and sorts read one attribute
 * instead of recomputing a rule (rent + fees, newest date, folded text) on every request.
 */
export interface DerivedAttributes {
  /** postedAt when the source states it, else when we first saw it: what "newest" sorts by. */
  sortDate: string;
  /**
   * The kind's monthly figure, whole CZK per month, that its money filters and sorts read: for a rental
   * the rent plus fees (the rent alone when the fees are unknown); for a job the top of the gross
   * salary range (salary.monthlyCzkMax, else monthlyCzkMin). Absent when the listing states none.
   * Snapshots of format 2 called it priceCzk (catalogue-codec.ts reads them).
   */
  monthlyCzk?: number;
  /** Folded municipality and district, for case- and diacritics-insensitive equality. */
  municipalityKey: string;
  districtKey?: string;
  /** The distinct folded words of title, company, locality and description (original and English), space-separated. */
  searchWords: string;
}

/** One listing in the catalogue: its card plus the derived attributes (never served). */
export type CatalogueEntry = ListingCard & DerivedAttributes;

/** An entry as a reader holds it: its search words are kept apart, in the catalogue's SearchWords. */
export type CardEntry = ListingCard & Omit<DerivedAttributes, 'searchWords'>;

/** postedAt when the source states it, else when we first saw it. */
export const sortDateOf = (listing: Pick<Listing, 'postedAt' | 'firstSeenAt'>) =>
  listing.postedAt ?? listing.firstSeenAt;

export function toCatalogueEntry(listing: Listing): CatalogueEntry {
  const { location } = listing;
  const company = listing.kind === 'job' ? listing.company : undefined;
  // Both languages: an expat searches in English, a Czech speaker (or one who copied a word) in Czech.
  const text = [
    listing.title,
    listing.titleEnglish?.text,
    company,
    location.municipality,
    location.district,
    location.address,
    listing.description,
    listing.descriptionEnglish?.text,
  ]
    .filter((part) => part !== undefined)
    .join(' ');
  const derived: DerivedAttributes = {
    sortDate: sortDateOf(listing),
    monthlyCzk: monthlyCzkOf(listing),
    municipalityKey: foldText(location.municipality),
    districtKey: location.district === undefined ? undefined : foldText(location.district),
    // Distinct words, not the folded text: a 3 KB description keeps about half its size.
    searchWords: foldedWords(text).join(' '),
  };
  return { ...toListingCard(listing), ...withoutUndefined(derived) } as CatalogueEntry;
}

/** The card an entry serves: the entry without its derived attributes. */
export function cardOf(entry: CardEntry): ListingCard {
  const { sortDate: _s, monthlyCzk: _p, municipalityKey: _m, districtKey: _d, ...card } = entry;
  return card as ListingCard;
}

function monthlyCzkOf(listing: Listing): number | undefined {
  if (listing.kind === 'rental')
    return listing.rentCzk === undefined ? undefined : listing.rentCzk + (listing.feesCzk ?? 0);
  return listing.salary?.monthlyCzkMax ?? listing.salary?.monthlyCzkMin;
}

function withoutUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
