import * as z from 'zod';

/**
 * The listing record: the one truth for storage, the API and the partner form.
 * Units are fixed: money in whole CZK per month, area in m², instants ISO-8601 UTC.
 * A field the source does not state is absent (unknown): never "", never 0, never a guess.
 */

const HTML_TAG = /<\/?[a-z][^>]*>/i;
// C0/C1 control characters other than tab and newline: they never belong in a listing's text.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

// A lone UTF-16 surrogate (half an emoji, left by a cut at a fixed length or sent broken) is no character:
// JSON carries it as "\\ud83d", and a reader's decoder may refuse it. It becomes U+FFFD, as TextEncoder does.
const wellFormed = (s: string) => s.toWellFormed();

/** A non-blank single-line text, trimmed, lone surrogates replaced by U+FFFD. */
export const lineText = (max: number) =>
  z
    .string()
    .overwrite(wellFormed)
    .trim()
    .min(1, 'must not be blank')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !/[\r\n]/.test(s), 'must be a single line')
    .refine((s) => !CONTROL_CHARS.test(s), 'must not contain control characters')
    .refine((s) => !HTML_TAG.test(s), 'must be plain text, not HTML');

/** A non-blank plain text that may span lines, trimmed, lone surrogates replaced by U+FFFD. */
export const plainText = (max: number) =>
  z
    .string()
    .overwrite(wellFormed)
    .trim()
    .min(1, 'must not be blank')
    .max(max, `must be at most ${max} characters`)
    .refine((s) => !CONTROL_CHARS.test(s), 'must not contain control characters')
    .refine((s) => !HTML_TAG.test(s), 'must be plain text, not HTML');

/** A host name, "localhost" (local development) or an IPv4 address. */
const HOST = /^(localhost|\d{1,3}(\.\d{1,3}){3}|([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63})$/i;

export const httpUrl = z.url({ protocol: /^https?$/, hostname: HOST, error: 'must be an http(s) URL' }).max(2000);
export const isoInstant = z.iso.datetime({ offset: false, error: 'must be an ISO-8601 UTC instant' });
export const isoDate = z.iso.date({ error: 'must be an ISO-8601 date (YYYY-MM-DD)' });
const czk = z
  .number()
  .int('must be whole CZK')
  .positive('must be positive (unknown is absent, not 0)')
  .max(100_000_000);
const czkOrZero = z.number().int('must be whole CZK').nonnegative().max(100_000_000);

export const listingKinds = ['job', 'rental'] as const;
export const listingStatuses = ['active', 'expired', 'unconfirmed', 'pending', 'rejected'] as const;
export const languageNeeds = ['required', 'advantage', 'not-needed', 'unknown'] as const;
/** Czech adds "likely-required": the ad says nothing about Czech but is written only in Czech (or Slovak). */
export const czechNeeds = ['required', 'likely-required', 'advantage', 'not-needed', 'unknown'] as const;
export const employmentTypes = [
  'full-time',
  'part-time',
  'contract',
  'work-agreement',
  'internship',
  'temporary',
] as const;
export const workplaceTypes = ['onsite', 'hybrid', 'remote'] as const;
/** ISCO-08 major groups 0–9, by the code's first digit. */
export const iscoMajorGroups = [
  'armed-forces',
  'managers',
  'professionals',
  'technicians',
  'clerical',
  'service-and-sales',
  'agriculture',
  'craft-and-trades',
  'operators',
  'elementary',
] as const;
export const salaryPeriods = ['hour', 'day', 'month', 'year'] as const;
export const propertyTypes = ['flat', 'house', 'room'] as const;
export const furnishedStates = ['yes', 'partly', 'no'] as const;
export const energyClasses = ['A', 'B', 'C', 'D', 'E', 'F', 'G'] as const;
/** Czech flat layouts: rooms + kitchen ("kk" = kitchenette in the living room, "1" = separate kitchen). */
export const DISPOSITION = /^([1-6]\+(kk|1)|6\+|atypical|room)$/;

export const sourceName = z.string().regex(/^[a-z][a-z0-9-]{1,39}$/, 'must be a lower-case source slug');

export const listingId = z
  .string()
  .max(200)
  .regex(/^[a-z][a-z0-9-]{1,39}:[A-Za-z0-9._~-]{1,150}$/, 'must be "source:sourceId"');

export const englishSignalSchema = z.strictObject({
  reason: lineText(200).describe('What the signal says, e.g. "written in English" or "Czech required"'),
  evidence: plainText(500)
    .optional()
    .describe('The quoted sentence or field that decided it, in the language of the original'),
  meaning: lineText(300)
    .optional()
    .describe(
      'What the quoted evidence says, in English, generated from the verdict, e.g. "Czech required (fluent); English an advantage"',
    ),
});

export const locationSchema = z.strictObject({
  municipality: lineText(120).describe('Town or city (obec), e.g. "Ostrava"'),
  district: lineText(120).optional().describe('City district (městský obvod) or part, e.g. "Poruba"'),
  address: lineText(300).optional().describe('Street address as the source gives it'),
  lat: z.number().min(-90).max(90).optional().describe('Latitude, WGS84 degrees'),
  lon: z.number().min(-180).max(180).optional().describe('Longitude, WGS84 degrees'),
  distanceKm: z
    .number()
    .nonnegative()
    .max(20_000)
    .optional()
    .describe('Straight-line km from Ostrava centre (Masarykovo nám.)'),
  precision: z
    .enum(['coordinates', 'city-part', 'postcode', 'municipality'])
    .optional()
    .describe(
      "What distanceKm is measured from: the source's coordinates, the stated city part's centre, the address's postcode area's centre (Ostrava), or the town's centre",
    ),
  areaCentre: z
    .strictObject({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) })
    .optional()
    .describe(
      'The approximate centre distanceKm is measured from when the source gives no coordinates (WGS84 degrees; within about 1.5 km for a city part): for a map, not a pin',
    ),
});

