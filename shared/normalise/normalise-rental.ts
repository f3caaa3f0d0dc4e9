import { RecordRejectedError } from '../errors';
import { listingId } from '../listing/listing-id';
import { resolveLocation } from '../geo/resolve-location';
import type { ListingDraft } from '../listing/schema';
import { parseListingDraft } from '../listing/validate-listing';
import type { RawRental } from '../sources/raw-rental';
import { parseAreaM2 } from './area';
import { htmlToPlainText, plainLine } from './clean-text';
import { toIsoDate, toIsoInstant } from './dates';
import { normaliseDisposition } from './disposition';
import { rentalTitleEnglish } from './english-title';
import { normaliseEnergyClass, normaliseFurnished, normaliseYesNo } from './features';
import { normaliseFloor } from './floor';
import { parseFees, parseRentText } from './money';
import { MIN_DEPOSIT_CZK, moneyInText, parseDeposit, type TextMoney } from './money-in-text';
import { isEnergyExtra } from './energy-extra';
import { DEFAULT_RENT_OPTIONS, normaliseRent, parseCurrency, parsePriceUnit, toCzk, type RentOptions } from './rent';
import { rentalEnglish } from './rental-english';
import { scrubContacts } from './scrub-contacts';

/**
 * One clean English rental from a portal's raw record: every rule in one place, pure. Whatever the
 * source does not state stays absent. Throws RecordRejectedError when the record is not a rental to
 * let (a sale, a withdrawn advert, a holiday let) or cannot become a valid listing (no title, no
 * known municipality, a field out of range). Amounts in euros are converted at `options.eurCzk`.
 */
