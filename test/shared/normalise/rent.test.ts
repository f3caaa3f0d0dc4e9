import { normaliseRent, parsePriceUnit } from '../../../shared/normalise/rent';

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
