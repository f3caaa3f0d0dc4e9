import { getServedListing } from '../../../shared/api/get-listing';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { publishedCatalogue } from '../../support/catalogue-query';
import { rentalDraft } from '../../support/listing-drafts';

const T0 = new Date('2026-11-01T08:00:00.000Z');
const NOW = new Date('2026-11-02T08:00:00.000Z');
const building = {
  municipality: 'Ostrava',
  district: 'Poruba',
  address: 'Hlavní třída 1234/56, Ostrava - Poruba',
  lat: 49.8316,
  lon: 18.1676,
};
const flat = { disposition: '2+kk', areaM2: 52, rentCzk: 13_000, feesCzk: 2_500, floor: 3, location: building };

describe('the catalogue of rentals with the same flat on several portals', () => {
  const store = new MemoryListingStore();

  beforeAll(async () => {
    await store.upsertChanged(
      [
        rentalDraft(1, { ...flat, postedAt: '2026-10-01T00:00:00.000Z' }),
        rentalDraft(2, {
          ...flat,
          id: 'bezrealitky:900001',
          source: 'bezrealitky',
          url: 'https://www.bezrealitky.cz/nemovitosti-byty-domy/900001-nabidka-pronajem-bytu',
          areaM2: 51,
          location: { ...building, lat: 49.83162, lon: 18.16765 },
        }),
        rentalDraft(3, {
          ...flat,
          id: 'idnes:65a1b2c3',
          source: 'idnes',
          url: 'https://reality.idnes.cz/detail/pronajem/byt/ostrava/65a1b2c3/',
          floor: 4,
        }),
      ],
      T0,
    );
  });

  it('lists the flat once, naming its other source, and the look-alike on another floor on its own card', async () => {
    const catalogue = await publishedCatalogue(store, 'rental');

    const page = catalogue.query({ kind: 'rental', sort: 'newest', filters: {}, limit: 10, now: NOW });

    expect(page.items.map((card) => [card.id, card.kind === 'rental' ? card.alsoOn : undefined])).toEqual([
      ['idnes:65a1b2c3', undefined],
      [
        'sreality:1001',
        [
          {
            id: 'bezrealitky:900001',
            source: 'bezrealitky',
            url: 'https://www.bezrealitky.cz/nemovitosti-byty-domy/900001-nabidka-pronajem-bytu',
          },
        ],
      ],
    ]);
  });

  it('still lists the merged listing when its own source is asked for', async () => {
    const catalogue = await publishedCatalogue(store, 'rental');

    const page = catalogue.query({
      kind: 'rental',
      sort: 'newest',
      filters: { source: 'bezrealitky' },
      limit: 10,
      now: NOW,
    });

    expect(page.items.map((card) => [card.id, card.kind === 'rental' ? card.duplicateOf : undefined])).toEqual([
      ['bezrealitky:900001', 'sreality:1001'],
    ]);
  });

  it("keeps every source's listing addressable", async () => {
    for (const id of ['sreality:1001', 'bezrealitky:900001', 'idnes:65a1b2c3'])
      expect((await getServedListing(store, id, NOW)).id).toBe(id);
  });
});
