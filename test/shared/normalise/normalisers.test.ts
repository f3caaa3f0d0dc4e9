import fc from 'fast-check';
import { parseAreaM2 } from '../../../shared/normalise/area';
import { toIsoInstant } from '../../../shared/normalise/dates';
import { normaliseDisposition } from '../../../shared/normalise/disposition';
import { normaliseEnergyClass, normaliseFurnished, normaliseYesNo } from '../../../shared/normalise/features';
import { parseMoney, parseRentText } from '../../../shared/normalise/money';
import { parseDeposit } from '../../../shared/normalise/money-in-text';
import { rentalEnglish } from '../../../shared/normalise/rental-english';
import { scrubContacts } from '../../../shared/normalise/scrub-contacts';
import { DISPOSITION, energyClasses, furnishedStates } from '../../../shared/listing/schema';

describe('rentalEnglish', () => {
  it('is English-friendly with an English description, quoting it', () => {
    const result = rentalEnglish({
      description: 'Pronájem bytu 2+kk v Porubě.',
      descriptionEnglish: 'Bright 2-room flat in Poruba.',
    });

    expect(result.englishFriendly).toBe(true);
    expect(result.englishSignals[0]).toEqual({
      reason: 'the listing has an English description',
      evidence: 'Bright 2-room flat in Poruba.',
    });
  });

  it('is English-friendly when the description is in English', () => {
    const result = rentalEnglish({
      description:
        'Fully furnished one bedroom apartment close to the university, available from December. Utilities included.',
    });

    expect(result).toMatchObject({ language: 'en', englishFriendly: true });
  });

  it('is English-friendly when the landlord speaks English, quoting the sentence', () => {
    const result = rentalEnglish({
      description: 'Pronajmu byt 2+1 v Zábřehu po rekonstrukci. Mluvíme anglicky i německy. Volejte.',
    });

    expect(result.englishSignals).toContainEqual({
      reason: 'the landlord or agency speaks English',
      evidence: 'Mluvíme anglicky i německy.',
      meaning: 'we speak English',
    });
  });

  it('is not English-friendly for a Czech-only listing', () => {
    expect(
      rentalEnglish({
        description: 'Pronajmu pěkný byt 2+1 v Zábřehu po kompletní rekonstrukci, nedaleko zastávky tramvaje.',
      }),
    ).toEqual({
      language: 'cs',
      englishFriendly: false,
      englishSignals: [],
    });
  });
});

describe('normalisers on arbitrary input', () => {
  /** Fails naming the function and the value when a value is neither unknown nor of the shape. */
  const unknownOr = <T>(name: string, value: T | undefined, check: (value: T) => boolean) =>
    expect({ [name]: value === undefined || check(value) ? 'unknown or well-formed' : value }).toEqual({
      [name]: 'unknown or well-formed',
    });
  const wholeCzk = (value: number) => Number.isSafeInteger(value) && value > 0;
  // Text as portals send it, and arbitrary text: both must give a value of the listing's shape or unknown.
  const texts = fc.oneof(
    fc.string(),
    fc.constantFrom('2+kk', 'DISP_12_KK', 'twoPlusKk', 'garsoniéra', 'pokoj'),
    fc.stringMatching(/^(\d{1,3}( \d{3})*|\d+)(,\d{1,2})?(,-)? ?(Kč|CZK|EUR|€|m2|m²)?( \+ poplatky \d+ Kč)?$/),
  );

  it("return only a value of the listing's shape, or unknown", () => {
    fc.assert(
      fc.property(texts, (text) => {
        unknownOr(
          'parseMoney(text)',
          parseMoney(text),
          (m) => Number.isFinite(m.amount) && m.amount > 0 && ['CZK', 'EUR'].includes(m.currency),
        );
        const rent = parseRentText(text);
        unknownOr('rent.rentCzk', rent.rentCzk, wholeCzk);
        unknownOr('rent.feesCzk', rent.feesCzk, (fees) => Number.isSafeInteger(fees) && fees >= 0);
        unknownOr('parseDeposit(text, 10000)', parseDeposit(text, 10000), wholeCzk);
        unknownOr('parseAreaM2(text)', parseAreaM2(text), (area) => Number.isFinite(area) && area > 0);
        unknownOr(
          'normaliseDisposition(text)',
          normaliseDisposition(text),
          (d) =>
            DISPOSITION.test(d.disposition) && (d.rooms === undefined || (Number.isInteger(d.rooms) && d.rooms >= 1)),
        );
        unknownOr('normaliseFurnished(text)', normaliseFurnished(text), (f) =>
          (furnishedStates as readonly string[]).includes(f),
        );
        unknownOr('normaliseYesNo(text)', normaliseYesNo(text), (b) => typeof b === 'boolean');
        unknownOr('normaliseEnergyClass(text)', normaliseEnergyClass(text), (c) =>
          (energyClasses as readonly string[]).includes(c),
        );
        unknownOr('toIsoInstant(text)', toIsoInstant(text), (iso) => new Date(iso).toISOString() === iso);
        const english = rentalEnglish({ description: text, descriptionEnglish: text });
        expect(english.englishFriendly).toBe(english.englishSignals.length > 0);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('scrubContacts', () => {
  it.each([
    ['Byt v Porubě.\nKontakt: Ing. Jana Nováková, tel. 777 123 456', 'Byt v Porubě.'],
    [
      'Volejte +420 777 123 456 nebo pište na jana@example.cz.',
      'Volejte [contact removed] nebo pište na [contact removed].',
    ],
    ['Cena 12 500 Kč, volné od 1.12.2026.', 'Cena 12 500 Kč, volné od 1.12.2026.'],
  ])('scrubs %j', (text, expected) => {
    expect(scrubContacts(text)).toBe(expected);
  });
});
