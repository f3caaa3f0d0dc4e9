import { RecordRejectedError } from '../errors';
import { listingId } from '../listing/listing-id';
import { resolveLocation } from '../geo/resolve-location';
import type { ListingDraft } from '../listing/schema';
import { parseListingDraft } from '../listing/validate-listing';
import type { RawRental } from '../sources/raw-rental';
import { parseAreaM2 } from './area';
import { cleanText, htmlToPlainText } from './clean-text';
import { toIsoDate, toIsoInstant } from './dates';
import { normaliseDisposition } from './disposition';
import { normaliseEnergyClass, normaliseFurnished, normaliseYesNo } from './features';
import { czkOrUnknown, parseDeposit, parseFees, parseRentText } from './money';
import { rentalEnglish } from './rental-english';
import { scrubContacts } from './scrub-contacts';

/**
 * One clean English rental from a portal's raw record: every rule in one place, pure. Whatever the
 * source does not state stays absent. Throws RecordRejectedError when the record cannot become a
 * valid listing (no title, no known municipality, a field out of range).
 */
export function normaliseRental(raw: RawRental): Extract<ListingDraft, { kind: 'rental' }> {
  if (raw.shortTerm) throw new RecordRejectedError('a short-term (holiday) rental, not a home', 'shortTerm');
  const location = resolveLocation({ city: raw.city, parts: raw.parts, address: raw.address, lat: raw.lat, lon: raw.lon });
  if (!location) throw new RecordRejectedError('the municipality is unknown or outside the Moravian-Silesian Region', 'location.municipality');
  const title = raw.title === undefined ? undefined : cleanText(raw.title);
  if (!title) throw new RecordRejectedError('the listing has no title', 'title');
  const fromText = parseRentText(raw.priceText);
  const rentCzk = czkOrUnknown(raw.rent) ?? fromText.rentCzk;
  const fees = raw.fees === undefined ? fromText.feesCzk : parseFees(raw.fees);
  const layout = normaliseDisposition(raw.disposition) ?? normaliseDisposition(title);
  const description = scrubbed(htmlToPlainText(raw.description));
  const english = rentalEnglish({ description, descriptionEnglish: htmlToPlainText(raw.descriptionEnglish), titleEnglish: raw.titleEnglish });
  const floor = typeof raw.floor === 'number' ? raw.floor : raw.floor === undefined ? undefined : Number.parseInt(raw.floor, 10);
  const draft = {
    kind: 'rental' as const,
    id: listingId(raw.source, raw.sourceId),
    source: raw.source,
    url: raw.url,
    title,
    description,
    language: english.language,
    englishFriendly: english.englishFriendly,
    englishSignals: english.englishSignals,
    location,
    postedAt: toIsoInstant(raw.postedAt),
    images: (raw.images ?? []).map((url) => (url.startsWith('//') ? `https:${url}` : url)).filter((url) => /^https?:\/\//.test(url)).slice(0, 50),
    rentCzk,
    feesCzk: fees,
    depositCzk: typeof raw.deposit === 'number' ? czkOrUnknown(raw.deposit) : parseDeposit(raw.deposit, rentCzk),
    areaM2: parseAreaM2(raw.area) ?? parseAreaM2(title),
    disposition: layout?.disposition,
    rooms: layout?.rooms,
    propertyType: raw.propertyType ?? layout?.propertyType ?? 'flat',
    furnished: normaliseFurnished(raw.furnished),
    petsAllowed: normaliseYesNo(raw.pets),
    availableFrom: toIsoDate(raw.availableFrom),
    floor: Number.isInteger(floor) ? floor : undefined,
    elevator: normaliseYesNo(raw.elevator),
    balcony: normaliseYesNo(raw.balcony),
    parking: normaliseYesNo(raw.parking),
    energyClass: normaliseEnergyClass(raw.energyClass),
    agency: raw.agency,
  };
  return parseListingDraft(draft) as Extract<ListingDraft, { kind: 'rental' }>;
}

function scrubbed(text: string | undefined): string | undefined {
  const clean = text === undefined ? undefined : scrubContacts(text);
  return clean === '' ? undefined : clean;
}
