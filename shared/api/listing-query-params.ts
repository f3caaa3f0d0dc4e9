import * as z from 'zod';
import {
  DISPOSITION,
  employmentTypes,
  furnishedStates,
  iscoMajorGroups,
  lineText,
  listingKinds,
  workplaceTypes,
} from '../listing/schema';
import type { ListingFilters } from '../catalogue/listing-filter';
import type { ActiveQuery } from '../catalogue/catalogue';
import { listingSorts } from '../catalogue/catalogue-order';

/*
 * GET /listings query parameters. API Gateway hands every value over as a string and joins a repeated
 * parameter with commas, so lists are comma-separated and numbers and booleans are parsed here.
 */

const boolean = z
  .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
  .transform((value) => value === 'true' || value === '1');

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}(\.\d{1,3})?$/, 'must be a number')
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const list = <T extends z.ZodType<string, string>>(item: T, max = 12) =>
  z
    .string()
    .max(500)
    .transform((value) =>
      value
        .split(',')
        .map((part) => part.trim())
        .filter((part) => part.length > 0),
    )
    .pipe(z.array(item).min(1, 'must name at least one value').max(max, `must name at most ${max} values`));

// An unencoded "+" in a query string may arrive as a space ("2 kk"): read it back as "2+kk".
const disposition = z
  .string()
  .transform((value) =>
    value.toLowerCase().replace(/^(\d)\s+(kk|1)?$/, (_, rooms: string, kitchen = '') => `${rooms}+${kitchen}`),
  )
  .pipe(z.string().regex(DISPOSITION, 'must be like 1+kk, 2+1 … 6+, atypical or room'));

const rentalOnly = [
  'minRent',
  'maxRent',
  'minArea',
  'maxArea',
  'disposition',
  'furnished',
  'pets',
  'maxMoveInCzk',
  'moveInComplete',
  'reduced',
] as const;
const jobOnly = ['minSalary', 'workplace', 'employment', 'czechNotRequired', 'profession'] as const;