/** How an English title or description came to be (issue 19). */
export const englishSources = [
  'listing-fields',
  'profession',
  'original',
  'machine-translation',
  'not-translated',
] as const;

export const titleEnglishSchema = z.strictObject({
  text: lineText(300).describe('The title in English'),
  from: z
    .enum(englishSources)
    .describe(
      'listing-fields: built from the structured fields ("2+kk flat, 52 m², Poruba"); profession: the English name of the CZ-ISCO profession (ISCO-08); original: the source wrote it in English; machine-translation: translated by a machine; not-translated: no translation could be had, so this is the original',
    ),
  sourceTextHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .describe('SHA-256 of the original title a machine translated, so an unchanged title is never translated again'),
});

/** A figure that a machine translation changed: the original's figure is the one to trust. */
export const numberFlagSchema = z
  .strictObject({
    original: lineText(80)
      .optional()
      .describe(
        'The figure as the original states it, e.g. "16 900 Kč"; absent when the translation added a figure the original does not have',
      ),
    translated: lineText(80)
      .optional()
      .describe(
        'What the translation made of it, when it kept one at that place; alone, a figure the translation added',
      ),
  })
  .refine(
    (flag) => flag.original !== undefined || flag.translated !== undefined,
    'a flag names the original figure, the translated one, or both',
  );

export const descriptionEnglishSchema = z.strictObject({
  text: plainText(20_000)
    .optional()
    .describe(
      'The description in English; absent when not translated, and when `description` itself is in English (from "original")',
    ),
  from: z
    .enum(['original', 'machine-translation', 'not-translated'])
    .describe(
      'original: the source wrote it in English; machine-translation: translated by `engine`; not-translated: see `note`',
    ),
  engine: lineText(80).optional().describe('The machine translation service, e.g. "Amazon Translate"'),
  note: lineText(200).optional().describe('Why it is not translated, e.g. "the monthly translation budget is used up"'),
  numberMismatches: z
    .array(numberFlagSchema)
    .max(50)
    .default([])
    .describe(
      'Figures of the original (rent, fees, deposit, area, salary, dates) that the translation does not carry unchanged: trust the original',
    ),
  sourceTextHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional()
    .describe('SHA-256 of the text that was translated, so unchanged text is never translated again'),
});

