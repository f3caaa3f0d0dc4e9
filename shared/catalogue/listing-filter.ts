import type { ListingKind } from '../listing/schema';
import { foldText } from '../text/fold-text';

/** Filters on active listings, in domain words. Every one is optional; they combine with AND. */
export interface ListingFilters {
  /**
   * Only listings whose englishFriendly field is this value; one whose field is unknown never matches.
   * Named after the field it reads, where the API's parameter is the short `english` (toActiveQuery).
   */
  englishFriendly?: boolean;
  /** Rentals: monthly rent + fees (where fees are known), CZK, at least / at most. */
  minRentCzk?: number;
  maxRentCzk?: number;
  /** Jobs: the top of the monthly gross salary range, CZK, at least. */
  minSalaryCzk?: number;
  maxDistanceKm?: number;
  municipality?: string;
  district?: string;
  minAreaM2?: number;
  maxAreaM2?: number;
  dispositions?: readonly string[];
  furnished?: readonly string[];
  /** Rentals whose petsAllowed field is this value; unknown never matches. The API's parameter is `pets` (toActiveQuery). */
  petsAllowed?: boolean;
  /**
   * Rentals: the known part of the cash to move in (moveIn.knownTotalCzk) at most this, CZK. Listings
   * with unknown parts match on their known total (their card lists what is unknown); those whose
   * rent is unknown have no total and never match. Combine with moveInComplete for whole sums only.
   */
  maxMoveInCzk?: number;
  /** Rentals: only those whose price was lowered and stays lowered (true), or not (false); see ListingCard.priceReduction. */
  reduced?: boolean;
  /** Rentals: only those whose move-in cost is fully known (true), or has unknown parts (false). */
  moveInComplete?: boolean;
  workplaces?: readonly string[];
  employment?: readonly string[];
  /** Jobs whose ad says Czech is an advantage at most or not needed: never likely-required or unknown. */
  czechNotRequired?: boolean;
  /** ISCO major groups of the profession (jobs): "professionals", "technicians", … */
  professions?: readonly string[];
  /** Only listings posted (or first seen) within this many days before `now`. Relative, so that a
   * cursor stays valid as time passes. */
  postedWithinDays?: number;
  /** Only listings our scrapers first saw at or after this instant (ISO-8601 UTC): what a feed or an alert calls new. */
  firstSeenSince?: string;
  source?: string;
  /**
   * The search: what the API takes as `q`, the one name for it inside. Each string's folded words must
   * all occur (as a part of a word) in the folded title, description, company or locality; English
   * terms also find their Czech forms (searchTerms). The catalogue matches them on its entries' search
   * words (SearchWords), not as a condition.
   */
  words?: readonly string[];
}

/** A filter as data, evaluated on catalogue entries (paths name an entry's attributes). */
export type Condition =
  | { op: 'eq'; path: readonly string[]; value: string | number | boolean }
  | { op: 'gte' | 'lte'; path: readonly string[]; value: string | number }
  | { op: 'in'; path: readonly string[]; values: readonly (string | number)[] }
  | { op: 'contains'; path: readonly string[]; value: string }
  | { op: 'notExists'; path: readonly string[] }
  | { op: 'or'; conditions: readonly Condition[] };

const DAY_MS = 24 * 60 * 60 * 1000;

