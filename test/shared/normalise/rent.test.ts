import {
  normaliseRent,
  parseCurrency,
  parsePriceUnit,
  PLAUSIBLE_RENT_CZK,
  toCzk,
} from '../../../shared/normalise/rent';

describe('normaliseRent', () => {
  it.each([
    ['a monthly rent', { rent: 15000, priceUnit: 'za měsíc' }, 15000],
    ['a price per m² a month times the area', { rent: 250, priceUnit: 'za m²/měsíc', areaM2: 60 }, 15000],
    ['a price per m² a month without an area', { rent: 250, priceUnit: 'za m²/měsíc' }, undefined],
    ['a yearly rent, divided by 12', { rent: 180000, priceUnit: 'za rok' }, 15000],
    ['a price per day (a short stay)', { rent: 900, priceUnit: 'za den' }, undefined],
    ['ulovdomov perDay', { rent: 900, priceUnit: 'perDay' }, undefined],
    ['a price for the whole property (a sale)', { rent: 3990000, priceUnit: 'za nemovitost' }, undefined],
    ['euros at the configured rate', { rent: 600, currency: 'EUR' }, 15000],
    ['a currency it does not know', { rent: 600, currency: 'USD' }, undefined],
    ['a 1 CZK placeholder', { rent: 1, currency: 'CZK' }, undefined],
    ['0 (price on request)', { rent: 0 }, undefined],
    ['a sale price in the rent field', { rent: 4500000 }, undefined],
    ['a price text with its unit', { rent: '250 Kč/m²/měsíc', areaM2: 48 }, 12000],
    ['a price text with dots and a decimal comma', { rent: '15.000,00 Kč/měsíc' }, 15000],
    ['a price text in euros', { rent: '600 €/měsíc' }, 15000],
    ['"Cena na vyžádání"', { rent: 'Cena na vyžádání' }, undefined],
  ])('reads %s', (_, input, expected) => {
    expect(normaliseRent(input, { eurCzk: 25 })).toBe(expected);
  });

  it('leaves euros unknown when no rate is configured', () => {
    expect(normaliseRent({ rent: 600, currency: 'EUR' }, { eurCzk: undefined })).toBeUndefined();
  });
});

describe('parsePriceUnit', () => {
  it.each([
    [undefined, 'month'],
    ['za měsíc', 'month'],
    ['perMonth', 'month'],
    ['za m²/měsíc', 'm2-month'],
    ['za m2/rok', 'm2-year'],
    ['za den', 'day'],
    ['za nemovitost', 'whole'],
    ['za kus', 'unknown'],
  ])('reads %p as %p', (text, unit) => {
    expect(parsePriceUnit(text)).toBe(unit);
  });
});

describe('parsePriceUnit as portals write it', () => {
  it.each([
    ['', 'month'],
    ['  ', 'month'],
    ['Kč/měsíc', 'month'],
    ['měsíčně', 'month'],
    ['per month', 'month'],
    ['Kč/m²/měsíc', 'm2-month'],
    ['za metr čtvereční a měsíc', 'm2-month'],
    ['per sq m per month', 'm2-month'],
    ['per m / month', 'm2-month'],
    ['perM2Month', 'm2-month'],
    ['za m²/rok', 'm2-year'],
    ['za rok', 'year'],
    ['ročně', 'year'],
    ['annual', 'year'],
    ['perYear', 'year'],
    ['za noc', 'day'],
    ['per night', 'day'],
    ['daily', 'day'],
    ['perDay', 'day'],
    ['za celek', 'whole'],
    ['za vše', 'whole'],
    ['total', 'whole'],
    ['for the whole property', 'whole'],
  ])('reads %p as %p', (text, unit) => {
    expect(parsePriceUnit(text)).toBe(unit);
  });
});

describe('parseCurrency', () => {
  it.each([
    [undefined, 'CZK'],
    ['', 'CZK'],
    [' ', 'CZK'],
    ['Kč', 'CZK'],
    ['CZK', 'CZK'],
    ['kc.', 'CZK'],
    ['korun', 'CZK'],
    ['EUR', 'EUR'],
    ['€', 'EUR'],
    ['USD', undefined],
    ['GBP (about 30 000 CZK)', undefined],
    ['USD, or EUR', undefined],
  ])('reads %p as %p', (text, currency) => {
    expect(parseCurrency(text)).toBe(currency);
  });
});

describe('toCzk', () => {
  it.each<[number | undefined, 'CZK' | 'EUR' | undefined, number | undefined]>([
    // A stated 0 stays 0 (fees "in the rent"); only a negative or unreadable amount is unknown.
    [0, 'CZK', 0],
    [3500.4, 'CZK', 3500],
    [-1, 'CZK', undefined],
    [Number.NaN, 'CZK', undefined],
    [Number.POSITIVE_INFINITY, 'CZK', undefined],
    [undefined, 'CZK', undefined],
    [100, undefined, undefined],
    [120.5, 'EUR', 3013],
  ])('turns %p %p into %p CZK', (amount, currency, czk) => {
    expect(toCzk(amount, currency)).toBe(czk);
  });

  it('uses the configured rate, and leaves euros unknown without one', () => {
    expect(toCzk(100, 'EUR', { eurCzk: 24.3 })).toBe(2430);
    expect(toCzk(100, 'EUR', { eurCzk: undefined })).toBeUndefined();
  });
});

describe('normaliseRent at the bounds of a plausible rent', () => {
  it.each([
    [PLAUSIBLE_RENT_CZK.min, PLAUSIBLE_RENT_CZK.min],
    [PLAUSIBLE_RENT_CZK.min - 1, undefined],
    [PLAUSIBLE_RENT_CZK.max, PLAUSIBLE_RENT_CZK.max],
    [PLAUSIBLE_RENT_CZK.max + 1, undefined],
  ])('reads %p CZK a month as %p', (rent, expected) => {
    expect(normaliseRent({ rent })).toBe(expected);
  });

  it.each([
    ['a yearly price per m² times the area, divided by 12', { rent: 1200, priceUnit: 'za m²/rok', areaM2: 50 }, 5000],
    ['a yearly price per m² without an area', { rent: 1200, priceUnit: 'za m²/rok' }, undefined],
    ['a price per m² a month, rounded', { rent: 245.5, priceUnit: 'za m²/měsíc', areaM2: 51 }, 12521],
    ['a yearly rent, rounded', { rent: 100000, priceUnit: 'za rok' }, 8333],
    ['a price text with "za"', { rent: '15 000 Kč za měsíc' }, 15000],
    ['a price text with "per"', { rent: '600 EUR per month' }, 15000],
    ['a price text per m² with spaces around the slashes', { rent: '250 Kč / m² / měsíc', areaM2: 48 }, 12000],
    ['a price text per night', { rent: '1 200 Kč/noc' }, undefined],
    ['a price text in a currency it does not know', { rent: '600 USD' }, undefined],
    ['a price text with no amount', { rent: 'dohodou' }, undefined],
    ['a negative figure', { rent: -15000 }, undefined],
    ['a number with the unit as a field', { rent: 15000, priceUnit: 'Kč/měsíc', currency: 'Kč' }, 15000],
  ])('reads %s', (_, input, expected) => {
    expect(normaliseRent(input)).toBe(expected);
  });
});
