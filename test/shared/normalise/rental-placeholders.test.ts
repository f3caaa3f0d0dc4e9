import { cleanText } from '../../../shared/normalise/clean-text';
import { normaliseRental } from '../../../shared/normalise/normalise-rental';

describe('normaliseRental placeholders', () => {
  it('reads fees of 1 CZK as unknown and fees of 0 as included', () => {
    const raw = {
      source: 'ulovdomov',
      sourceId: '1',
      url: 'https://www.ulovdomov.cz/inzerat/x/1',
      title: 'Pronájem bytu 2+kk 50 m²',
      city: 'Ostrava',
      parts: ['Poruba'],
      rent: 15000,
    };

    expect(normaliseRental({ ...raw, fees: 1 })).toMatchObject({ rentCzk: 15000, feesCzk: undefined });
    expect(normaliseRental({ ...raw, fees: 0 })).toMatchObject({ feesCzk: 0 });
  });
});

describe('cleanText', () => {
  it('joins a title that spans lines into one line', () => {
    expect(cleanText('\n<span>pronájem</span>\nbytu 2+kk\t43 m²\n'.replace(/<[^>]+>/g, ''))).toBe(
      'pronájem bytu 2+kk 43 m²',
    );
  });
});
