import { CatalogueWarnings, FAR_BELOW_MEDIAN, MIN_MEDIAN_SAMPLE } from '../../../shared/catalogue/catalogue-warnings';
import type { Listing } from '../../../shared/listing/schema';
import { rentalDraft } from '../../support/listing-drafts';

const T = '2026-11-01T08:00:00.000Z';
type RentalDraft = Parameters<typeof rentalDraft>[1];
const stored = (n: number, overrides: RentalDraft = {}) =>
  ({
    ...rentalDraft(n, {
      disposition: '2+kk',
      location: { municipality: 'Ostrava', district: 'Poruba' },
      images: [`https://d18-a.sdn.cz/photo-${n}.jpeg`],
      ...overrides,
    }),
    status: 'active',
    firstSeenAt: T,
    lastSeenAt: T,
    contentHash: 'a'.repeat(64),
  }) as Listing;

function warningsOf(listings: Listing[]) {
  const warnings = new CatalogueWarnings();
  for (const listing of listings) warnings.add(listing);
  return warnings.finish();
}

describe('CatalogueWarnings: rent far below the median', () => {
  const neighbours = [12_000, 13_000, 13_500, 14_000, 15_000].map((rentCzk, n) => stored(n, { rentCzk }));

  it(`flags a rent under ${FAR_BELOW_MEDIAN * 100} % of the median of its layout in its district, with the figures`, () => {
    const found = warningsOf([...neighbours, stored(9, { rentCzk: 6_000 })]);

    expect([...found.keys()]).toEqual(['sreality:1009']);
    expect(found.get('sreality:1009')).toEqual([
      {
        sign: 'rent-far-below-median',
        reason: expect.stringContaining(
          'Rent 6,000 CZK/month is 55 % below the median of 13,250 CZK/month for 2+kk flats in Poruba (6 listings)',
        ),
      },
    ]);
  });

  it('does not flag a rent just above the threshold', () => {
    expect(warningsOf([...neighbours, stored(9, { rentCzk: 8_000 })]).size).toBe(0);
  });

  it('does not flag a cheap rent of another layout or another district', () => {
    expect(warningsOf([...neighbours, stored(9, { rentCzk: 6_000, disposition: '1+kk' })]).size).toBe(0);
    expect(
      warningsOf([
        ...neighbours,
        stored(9, { rentCzk: 6_000, location: { municipality: 'Ostrava', district: 'Zábřeh' } }),
      ]).size,
    ).toBe(0);
  });

  it(`says nothing with fewer than ${MIN_MEDIAN_SAMPLE} rents to compare`, () => {
    expect(warningsOf([...neighbours.slice(0, MIN_MEDIAN_SAMPLE - 2), stored(9, { rentCzk: 3_000 })]).size).toBe(0);
  });
});

describe('CatalogueWarnings: the same photo at another address', () => {
  const shared = 'https://d18-a.sdn.cz/d_18/same.jpeg';

  it('flags both listings that use one photo URL at addresses far apart, naming the other', () => {
    const found = warningsOf([
      stored(1, {
        images: [shared],
        location: { municipality: 'Ostrava', district: 'Poruba', lat: 49.83, lon: 18.17 },
      }),
      stored(2, {
        images: ['https://d18-a.sdn.cz/other.jpeg', shared],
        location: { municipality: 'Ostrava', district: 'Zábřeh', lat: 49.79, lon: 18.25 },
      }),
    ]);

    expect(found.get('sreality:1001')).toEqual([
      { sign: 'photo-at-another-address', reason: expect.stringContaining('sreality:1002 (Zábřeh, Ostrava)') },
    ]);
    expect(found.get('sreality:1002')).toEqual([
      { sign: 'photo-at-another-address', reason: expect.stringContaining('sreality:1001') },
    ]);
  });

  it('does not flag one photo used twice at the same building (two adverts of one flat)', () => {
    const found = warningsOf([
      stored(1, {
        images: [shared],
        location: { municipality: 'Ostrava', district: 'Poruba', lat: 49.8301, lon: 18.1701 },
      }),
      stored(2, {
        images: [shared],
        location: { municipality: 'Ostrava', district: 'Poruba', lat: 49.8302, lon: 18.1703 },
      }),
    ]);

    expect(found.size).toBe(0);
  });

  it('compares addresses, then districts, when there are no coordinates', () => {
    expect(
      warningsOf([
        stored(1, { images: [shared], location: { municipality: 'Ostrava', address: 'Hlavní třída 5' } }),
        stored(2, { images: [shared], location: { municipality: 'Ostrava', address: 'Hlavní třída 5' } }),
      ]).size,
    ).toBe(0);
    expect(
      warningsOf([
        stored(1, { images: [shared], location: { municipality: 'Ostrava', district: 'Poruba' } }),
        stored(2, { images: [shared], location: { municipality: 'Ostrava', district: 'Vítkovice' } }),
      ]).size,
    ).toBe(2);
  });
});