export function normaliseRental(
  raw: RawRental,
  options: RentOptions = DEFAULT_RENT_OPTIONS,
): Extract<ListingDraft, { kind: 'rental' }> {
  if (raw.offerType === 'sale') throw new RecordRejectedError('a sale, not a rental', 'offerType');
  if (raw.offerType === 'other')
    throw new RecordRejectedError('neither a rental nor a sale (an auction or a project)', 'offerType');
  if (raw.inactive) throw new RecordRejectedError('the advert is withdrawn (inactive)', 'inactive');
  if (parsePriceUnitIsWhole(raw.priceUnit))
    throw new RecordRejectedError('priced for the whole property: a sale, not a rental', 'priceUnit');
  if (raw.shortTerm) throw new RecordRejectedError('a short-term (holiday) rental, not a home', 'shortTerm');
  const location = resolveLocation({
    city: raw.city,
    parts: raw.parts,
    address: raw.address,
    lat: raw.lat,
    lon: raw.lon,
  });
  if (!location)
    throw new RecordRejectedError(
      'the municipality is unknown or outside the Moravian-Silesian Region',
      'location.municipality',
    );
  // Some sources send a title with tags or entities, as their descriptions.
  const title = plainLine(raw.title);
  if (!title) throw new RecordRejectedError('the listing has no title', 'title');
  const fromText = parseRentText(raw.priceText);
  const areaM2 = parseAreaM2(raw.area) ?? parseAreaM2(title);
  const currency = parseCurrency(raw.currency);
  // The price line's rent part carries its own unit and currency ("250 Kč/m²/měsíc", "600 €/měsíc").
  const rentCzk = normaliseRent(
    raw.rent !== undefined
      ? { rent: raw.rent, currency: raw.currency, priceUnit: raw.priceUnit, areaM2 }
      : { rent: raw.priceText?.split('+')[0], areaM2 },
    options,
  );
  const fees =
    typeof raw.fees === 'number'
      ? toCzk(raw.fees, currency, options)
      : raw.fees === undefined
        ? fromText.feesCzk
        : parseFees(raw.fees);
  const deposit =
    typeof raw.deposit === 'number' ? toCzk(raw.deposit, currency, options) : parseDeposit(raw.deposit, rentCzk);
  const layout = normaliseDisposition(raw.disposition) ?? normaliseDisposition(title);
  const description = scrubbed(htmlToPlainText(raw.description));
  const english = rentalEnglish({
    description,
    descriptionEnglish: htmlToPlainText(raw.descriptionEnglish),
    titleEnglish: raw.titleEnglish,
  });
  const propertyType = raw.propertyType ?? layout?.propertyType ?? 'flat';
  // 0 means "included in the rent"; 1–99 CZK a month is a placeholder, like a 1 CZK rent.
  const statedFees = fees !== undefined && fees > 0 && fees < 100 ? undefined : fees;
  const statedDeposit = deposit !== undefined && deposit >= MIN_DEPOSIT_CZK ? deposit : undefined;
  // What only the description states fills what the fields leave unknown, with its evidence.
  const text = onlyInText(moneyInText(description, rentCzk), { feesCzk: statedFees, depositCzk: statedDeposit });
  // An owner letting directly has no agency to pay: the source's "private" is a known 0 (bezrealitky lists only owners).
  const commissionCzk = text.commissionCzk ?? (raw.agency === 'private' ? 0 : undefined);
  const money = {
    rentCzk,
    feesCzk: statedFees ?? text.feesCzk,
    depositCzk: statedDeposit ?? text.depositCzk,
    commissionCzk,
  };
  // "Včetně poplatků + energie": service charges included, energy still on top.
  const energyExtra = isEnergyExtra(raw.priceText, description) ? true : undefined;
  const draft = {
    kind: 'rental' as const,
    id: listingId(raw.source, raw.sourceId),
    source: raw.source,
    url: raw.url,
    title,
    titleEnglish: rentalTitleEnglish({ title, propertyType, disposition: layout?.disposition, areaM2, location }),
    description,
    descriptionEnglish: english.descriptionEnglish,
    language: english.language,
    englishFriendly: english.englishFriendly,
    englishSignals: english.englishSignals,
    location,
    postedAt: toIsoInstant(raw.postedAt),
    images: (raw.images ?? [])
      .map((url) => (url.startsWith('//') ? `https:${url}` : url))
      .filter((url) => /^https?:\/\//.test(url))
      .slice(0, 50),
    ...money,
    moneyFromText: text.evidence.length > 0 ? text.evidence : undefined,
    energyExtra,
    areaM2,
    disposition: layout?.disposition,
    rooms: layout?.rooms,
    propertyType,
    furnished: normaliseFurnished(raw.furnished),
    petsAllowed: normaliseYesNo(raw.pets),
    availableFrom: toIsoDate(raw.availableFrom),
    floor: normaliseFloor(raw.floor),
    elevator: normaliseYesNo(raw.elevator),
    balcony: normaliseYesNo(raw.balcony),
    parking: normaliseYesNo(raw.parking),
    energyClass: normaliseEnergyClass(raw.energyClass),
    agency: raw.agency,
  };
  return parseListingDraft(draft) as Extract<ListingDraft, { kind: 'rental' }>;
}

/** The money read from text for the fields the source left unknown, with only that evidence. */
function onlyInText(text: TextMoney, stated: { feesCzk?: number; depositCzk?: number }): TextMoney {
  const evidence = text.evidence.filter((e) => e.field === 'commissionCzk' || stated[e.field] === undefined);
  const has = (field: TextMoney['evidence'][number]['field']) => evidence.some((e) => e.field === field);
  return {
    evidence,
    feesCzk: has('feesCzk') ? text.feesCzk : undefined,
    depositCzk: has('depositCzk') ? text.depositCzk : undefined,
    commissionCzk: text.commissionCzk,
  };
}

function parsePriceUnitIsWhole(unit: string | undefined): boolean {
  return unit !== undefined && parsePriceUnit(unit) === 'whole';
}

function scrubbed(text: string | undefined): string | undefined {
  const clean = text === undefined ? undefined : scrubContacts(text);
  return clean === '' ? undefined : clean;
}
