import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { BlockedError, ParseError } from '../../../shared/errors';
import { distanceKm } from '../../../shared/geo/distance';
import { runSource } from '../../../shared/scrape/run-source';
import { regionBounds, ulovdomovAdapter } from '../../../shared/sources/ulovdomov/adapter';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/ulovdomov', file), 'utf8');
const [flats] = ulovdomovAdapter.startRequests({ radiusKm: 35 });

describe('ulovdomovAdapter', () => {
  it('posts a find request for rentals with a box that holds the whole region circle', () => {
    const body = JSON.parse(flats!.body!);
    const { northEast, southWest } = regionBounds({ radiusKm: 35 });

    expect(flats).toMatchObject({
      method: 'POST',
      url: 'https://ud.api.ulovdomov.cz/v1/offer/find?page=1&perPage=100&sorting=latest',
    });
    expect(body).toMatchObject({ offerType: 'rent', propertyType: 'flat' });
    expect(distanceKm({ lat: northEast.lat, lon: 18.2925 })).toBeGreaterThanOrEqual(35);
    expect(distanceKm({ lat: 49.8357, lon: southWest.lng })).toBeGreaterThanOrEqual(35);
  });

  it('parses offers into raw records, ignoring the garden artefact', () => {
    const page = ulovdomovAdapter.parseList(fixture('find-flat.json'), flats!);

    expect(page).toMatchObject({ declaredTotal: 13, next: undefined });
    expect(page.records[0]).toMatchObject({
      sourceId: '5600001',
      rent: 14300,
      currency: 'CZK',
      priceUnit: 'perMonth',
      offerType: 'rent',
      fees: undefined,
      deposit: 28600,
      disposition: 'twoPlusOne',
      city: 'Ostrava',
      parts: ['Moravská Ostrava'],
    });
    expect(page.records[0]).toMatchObject({ balcony: undefined, elevator: 'ano', parking: 'ano' });
  });

  it("reads the building's amenities (houseConvenience): parking, garage, lift", () => {
    const [first, second] = ulovdomovAdapter.parseList(fixture('find-flat.json'), flats!).records;

    expect(ulovdomovAdapter.normalise(first!)).toMatchObject({ parking: true, elevator: true });
    expect(ulovdomovAdapter.normalise(second!)).toMatchObject({ parking: undefined, elevator: true, balcony: true });
  });

  it('reads floor 127 (not stated) and a 1 CZK rent (a placeholder) as unknown, and "atypical" as such', () => {
    const records = ulovdomovAdapter.parseList(fixture('find-flat.json'), flats!).records;
    const byId = (id: string) => ulovdomovAdapter.normalise(records.find((r) => r.sourceId === id)!);

    expect(byId('5600005')).toMatchObject({ floor: undefined, rentCzk: 23800 });
    expect(byId('5600008')).toMatchObject({ rentCzk: undefined, depositCzk: expect.any(Number) });
    expect(byId('5600011')).toMatchObject({ disposition: 'atypical' });
  });

  it('skips a sale and leaves a price per day unknown', () => {
    const offers = JSON.parse(fixture('find-flat.json'));
    offers.data.offers[0].offerType = 'sale';
    offers.data.offers[1].priceUnit = 'perDay';
    const [sale, daily] = ulovdomovAdapter.parseList(JSON.stringify(offers), flats!).records;

    expect(() => ulovdomovAdapter.normalise(sale!)).toThrow('a sale, not a rental');
    expect(ulovdomovAdapter.normalise(daily!)).toMatchObject({ rentCzk: undefined });
  });

  it('asks for the next page while pages remain, with the same body', () => {
    const body = fixture('find-flat.json').replace('"totalPages": 1', '"totalPages": 3');

    const next = ulovdomovAdapter.parseList(body, flats!).next!;

    expect(next.url).toContain('page=2');
    expect(JSON.parse(next.body!)).toEqual(JSON.parse(flats!.body!));
  });

  it.each([
    ['hostile-unsuccessful.json', ParseError],
    ['hostile-truncated.json', ParseError],
    ['hostile-changed-layout.json', ParseError],
    ['hostile-captcha.html', BlockedError],
  ])('refuses %s with %p', (file, errorClass) => {
    expect(() => ulovdomovAdapter.parseList(fixture(file), flats!)).toThrow(errorClass);
  });

  it('normalises an offer field by field', () => {
    const listing = ulovdomovAdapter.normalise(
      ulovdomovAdapter.parseList(fixture('find-flat.json'), flats!).records[1]!,
    );

    expect(listing).toMatchObject({
      id: 'ulovdomov:5600002',
      url: 'https://www.ulovdomov.cz/inzerat/pronajem-karvina-mizerov-mizerov-1-kk/5600002',
      rentCzk: 9700,
      feesCzk: 4200,
      depositCzk: 19400,
      disposition: '1+kk',
      areaM2: 23,
      floor: 0,
      availableFrom: '2027-01-15',
      englishFriendly: true,
      location: { municipality: 'Karviná' },
    });
  });
});

describe('ulovdomov run on recorded responses', () => {
  it('stores the offers from the API pages alone', async () => {
    const store = new MemoryListingStore();

    const run = await runSource({
      adapter: ulovdomovAdapter,
      fetcher: ReplayFetcher.forSource('ulovdomov'),
      store,
      now: () => new Date('2026-11-30T08:00:00Z'),
    });

    expect(run).toMatchObject({ outcome: 'complete', pages: 2, requests: 2, seen: 15, created: 15 });
    expect(await store.getById('ulovdomov:5600021')).toMatchObject({
      propertyType: 'house',
      disposition: '4+1',
      location: { district: 'Nová Ves' },
    });
  });
});
