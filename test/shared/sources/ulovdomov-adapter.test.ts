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

    expect(flats).toMatchObject({ method: 'POST', url: 'https://ud.api.ulovdomov.cz/v1/offer/find?page=1&perPage=100&sorting=latest' });
    expect(body).toMatchObject({ offerType: 'rent', propertyType: 'flat' });
    expect(distanceKm({ lat: northEast.lat, lon: 18.2925 })).toBeGreaterThanOrEqual(35);
    expect(distanceKm({ lat: 49.8357, lon: southWest.lng })).toBeGreaterThanOrEqual(35);
  });

  it('parses offers into raw records, ignoring the garden artefact', () => {
    const page = ulovdomovAdapter.parseList(fixture('find-flat.json'), flats!);

    expect(page).toMatchObject({ declaredTotal: 4, next: undefined });
    expect(page.records[0]).toMatchObject({ sourceId: '5551201', rent: 14500, fees: 2500, deposit: 29000, disposition: 'twoPlusKk', city: 'Ostrava', parts: ['Zábřeh'], balcony: 'ano', elevator: 'ano' });
    expect(page.records[1]).toMatchObject({ fees: undefined, balcony: undefined, parking: undefined });
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

  it('normalises an offer field by field, without the owner', () => {
    const listing = ulovdomovAdapter.normalise(ulovdomovAdapter.parseList(fixture('find-flat.json'), flats!).records[0]!);

    expect(listing).toMatchObject({
      id: 'ulovdomov:5551201',
      url: 'https://www.ulovdomov.cz/inzerat/pronajem-bytu-twoPlusKk-5551201',
      rentCzk: 14500,
      feesCzk: 2500,
      depositCzk: 29000,
      disposition: '2+kk',
      areaM2: 50,
      floor: 3,
      elevator: true,
      balcony: true,
      availableFrom: '2026-12-15',
      postedAt: '2026-11-21T08:14:00.000Z',
      englishFriendly: true,
      location: { municipality: 'Ostrava', district: 'Ostrava-Jih' },
    });
    expect(JSON.stringify(listing)).not.toMatch(/Dvořáková|731/);
  });
});

describe('ulovdomov run on recorded responses', () => {
  it('stores the offers from the API pages alone', async () => {
    const store = new MemoryListingStore();

    const run = await runSource({ adapter: ulovdomovAdapter, fetcher: ReplayFetcher.forSource('ulovdomov'), store });

    expect(run).toMatchObject({ outcome: 'complete', pages: 2, requests: 2, seen: 5, created: 5 });
    expect(await store.getById('ulovdomov:5551301')).toMatchObject({ propertyType: 'house', disposition: '4+1', location: { district: 'Stará Bělá' } });
  });
});