const commonFields = {
  id: listingId.describe('Stable id: "source:sourceId"'),
  source: sourceName.describe('Where the listing came from, e.g. "sreality" or "partner"'),
  url: httpUrl.describe('The original listing page'),
  title: lineText(300).describe('Title, in the language of the original'),
  titleEnglish: titleEnglishSchema
    .optional()
    .describe('The title in English, and how it was made; `title` keeps the original'),
  description: plainText(20_000)
    .optional()
    .describe('Plain-text description (no HTML), in the language of the original'),
  descriptionEnglish: descriptionEnglishSchema
    .optional()
    .describe('The description in English (or why there is none); `description` keeps the original'),
  language: z
    .string()
    .regex(/^[a-z]{2}$/, 'must be an ISO 639-1 code')
    .optional()
    .describe('Language the original is written in (ISO 639-1)'),
  englishFriendly: z
    .boolean()
    .optional()
    .describe(
      'Jobs: true when Czech is not required (nor likely needed) AND the ad is in English (or has a full English version), or it explicitly makes Czech optional or unnecessary and asks for English. Rentals: true when the listing has an English text or says the landlord speaks English; false means only that no such sign was found, not that Czech is needed',
    ),
  englishSignals: z
    .array(englishSignalSchema)
    .max(20)
    .default([])
    .describe(
      'Why we think it is (or is not) English-friendly: the deciding sentences, quoted, each with its meaning in English',
    ),
  location: locationSchema.describe('Where it is'),
  postedAt: isoInstant
    .optional()
    .describe(
      'When the source says it was published (ISO-8601 UTC); absent when the source gives no date, never filled in from firstSeenAt',
    ),
  validThrough: isoInstant.optional().describe('When the source says it stops being valid'),
  images: z.array(httpUrl).max(50).default([]).describe('Image URLs on the source'),
};

export const salarySchema = z
  .strictObject({
    min: z.number().positive().optional().describe('Lowest pay as stated, in `currency` per `period`'),
    max: z.number().positive().optional().describe('Highest pay as stated, in `currency` per `period`'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'must be an ISO 4217 code')
      .describe('Currency as stated, e.g. "CZK"'),
    period: z.enum(salaryPeriods).describe('Period the stated pay is for'),
    monthlyCzkMin: czk.optional().describe('Lowest pay as gross CZK per month'),
    monthlyCzkMax: czk.optional().describe('Highest pay as gross CZK per month'),
    hoursPerWeek: z
      .number()
      .positive()
      .max(80)
      .optional()
      .describe('Hours a week assumed (or stated) to turn hourly or daily pay into monthly'),
  })
  .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, {
    message: 'min must not exceed max',
    path: ['min'],
  })
  .refine((s) => s.min !== undefined || s.max !== undefined, { message: 'a salary needs min or max', path: ['min'] });

export const jobFields = {
  kind: z.literal('job'),
  company: lineText(200).optional().describe('Employer name'),
  companyId: z
    .string()
    .regex(/^\d{8}$/, 'must be an 8-digit IČO')
    .optional()
    .describe("Employer's IČO (company registration number)"),
  salary: salarySchema.optional().describe('Pay; absent when "dohodou" or not stated'),
  employment: z.array(z.enum(employmentTypes)).max(6).default([]).describe('Employment types offered'),
  workplace: z.enum(workplaceTypes).optional().describe('On site, hybrid or remote'),
  languages: z
    .strictObject({
      english: z
        .enum(languageNeeds)
        .default('unknown')
        .describe(
          'Whether the ad asks for English: required (at any level), advantage (a plus, or one of several languages), not-needed (says so), unknown (says nothing)',
        ),
      czech: z
        .enum(czechNeeds)
        .default('unknown')
        .describe(
          'Whether the ad asks for Czech, as for English, plus likely-required: the ad says nothing about Czech but is written only in Czech (or Slovak). Czech or Slovak counts as Czech required',
        ),
    })
    .default({ english: 'unknown', czech: 'unknown' })
    .describe('Language requirements, from explicit statements in the ad or its structured fields'),
  workPermit: z
    .strictObject({
      nonEuWelcome: z.boolean().optional().describe('Open to candidates from outside the EU'),
      employeeCard: z.boolean().optional().describe('Can be filled with an Employee Card (zaměstnanecká karta)'),
      blueCard: z.boolean().optional().describe('Can be filled with an EU Blue Card'),
    })
    .optional()
    .describe('Work-permit routes the source states'),
  profession: z
    .strictObject({
      isco: z
        .string()
        .regex(/^\d{1,6}$/)
        .optional()
        .describe('CZ-ISCO code'),
      majorGroup: z.enum(iscoMajorGroups).optional().describe('ISCO major group'),
    })
    .optional()
    .describe('The profession, when the source classifies it'),
  applyUrl: httpUrl.optional().describe('Where to apply'),
  applyEmail: z
    .email('must be an e-mail address')
    .max(254)
    .optional()
    .describe('Where to apply by e-mail (employer address only)'),
};

