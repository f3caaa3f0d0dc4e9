import fc from 'fast-check';
import { parseAreaM2 } from '../../../shared/normalise/area';
import { cleanText, htmlToPlainText } from '../../../shared/normalise/clean-text';
import { toIsoDate, toIsoInstant } from '../../../shared/normalise/dates';
import { normaliseDisposition } from '../../../shared/normalise/disposition';
import { normaliseEnergyClass, normaliseFurnished, normaliseYesNo } from '../../../shared/normalise/features';
import { czkOrUnknown, parseDeposit, parseFees, parseMoney, parseRentText } from '../../../shared/normalise/money';
import { rentalEnglish } from '../../../shared/normalise/rental-english';
import { scrubContacts } from '../../../shared/normalise/scrub-contacts';
import { DISPOSITION, energyClasses, furnishedStates } from '../../../shared/listing/schema';

describe('parseMoney', () => {
  it.each([
    ['12 500 Kč/měsíc', 12500],
    ['12\u00a0500\u00a0Kč', 12500],
    ['12\u200d500 Kč', 12500],
    ['12.500,- Kč', 12500],
    ['15 000 CZK', 15000],
    ['Cena: 9 900 Kč za měsíc', 9900],
  ])('reads %j as %d CZK', (text, amount) => {
    expect(parseMoney(text)).toEqual({ amount, currency: 'CZK' });
  });

  it.each(['Info v RK', 'cena dohodou', 'Cena na dotaz', '0 Kč', '', 'Konkurenční plat'])('returns undefined for %j', (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });

  it('reads euros as euros', () => {
    expect(parseMoney('450 €')).toEqual({ amount: 450, currency: 'EUR' });
  });

  it.each([
    'Info v RK (orientačně 15 000 Kč)',
    'Cena dohodou, od 12 000 Kč',
    'Cena na dotaz, 9 000 Kč',
    'v RK, 12 000 Kč',
    'Cena neuvedena, 0 Kč',
    'Cena na vyžádání (10 000 Kč)',
    'Mzda: konkurenční, 40 000 Kč',
    'Price on request (about 20 000 CZK)',
    'Negotiable, 18 000 CZK',
  ])('keeps the price unknown when the text says there is none, whatever amount it names: %j', (text) => {
    expect(parseMoney(text)).toBeUndefined();
  });

  it.each([
    ['12 500,50 Kč', 12500.5],
    ['1.250.000 Kč', 1250000],
    ['9500,- Kč', 9500],
  ])('reads %j as %d CZK', (text, amount) => {
    expect(parseMoney(text)).toEqual({ amount, currency: 'CZK' });
  });
});

describe('parseFees', () => {
  it.each<[number | string | undefined, number | undefined]>([
    [3500, 3500],
    [3500.4, 3500],
    [0, 0],
    [-1, undefined],
    [Number.NaN, undefined],
    ['3 500 Kč', 3500],
    ['v ceně', 0],
    ['Včetně', 0],
    ['zahrnuto v nájmu', 0],
    ['included', 0],
    ['dohodou', undefined],
    [undefined, undefined],
  ])('reads %j as %j', (value, expected) => {
    expect(parseFees(value)).toBe(expected);
  });
});

describe('parseRentText', () => {
  it.each([
    ['12 500 Kč/měsíc + 3 000 Kč poplatky', { rentCzk: 12500, feesCzk: 3000 }],
    ['12 500 Kč + 2 500 Kč služby a energie', { rentCzk: 12500, feesCzk: 2500 }],
    ['15 000 Kč včetně poplatků', { rentCzk: 15000, feesCzk: 0, feesIncluded: true }],
    ['14 000 Kč/měsíc', { rentCzk: 14000 }],
    ['Info v RK', { rentCzk: undefined }],
    ['12 000 Kč + poplatky 3 500 Kč', { rentCzk: 12000, feesCzk: 3500 }],
    ['12 000 Kč +energie 2 000 Kč', { rentCzk: 12000, feesCzk: 2000 }],
    ['12 000 Kč+3 000 Kč poplatky', { rentCzk: 12000, feesCzk: 3000 }],
    ['12 000 Kč + 3 000 Kčpoplatky', { rentCzk: 12000, feesCzk: 3000 }],
    ['13 000 Kč vč.energií', { rentCzk: 13000, feesCzk: 0, feesIncluded: true }],
    ['450 € + 100 € poplatky', { rentCzk: undefined }],
    ['0,40 Kč', { rentCzk: undefined }],
  ])('reads %j', (text, expected) => {
    expect(parseRentText(text)).toEqual(expected);
  });
});