/** The conditions for one kind's active listings at `now` (jobs past their validity never show); all filters but `words`. */
export function filterConditions(kind: ListingKind, filters: Omit<ListingFilters, 'words'>, now: Date): Condition[] {
  const f = filters;
  const conditions: Condition[] = [
    {
      op: 'or',
      conditions: [
        { op: 'notExists', path: ['validThrough'] },
        { op: 'gte', path: ['validThrough'], value: now.toISOString() },
      ],
    },
  ];
  const add = (condition: Condition | undefined) => condition && conditions.push(condition);
  if (f.englishFriendly !== undefined) add({ op: 'eq', path: ['englishFriendly'], value: f.englishFriendly });
  // The catalogue entry keeps both figures under one attribute, monthlyCzk (catalogue-entry.ts): a kind's
  // query only ever holds its own kind, so each filter reads it in its own sense.
  const monthlyFloor = kind === 'rental' ? f.minRentCzk : f.minSalaryCzk;
  const monthlyCeiling = kind === 'rental' ? f.maxRentCzk : undefined;
  if (monthlyFloor !== undefined) add({ op: 'gte', path: ['monthlyCzk'], value: monthlyFloor });
  if (monthlyCeiling !== undefined) add({ op: 'lte', path: ['monthlyCzk'], value: monthlyCeiling });
  if (f.maxDistanceKm !== undefined) add({ op: 'lte', path: ['location', 'distanceKm'], value: f.maxDistanceKm });
  if (f.municipality !== undefined) add({ op: 'eq', path: ['municipalityKey'], value: foldText(f.municipality) });
  if (f.district !== undefined) add({ op: 'eq', path: ['districtKey'], value: foldText(f.district) });
  if (f.postedWithinDays !== undefined) {
    add({ op: 'gte', path: ['sortDate'], value: new Date(now.getTime() - f.postedWithinDays * DAY_MS).toISOString() });
  }
  if (f.firstSeenSince !== undefined) add({ op: 'gte', path: ['firstSeenAt'], value: f.firstSeenSince });
  if (f.source !== undefined) add({ op: 'eq', path: ['source'], value: f.source });
  if (kind === 'rental') {
    // One flat, one card (issue 20): the others of its group are on its card, unless one source is asked for.
    if (f.source === undefined) add({ op: 'notExists', path: ['duplicateOf'] });
    if (f.minAreaM2 !== undefined) add({ op: 'gte', path: ['areaM2'], value: f.minAreaM2 });
    if (f.maxAreaM2 !== undefined) add({ op: 'lte', path: ['areaM2'], value: f.maxAreaM2 });
    if (f.dispositions?.length) add({ op: 'in', path: ['disposition'], values: f.dispositions });
    if (f.furnished?.length) add({ op: 'in', path: ['furnished'], values: f.furnished });
    if (f.petsAllowed !== undefined) add({ op: 'eq', path: ['petsAllowed'], value: f.petsAllowed });
    if (f.maxMoveInCzk !== undefined) add({ op: 'lte', path: ['moveIn', 'knownTotalCzk'], value: f.maxMoveInCzk });
    if (f.reduced !== undefined)
      add(
        f.reduced
          ? { op: 'gte', path: ['priceReduction', 'byCzk'], value: 1 }
          : { op: 'notExists', path: ['priceReduction'] },
      );
    if (f.moveInComplete !== undefined) add({ op: 'eq', path: ['moveIn', 'complete'], value: f.moveInComplete });
  } else {
    if (f.workplaces?.length) add({ op: 'in', path: ['workplace'], values: f.workplaces });
    if (f.employment?.length) {
      add({ op: 'or', conditions: f.employment.map((value) => ({ op: 'contains', path: ['employment'], value })) });
    }
    if (f.czechNotRequired) add({ op: 'in', path: ['languages', 'czech'], values: ['advantage', 'not-needed'] });
    if (f.professions?.length) add({ op: 'in', path: ['profession', 'majorGroup'], values: f.professions });
  }
  return conditions;
}

/**
 * Evaluates conditions on a catalogue entry with DynamoDB's FilterExpression semantics (which the
 * filters were first written for): a comparison with a value of another type does not match.
 */
export function matchesConditions(item: object, conditions: readonly Condition[]): boolean {
  return conditions.every((condition) => matches(item, condition));
}

function matches(item: object, c: Condition): boolean {
  if (c.op === 'or') return c.conditions.some((inner) => matches(item, inner));
  const actual = c.path.reduce<unknown>(
    (value, key) => (value as Record<string, unknown> | undefined)?.[key],
    item as unknown,
  );
  switch (c.op) {
    case 'notExists':
      return actual === undefined;
    case 'eq':
      return actual === c.value;
    case 'in':
      return c.values.some((value) => value === actual);
    case 'contains':
      return Array.isArray(actual) ? actual.includes(c.value) : typeof actual === 'string' && actual.includes(c.value);
    case 'gte':
    case 'lte':
      // DynamoDB compares only values of the same type; anything else does not match.
      if (typeof actual !== typeof c.value) return false;
      return c.op === 'gte' ? (actual as string | number) >= c.value : (actual as string | number) <= c.value;
  }
}