/** The parts of the cash needed to move in (issue 20), in the order they are paid. */
export const moveInParts = ['rent', 'fees', 'energy', 'deposit', 'commission'] as const;

/**
 * The cash needed to move in, derived from the rental's own fields (issue 20): the first month's rent,
 * its fees, the deposit and the agency commission. A part the listing does not state is listed in
 * `unknown`, never counted as 0; "bez provize" / "no commission" is a known 0.
 */
export const moveInSchema = z.strictObject({
  knownTotalCzk: czkOrZero
    .optional()
    .describe(
      "First month's rent + monthly fees + deposit + agency commission, CZK, counting only the parts known; absent when the rent is unknown",
    ),
  unknown: z
    .array(z.enum(moveInParts))
    .max(moveInParts.length)
    .describe(
      'Parts the listing does not state (not counted in knownTotalCzk): rent, fees, energy (said to be paid on top, amount not stated), deposit, commission',
    ),
  complete: z.boolean().describe('True when every part is known, so knownTotalCzk is the whole sum'),
  depositOverCap: z
    .boolean()
    .optional()
    .describe(
      "True when the deposit is above three months' rent, the most a landlord may ask (Czech Civil Code § 2254(1))",
    ),
});

/** Kinds of warning sign on a rental (issue 20); each comes with its reason in English, never as a score. */
export const warningSigns = [
  'rent-far-below-median',
  'photo-at-another-address',
  'suspicious-wording',
  'no-photos',
] as const;

export const warningSchema = z.strictObject({
  sign: z
    .enum(warningSigns)
    .describe(
      'rent-far-below-median: far below the median rent of its layout in its district; photo-at-another-address: a photo of it is in a listing elsewhere; suspicious-wording: wording scams use ("landlord abroad", "pay before viewing", "Western Union"); no-photos: no photo at all',
    ),
  reason: plainText(400).describe('Why, in English, with the figures or the quoted words that raised it'),
});

export const rentalFields = {
  kind: z.literal('rental'),
  rentCzk: czk.optional().describe('Rent, CZK per month, without fees'),
  feesCzk: czkOrZero.optional().describe('Service charges and utilities, CZK per month'),
  depositCzk: czkOrZero.optional().describe('Deposit (kauce), CZK, once'),
  commissionCzk: czkOrZero
    .optional()
    .describe(
      'Agency commission (provize RK), CZK, once; 0 when the listing says there is none or the source marks it as offered by the owner (agency: private)',
    ),
  moneyFromText: z
    .array(
      z.strictObject({
        field: z.enum(['depositCzk', 'feesCzk', 'commissionCzk']).describe('The field read from the description'),
        quote: plainText(300).describe('The clause of the description that states it, as written'),
        meaning: lineText(200).describe('What it says, in English, e.g. "deposit: 2 × rent (25,000 CZK)"'),
      }),
    )
    .max(3)
    .optional()
    .describe('Money that only the description states (the fields do not), each with the clause that says it'),
  energyExtra: z
    .boolean()
    .optional()
    .describe(
      'True when the listing says energy (electricity, gas) is paid on top of rent and fees without stating how much ("+ energie")',
    ),
  areaM2: z.number().positive().max(10_000).optional().describe('Usable area, m²'),
  disposition: z
    .string()
    .regex(DISPOSITION, 'must be like "2+kk", "3+1", "6+", "atypical" or "room"')
    .optional()
    .describe('Czech layout, e.g. "2+kk"'),
  rooms: z.number().int().positive().max(50).optional().describe('Number of rooms'),
  propertyType: z.enum(propertyTypes).describe('Flat, house or room'),
  furnished: z.enum(furnishedStates).optional().describe('Furnished, partly or not'),
  petsAllowed: z.boolean().optional().describe('Whether pets are allowed'),
  availableFrom: isoDate.optional().describe('Date it can be moved into'),
  floor: z.number().int().min(-5).max(200).optional().describe('Floor (0 = ground floor)'),
  elevator: z.boolean().optional().describe('Whether the building has a lift'),
  balcony: z.boolean().optional().describe('Balcony, loggia or terrace'),
  parking: z.boolean().optional().describe('Parking place or garage'),
  energyClass: z.enum(energyClasses).optional().describe('Energy performance class (PENB)'),
  agency: z.enum(['private', 'agency']).optional().describe('Offered by the owner or by an agency'),
};