describe('parseDeposit and czkOrUnknown', () => {
  it.each([
    ['vratná kauce 30 000 Kč', undefined, 30000],
    ['Kauce: 2 nájmy', 12000, 24000],
    ['jistina dohodou', 12000, undefined],
    ['kauce 2 měsíce', 12000, 24000],
    ['kauce ve výši 3 měsíců', 10000, 30000],
    ['kauce 2nájmy', 11000, 22000],
    ['kauce 2 nájmy, tj. 25 000 Kč', 12000, 25000],
    ['kauce 2 nájmy', undefined, undefined],
  ])('reads %j', (text, rent, expected) => {
    expect(parseDeposit(text, rent)).toBe(expected);
  });

  // Less than half a crown rounds to 0: no amount, so unknown (a rent or deposit is never 0).
  it.each([[0, undefined], [12000.4, 12000], [NaN, undefined], ['350 EUR', undefined], [null, undefined], [0.4, undefined], ['0,30 Kč', undefined], ['0,5 Kč', 1]])('turns %j into %j', (value, expected) => {
    expect(czkOrUnknown(value as never)).toBe(expected);
  });
});

describe('parseAreaM2', () => {
  it.each([['52 m²', 52], ['52m2', 52], ['52,5 m2', 52.5], ['Užitná plocha 1 250 m²', 1250], [68, 68], ['velký byt', undefined], [0, undefined], ['3 m²', undefined]])('reads %j as %j', (value, expected) => {
    expect(parseAreaM2(value)).toBe(expected);
  });
});

describe('normaliseDisposition', () => {
  it.each([
    ['2+kk', '2+kk', 2],
    ['Pronájem bytu 3 + KK 74 m²', '3+kk', 3],
    ['3+1', '3+1', 3],
    ['DISP_2_KK', '2+kk', 2],
    ['DISP_1_1', '1+1', 1],
    ['twoPlusKk', '2+kk', 2],
    ['onePlusOne', '1+1', 1],
    ['sixAndMore', '6+', 6],
    ['7+1', '6+', 7],
    ['Garsoniéra', '1+kk', 1],
    ['atypický', 'atypical', undefined],
    ['Pokoj', 'room', 1],
    ['ROOM', 'room', 1],
  ])('reads %j as %s', (value, disposition, rooms) => {
    expect(normaliseDisposition(value)).toMatchObject(rooms === undefined ? { disposition } : { disposition, rooms });
  });

  it.each(['', 'byt', 'dům', undefined])('returns undefined for %j', (value) => {
    expect(normaliseDisposition(value)).toBeUndefined();
  });
});

describe('features', () => {
  it.each([
    ['VYBAVENY', 'yes'], ['CASTECNE', 'partly'], ['NEVYBAVENY', 'no'], ['NOT_EQUIPPED', 'no'], ['Částečně vybavený', 'partly'],
    ['zařízený', 'yes'], [1, 'yes'], [2, 'no'], [3, 'partly'], ['nevím', undefined],
  ])('furnished %j is %j', (value, expected) => {
    expect(normaliseFurnished(value)).toBe(expected);
  });

  it.each([[true, true], ['ano', true], ['Ne', false], [1, true], [0, false], ['možná', undefined]])('yes/no %j is %j', (value, expected) => {
    expect(normaliseYesNo(value)).toBe(expected);
  });

  it.each([['G', 'G'], ['Třída G - Mimořádně nehospodárná', 'G'], ['PENB: B', 'B'], ['penb_c', 'C'], ['neuvedeno', undefined]])('energy class %j is %j', (value, expected) => {
    expect(normaliseEnergyClass(value)).toBe(expected);
  });
});

describe('dates', () => {
  it.each([[1732435200, '2024-11-24T08:00:00.000Z'], ['2026-11-01T10:00:00+01:00', '2026-11-01T09:00:00.000Z'], ['24.11.2026', '2026-11-24T00:00:00.000Z'], ['ihned', undefined], [0, undefined], ['0', undefined], ['12', undefined], ['Nov 5', undefined], ['Mon, 30 Nov 2026 10:00:00 GMT', '2026-11-30T10:00:00.000Z']])('toIsoInstant(%j) is %j', (value, expected) => {
    expect(toIsoInstant(value)).toBe(expected);
  });

  it('gives a date for availableFrom', () => {
    expect(toIsoDate('1.12.2026')).toBe('2026-12-01');
  });
});