export const listingQueryParamsSchema = z
  .strictObject({
    kind: z.enum(listingKinds, { error: 'must be job or rental' }).describe('What to list: job or rental'),
    q: z
      .string()
      .trim()
      .min(1, 'must not be blank')
      .max(100, 'must be at most 100 characters')
      .describe('Words that must all appear in the title, description, company or locality (case and accents ignored)'),
    english: boolean.describe(
      "Only English-friendly listings (true) or only the others (false), as the listing's englishFriendly states (jobs where Czech is neither required nor likely needed and English is enough); a listing where it is unknown never matches",
    ),
    municipality: lineText(120).describe('Town, e.g. Ostrava or Havířov (case and accents ignored)'),
    district: lineText(120).describe('City district, e.g. Poruba or zabreh (case and accents ignored)'),
    maxDistanceKm: decimal(0, 500).describe('At most this far from Ostrava centre, km'),
    minRent: wholeNumber(0, 1_000_000).describe('Rentals: monthly rent plus fees (where fees are known) at least, CZK'),
    maxRent: wholeNumber(0, 1_000_000).describe('Rentals: monthly rent plus fees (where fees are known) at most, CZK'),
    minArea: decimal(0, 10_000).describe('Rentals: area at least, m²'),
    maxArea: decimal(0, 10_000).describe('Rentals: area at most, m²'),
    disposition: list(disposition).describe('Rentals: layouts, comma-separated, e.g. 2+kk,2+1'),
    furnished: list(z.enum(furnishedStates, { error: 'must be yes, partly or no' }), 3).describe(
      'Rentals: yes, partly and/or no',
    ),
    pets: boolean.describe(
      "Rentals: pets allowed (true) or not (false), as the listing's petsAllowed states; a listing that does not say never matches",
    ),
    maxMoveInCzk: wholeNumber(0, 10_000_000).describe(
      "Rentals: the cash to move in (first month's rent + fees + deposit + agency commission) at most this, CZK, counting the parts the listing states; listings with unknown parts match on their known total and list the unknown parts in moveIn.unknown; listings with no stated rent never match. Add moveInComplete=true for fully known sums only",
    ),
    reduced: boolean.describe(
      'Rentals: only those whose rent or fees were lowered and not raised again since (true), or the others (false); see priceReduction on each card',
    ),
    moveInComplete: boolean.describe(
      'Rentals: only listings whose move-in cost is fully known (true), or only those with unknown parts (false)',
    ),
    minSalary: wholeNumber(0, 10_000_000).describe('Jobs: monthly gross salary (top of the range) at least, CZK'),
    workplace: list(z.enum(workplaceTypes, { error: 'must be onsite, hybrid or remote' }), 3).describe(
      'Jobs: onsite, hybrid and/or remote',
    ),
    employment: list(z.enum(employmentTypes, { error: `must be one of ${employmentTypes.join(', ')}` }), 6).describe(
      'Jobs: employment types',
    ),
    czechNotRequired: boolean.describe(
      'Jobs: only where the ad says Czech is an advantage at most or not needed (never required, likely-required or unknown)',
    ),
    profession: list(z.enum(iscoMajorGroups, { error: `must be one of ${iscoMajorGroups.join(', ')}` }), 10).describe(
      'Jobs: ISCO major groups, e.g. managers,professionals,technicians (qualified work)',
    ),
    postedWithinDays: wholeNumber(1, 365).describe(
      'Posted within this many days (postedAt; first seen, firstSeenAt, for a listing whose source gives no date)',
    ),
    sort: z
      .enum(listingSorts, { error: `must be one of ${listingSorts.join(', ')}` })
      .default('newest')
      .describe(
        'newest (postedAt, else firstSeenAt, latest first); price or -price (rentals); reduction (rentals, the biggest standing price reduction first, then the others newest first); salary (jobs, highest first); distance',
      ),
    limit: wholeNumber(1, 50).default(20).describe('Items per page, 1 to 50'),
    cursor: z
      .string()
      .min(1, 'must not be blank: give the nextCursor of the previous page, or leave cursor out')
      .max(2048, 'must be at most 2048 characters')
      .describe('nextCursor of the previous page'),
  })
  .partial({
    q: true,
    english: true,
    municipality: true,
    district: true,
    maxDistanceKm: true,
    minRent: true,
    maxRent: true,
    minArea: true,
    maxArea: true,
    disposition: true,
    furnished: true,
    pets: true,
    maxMoveInCzk: true,
    moveInComplete: true,
    reduced: true,
    minSalary: true,
    workplace: true,
    employment: true,
    czechNotRequired: true,
    profession: true,
    postedWithinDays: true,
    cursor: true,
  })
  .superRefine((params, ctx) => {
    const wrongKind = params.kind === 'job' ? rentalOnly : jobOnly;
    for (const key of wrongKind) {
      if (params[key] !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: [key],
          message: `applies only to kind=${params.kind === 'job' ? 'rental' : 'job'}`,
        });
    }
    if ((params.sort === 'price' || params.sort === '-price') && params.kind === 'job') {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'price sorts apply to rentals; use salary for jobs' });
    }
    if (params.sort === 'reduction' && params.kind === 'job') {
      ctx.addIssue({ code: 'custom', path: ['sort'], message: 'reduction sort applies to rentals' });
    }
    if (params.sort === 'salary' && params.kind === 'rental') {
      ctx.addIssue({
        code: 'custom',
        path: ['sort'],
        message: 'salary sort applies to jobs; use price or -price for rentals',
      });
    }
    if (params.minRent !== undefined && params.maxRent !== undefined && params.minRent > params.maxRent) {
      ctx.addIssue({ code: 'custom', path: ['minRent'], message: 'must not exceed maxRent' });
    }
    if (params.minArea !== undefined && params.maxArea !== undefined && params.minArea > params.maxArea) {
      ctx.addIssue({ code: 'custom', path: ['minArea'], message: 'must not exceed maxArea' });
    }
  });

export type ListingQueryParams = z.output<typeof listingQueryParamsSchema>;

/**
 * Turns validated parameters into the store's query. The one place where the API's names (short, as a
 * user types them in a URL) become the domain's (what the listing field means), e.g.
 * english → englishFriendly, pets → petsAllowed, minRent/maxRent → minRentCzk/maxRentCzk,
 * minSalary → minSalaryCzk, minArea → minAreaM2, q → words; the plural lists (disposition →
 * dispositions) hold every value given.
 */
export function toActiveQuery(params: ListingQueryParams, now: Date): ActiveQuery {
  const filters: ListingFilters = {
    englishFriendly: params.english,
    minRentCzk: params.kind === 'rental' ? params.minRent : undefined,
    maxRentCzk: params.kind === 'rental' ? params.maxRent : undefined,
    minSalaryCzk: params.kind === 'job' ? params.minSalary : undefined,
    maxDistanceKm: params.maxDistanceKm,
    municipality: params.municipality,
    district: params.district,
    minAreaM2: params.minArea,
    maxAreaM2: params.maxArea,
    dispositions: params.disposition,
    furnished: params.furnished,
    petsAllowed: params.pets,
    maxMoveInCzk: params.maxMoveInCzk,
    moveInComplete: params.moveInComplete,
    reduced: params.reduced,
    workplaces: params.workplace,
    employment: params.employment,
    czechNotRequired: params.czechNotRequired,
    professions: params.profession,
    postedWithinDays: params.postedWithinDays,
    words: params.q === undefined ? undefined : [params.q],
  };
  return {
    kind: params.kind,
    sort: params.sort,
    filters: Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined)),
    limit: params.limit,
    cursor: params.cursor,
    now,
  };
}
