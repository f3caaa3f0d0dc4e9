import { RecordRejectedError } from '../errors';
import { listingId } from '../listing/listing-id';
import { resolveLocation } from '../geo/resolve-location';
import { iscoMajorGroups, type ListingDraft } from '../listing/schema';
import { parseListingDraft } from '../listing/validate-listing';
import type { RawJob } from '../sources/raw-job';
import { cleanText, htmlToPlainText, plainLine } from './clean-text';
import { toIsoInstant } from './dates';
import { parseEmployment, parseWorkplace } from './employment';
import { jobTitleEnglish } from './english-title';
import { assessLanguages } from './language-requirements';
import { DEFAULT_SALARY_OPTIONS, parseSalary, structuredSalary, type SalaryOptions } from './salary';
import { scrubContacts } from './scrub-contacts';

/**
 * One clean English job record from a source's raw record: location, pay as monthly gross CZK,
 * employment, workplace, the language requirement with its evidence, work-permit flags and the
 * profession. Pure. Throws RecordRejectedError when it cannot be a valid listing.
 */
export function normaliseJob(
  raw: RawJob,
  options: SalaryOptions = DEFAULT_SALARY_OPTIONS,
): Extract<ListingDraft, { kind: 'job' }> {
  // Some sources send a title with tags or entities, as their descriptions.
  const title = plainLine(raw.title);
  if (!title) throw new RecordRejectedError('the job has no title', 'title');
  const plain = htmlToPlainText(raw.description);
  const description = plain === undefined ? undefined : scrubContacts(plain) || undefined;
  const workplace = parseWorkplace(raw.workplaceText, title, description);
  const location =
    resolveLocation({ city: raw.city, parts: raw.parts, address: raw.address, lat: raw.lat, lon: raw.lon }) ??
    remoteLocation(raw, workplace);
  if (!location)
    throw new RecordRejectedError(
      'the municipality is unknown or outside the Moravian-Silesian Region',
      'location.municipality',
    );
  const languages = assessLanguages({ title, text: description, stated: raw.stated });
  // Structured pay first; a feed without it (or with numbers that are not pay) may state it in words.
  const salary =
    (raw.salary && structuredSalary(raw.salary, raw.hoursPerWeek, options)) ??
    parseSalary(raw.salaryText, options) ??
    salaryInText(description, options);
  const major = raw.iscoCode ? iscoMajorGroups[Number(raw.iscoCode[0])] : undefined;
  const draft = {
    kind: 'job' as const,
    id: listingId(raw.source, raw.sourceId),
    source: raw.source,
    url: raw.url,
    title,
    titleEnglish: jobTitleEnglish({ title, language: languages.language, iscoCode: raw.iscoCode }),
    description,
    // An ad written in English is its own English version; any other waits for translateListing.
    descriptionEnglish:
      description !== undefined && languages.language === 'en'
        ? { from: 'original' as const, numberMismatches: [] }
        : undefined,
    language: languages.language,
    englishFriendly: languages.englishFriendly,
    englishSignals: languages.englishSignals,
    location,
    postedAt: toIsoInstant(raw.postedAt),
    validThrough: toIsoInstant(raw.validThrough),
    images: [],
    company: plainLine(raw.company),
    companyId: raw.companyId && /^\d{8}$/.test(raw.companyId) ? raw.companyId : undefined,
    salary: salary && (salary.min !== undefined || salary.max !== undefined) ? salary : undefined,
    employment: parseEmployment(raw.employmentText, title),
    workplace,
    languages: languages.languages,
    workPermit:
      raw.workPermit && Object.values(raw.workPermit).some((v) => v !== undefined) ? raw.workPermit : undefined,
    profession: raw.iscoCode ? { isco: raw.iscoCode, majorGroup: major } : undefined,
    applyUrl: raw.applyUrl && /^https?:\/\//.test(raw.applyUrl) ? raw.applyUrl : undefined,
  };
  return parseListingDraft(draft) as Extract<ListingDraft, { kind: 'job' }>;
}

/** Pay from the first line or sentence of a description that speaks of pay ("Mzda: 25 190 - 36 210 Kč hrubého"). */
function salaryInText(text: string | undefined, options: SalaryOptions) {
  for (const sentence of text?.split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u) ?? []) {
    if (!PAY_WORDS.test(sentence) && !STARTS_WITH_PAY.test(sentence)) continue;
    const salary = parseSalary(sentence, options);
    if (salary) return salary;
  }
  return undefined;
}

const PAY_WORDS =
  /salary|\bpay\b|wage|\brate\b|hourly|compensation|gross|mzd|\bplat\b|platem|odm[eě]n|v[yý]d[eě]l|hrub[eéý]/i;
// A line that is nothing but the pay: "až 48 000 Kč měsíčně", "od 45 tis.", "55 000 CZK".
const STARTS_WITH_PAY =
  /^\s*(?:od|do|až|from|up to)?\s*(?:€|eur|czk)?\s*\d[\d\s.,]*(?:tis\.?|k)?\s*(?:-|–|až)?\s*[\d\s.,]*(?:k[cč]|czk|eur|€|tis)/i;

/**
 * A fully remote job anywhere can be done from Ostrava: it keeps the place the source names, with no
 * distance (so distance filters leave it out, honestly). Any other job outside the region has none.
 */
function remoteLocation(raw: RawJob, workplace: string | undefined) {
  const city = raw.city === undefined ? undefined : cleanText(raw.city);
  return workplace === 'remote' && city ? { municipality: city.slice(0, 120) } : undefined;
}
