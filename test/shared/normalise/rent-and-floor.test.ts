import { cleanText } from '../../../shared/normalise/clean-text';
import { normaliseDisposition } from '../../../shared/normalise/disposition';
import { normaliseFloor } from '../../../shared/normalise/floor';
import { normaliseRental } from '../../../shared/normalise/normalise-rental';
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

describe('normaliseRental placeholders', () => {
  it('reads fees of 1 CZK as unknown and fees of 0 as included', () => {
    const raw = { source: 'ulovdomov', sourceId: '1', url: 'https://www.ulovdomov.cz/inzerat/x/1', title: 'Pronájem bytu 2+kk 50 m²', city: 'Ostrava', parts: ['Poruba'], rent: 15000 };

    expect(normaliseRental({ ...raw, fees: 1 })).toMatchObject({ rentCzk: 15000, feesCzk: undefined });
    expect(normaliseRental({ ...raw, fees: 0 })).toMatchObject({ feesCzk: 0 });
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

describe('normaliseFloor', () => {
  it.each([
    [3, 3],
    [127, undefined],
    [-128, undefined],
    ['přízemí', 0],
    ['přízemí (1. NP = nadzemní podlaží)', 0],
    ['zvýšené přízemí', 0],
    ['2. patro (3. NP)', 2],
    ['4. podlaží z 8', 4],
    ['3. NP', 2],
    ['1. PP', -1],
    ['suterén', -1],
    ['', undefined],
    ['nevím', undefined],
  ])('reads %p as %p', (value, floor) => {
    expect(normaliseFloor(value)).toBe(floor);
  });
});

describe('normaliseDisposition', () => {
  it.each([
    ['DISP_7_KK', '6+', 7],
    ['DISP_10_1', '6+', 10],
    ['8+1', '6+', 8],
    ['DISP_6_KK', '6+kk', 6],
    ['sixAndMore', '6+', 6],
  ])('reads %p as %p', (value, disposition, rooms) => {
    expect(normaliseDisposition(value)).toMatchObject({ disposition, rooms });
  });
});

describe('cleanText', () => {
  it('joins a title that spans lines into one line', () => {
    expect(cleanText('\n<span>pronájem</span>\nbytu 2+kk\t43 m²\n'.replace(/<[^>]+>/g, ''))).toBe('pronájem bytu 2+kk 43 m²');
  });
});