/** What a normaliser or the partner form produces: everything but the store's bookkeeping. */
export const jobDraftSchema = z.strictObject({ ...commonFields, ...jobFields });
export const rentalDraftSchema = z.strictObject({ ...commonFields, ...rentalFields });
export const listingDraftSchema = z.discriminatedUnion('kind', [jobDraftSchema, rentalDraftSchema]);

const bookkeeping = {
  status: z
    .enum(listingStatuses)
    .describe(
      'active, expired, unconfirmed (a partner posting whose contact address is not yet confirmed), pending (awaiting moderation) or rejected (refused or taken down)',
    ),
  firstSeenAt: isoInstant.describe(
    'When our scraper first saw it (ISO-8601 UTC); not a publication date, but the only date known for a listing without postedAt',
  ),
  lastSeenAt: isoInstant.describe('When a scrape last saw it'),
  contentHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 hex digest')
    .describe('Hash of the content fields'),
};

/** How many rent or fee changes a rental keeps (the newest): enough for months of weekly changes, small on the item. */
export const PRICE_HISTORY_LIMIT = 20;

/** One change of a rental's rent or fees, as the writing side saw it (issue 20). Absent values were unknown. */
export const priceChangeSchema = z.strictObject({
  at: isoInstant.describe('When a scrape first saw the new price (ISO-8601 UTC)'),
  rentCzk: czk.optional().describe('Rent from then on, CZK per month; absent when unknown'),
  feesCzk: czkOrZero.optional().describe('Fees from then on, CZK per month; absent when unknown'),
  previousRentCzk: czk.optional().describe('Rent before the change; absent when it was unknown'),
  previousFeesCzk: czkOrZero.optional().describe('Fees before the change; absent when they were unknown'),
});

/** A stored listing, as the API serves it. */
export const jobSchema = jobDraftSchema.extend(bookkeeping);
export const rentalSchema = rentalDraftSchema.extend({
  ...bookkeeping,
  priceHistory: z
    .array(priceChangeSchema)
    .max(PRICE_HISTORY_LIMIT)
    .optional()
    .describe(
      `Every change of rent or fees since we first saw it, oldest first (the last ${PRICE_HISTORY_LIMIT} are kept); absent while the price never changed`,
    ),
  // Derived from the fields when served (card and detail), never stored nor part of a draft.
  moveIn: moveInSchema.optional().describe('The cash needed to move in, with the parts that are unknown (issue 20)'),
  warnings: z
    .array(warningSchema)
    .max(warningSigns.length)
    .optional()
    .describe(
      'Warning signs, each with its reason (issue 20). GET /listings/{id} has those read from the listing itself (wording, photos); cards also those that compare it with the catalogue (rent against the median, photos at another address)',
    ),
});
export const listingSchema = z.discriminatedUnion('kind', [jobSchema, rentalSchema]);

export type ListingKind = (typeof listingKinds)[number];
export type ListingStatus = (typeof listingStatuses)[number];
export type ListingDraft = z.infer<typeof listingDraftSchema>;
export type Listing = z.infer<typeof listingSchema>;
export type Job = z.infer<typeof jobSchema>;
export type Rental = z.infer<typeof rentalSchema>;
export type EnglishSignal = z.infer<typeof englishSignalSchema>;
export type TitleEnglish = z.infer<typeof titleEnglishSchema>;
export type DescriptionEnglish = z.infer<typeof descriptionEnglishSchema>;
export type MoveIn = z.infer<typeof moveInSchema>;
export type PriceChange = z.infer<typeof priceChangeSchema>;
export type Warning = z.infer<typeof warningSchema>;
export type MoveInPart = (typeof moveInParts)[number];
