import { listingPageUrl } from '../api/listing-page-url';
import { InputError, RecordRejectedError } from '../errors';
import { resolveLocation } from '../geo/resolve-location';
import { contentHash } from '../listing/content-hash';
import type { Listing, ListingDraft } from '../listing/schema';
import { parseListingDraft } from '../listing/validate-listing';
import { detectLanguage } from '../normalise/detect-language';
import { isEnglishFriendly } from '../normalise/language-requirements';
import { monthlyCzk } from '../normalise/salary';
import type { PostingInput } from './posting-input';

// A partner posting's page is its detail page on the site: it has no other original.
export { listingPageUrl };

/** The job listing a checked posting becomes (status pending; the caller sets the real one). */
export function postingListing(
  id: string,
  input: PostingInput,
  context: { siteUrl: string; now: Date; firstSeenAt: string },
): Listing {
  // The town the firm states must be in the region on its own: a district beside it ("Praha" +
  // "Poruba") must not turn it into Ostrava.
  const town = resolveLocation({ city: input.location.municipality, parts: [] });
  const location =
    town &&
    resolveLocation({
      city: input.location.municipality,
      parts: input.location.district ? [input.location.district] : [],
    });
  if (!location)
    throw new InputError(
      'location.municipality: must be a town of the Moravian-Silesian Region',
      'location.municipality',
    );
  const salary = input.salary && {
    ...input.salary,
    ...monthlyCzk(input.salary.min, input.salary.max, input.salary.currency, input.salary.period),
  };
  const needs = { required: 'is required', advantage: 'is an advantage', 'not-needed': 'is not needed' } as const;
  // The employer writes the posting; it is shown as written (postings are not machine translated), said so when not in English.
  const english = detectLanguage(`${input.title}. ${input.description}`) === 'en';
  const draft = asInputError(() =>
    parseListingDraft({
      kind: 'job',
      id,
      source: 'partner',
      url: listingPageUrl(context.siteUrl, id),
      title: input.title,
      titleEnglish: { text: input.title, from: english ? 'original' : 'not-translated' },
      description: input.description,
      descriptionEnglish: english
        ? { from: 'original', numberMismatches: [] }
        : {
            from: 'not-translated',
            note: 'the employer wrote this posting in another language; postings are shown as written',
            numberMismatches: [],
          },
      // The employer states both languages explicitly; the form is not the ad's language, so the rule's
      // "explicitly makes Czech optional and asks for English" branch decides (issue 15).
      englishFriendly: isEnglishFriendly(input.languages.czech, input.languages.english, false),
      englishSignals: [
        { reason: `Czech ${needs[input.languages.czech]} (stated by the employer)` },
        { reason: `English ${needs[input.languages.english]} (stated by the employer)` },
      ],
      location,
      postedAt: context.now.toISOString(),
      validThrough: `${input.expiresOn}T23:59:59.000Z`,
      images: [],
      company: input.companyName,
      companyId: input.companyId,
      salary,
      employment: input.employment,
      workplace: input.workplace,
      languages: input.languages,
      applyUrl: input.applyUrl,
      applyEmail: input.applyEmail,
    }),
  );
  return {
    ...draft,
    status: 'pending',
    firstSeenAt: context.firstSeenAt,
    lastSeenAt: context.now.toISOString(),
    contentHash: contentHash(draft),
  };
}

/**
 * The listing schema's verdict on what the poster sent is the poster's to fix: a 400 naming the
 * input field (a salary that overflows the monthly limit once converted is "salary"), never a 500.
 */
function asInputError(build: () => ListingDraft): ListingDraft {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof RecordRejectedError)) throw error;
    const field = error.field?.startsWith('salary') ? 'salary' : error.field;
    throw new InputError(
      field === 'salary' ? 'salary: is more than the schema allows once converted to CZK a month' : error.message,
      field,
      { cause: error },
    );
  }
}