describe('cleanText and htmlToPlainText', () => {
  it('removes zero-width and no-break characters', () => {
    expect(cleanText('12\u200d500\u00a0Kč  ')).toBe('12500 Kč');
  });

  it('keeps paragraphs and drops tags, scripts and link targets', () => {
    expect(htmlToPlainText('<p>Světlý byt<br>u parku.</p><script>alert(1)</script><p><a href="https://x">Více</a></p>')).toBe('Světlý byt\nu parku.\n\nVíce');
  });

  it('never returns text that looks like markup', () => {
    fc.assert(
      fc.property(fc.string(), (html) => {
        const text = htmlToPlainText(html);
        expect(text === undefined || !/<\/?[a-z][^>]*>/i.test(text)).toBe(true);
      }),
    );
  });
});

describe('rentalEnglish', () => {
  it('is English-friendly with an English description, quoting it', () => {
    const result = rentalEnglish({ description: 'Pronájem bytu 2+kk v Porubě.', descriptionEnglish: 'Bright 2-room flat in Poruba.' });

    expect(result.englishFriendly).toBe(true);
    expect(result.englishSignals[0]).toEqual({ reason: 'the listing has an English description', evidence: 'Bright 2-room flat in Poruba.' });
  });

  it('is English-friendly when the description is in English', () => {
    const result = rentalEnglish({ description: 'Fully furnished one bedroom apartment close to the university, available from December. Utilities included.' });

    expect(result).toMatchObject({ language: 'en', englishFriendly: true });
  });

  it('is English-friendly when the landlord speaks English, quoting the sentence', () => {
    const result = rentalEnglish({ description: 'Pronajmu byt 2+1 v Zábřehu po rekonstrukci. Mluvíme anglicky i německy. Volejte.' });

    expect(result.englishSignals).toContainEqual({ reason: 'the landlord or agency speaks English', evidence: 'Mluvíme anglicky i německy.', meaning: 'we speak English' });
  });

  it('is not English-friendly for a Czech-only listing', () => {
    expect(rentalEnglish({ description: 'Pronajmu pěkný byt 2+1 v Zábřehu po kompletní rekonstrukci, nedaleko zastávky tramvaje.' })).toEqual({
      language: 'cs',
      englishFriendly: false,
      englishSignals: [],
    });
  });
});

describe('normalisers on arbitrary input', () => {
  /** Fails naming the function and the value when a value is neither unknown nor of the shape. */
  const unknownOr = <T>(name: string, value: T | undefined, check: (value: T) => boolean) => expect({ [name]: value === undefined || check(value) ? 'unknown or well-formed' : value }).toEqual({ [name]: 'unknown or well-formed' });
  const wholeCzk = (value: number) => Number.isSafeInteger(value) && value > 0;
  // Text as portals send it, and arbitrary text: both must give a value of the listing's shape or unknown.
  const texts = fc.oneof(fc.string(), fc.constantFrom('2+kk', 'DISP_12_KK', 'twoPlusKk', 'garsoniéra', 'pokoj'), fc.stringMatching(/^(\d{1,3}( \d{3})*|\d+)(,\d{1,2})?(,-)? ?(Kč|CZK|EUR|€|m2|m²)?( \+ poplatky \d+ Kč)?$/));

  it('return only a value of the listing\'s shape, or unknown', () => {
    fc.assert(
      fc.property(texts, (text) => {
        unknownOr('parseMoney(text)', parseMoney(text), (m) => Number.isFinite(m.amount) && m.amount > 0 && ['CZK', 'EUR'].includes(m.currency));
        const rent = parseRentText(text);
        unknownOr('rent.rentCzk', rent.rentCzk, wholeCzk);
        unknownOr('rent.feesCzk', rent.feesCzk, (fees) => Number.isSafeInteger(fees) && fees >= 0);
        unknownOr('parseDeposit(text, 10000)', parseDeposit(text, 10000), wholeCzk);
        unknownOr('parseAreaM2(text)', parseAreaM2(text), (area) => Number.isFinite(area) && area > 0);
        unknownOr('normaliseDisposition(text)', normaliseDisposition(text), (d) => DISPOSITION.test(d.disposition) && (d.rooms === undefined || (Number.isInteger(d.rooms) && d.rooms >= 1)));
        unknownOr('normaliseFurnished(text)', normaliseFurnished(text), (f) => (furnishedStates as readonly string[]).includes(f));
        unknownOr('normaliseYesNo(text)', normaliseYesNo(text), (b) => typeof b === 'boolean');
        unknownOr('normaliseEnergyClass(text)', normaliseEnergyClass(text), (c) => (energyClasses as readonly string[]).includes(c));
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
    ['Volejte +420 777 123 456 nebo pište na jana@example.cz.', 'Volejte [contact removed] nebo pište na [contact removed].'],
    ['Cena 12 500 Kč, volné od 1.12.2026.', 'Cena 12 500 Kč, volné od 1.12.2026.'],
  ])('scrubs %j', (text, expected) => {
    expect(scrubContacts(text)).toBe(expected);
  });
});
