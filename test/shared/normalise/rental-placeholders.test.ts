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
