import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { BlockedError, ParseError, RecordRejectedError } from '../../../shared/errors';
import { runSource } from '../../../shared/scrape/run-source';
import { srealityAdapter } from '../../../shared/sources/sreality/adapter';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/sreality', file), 'utf8');
const [flatsWalk] = srealityAdapter.startRequests({ radiusKm: 35 });

describe('srealityAdapter', () => {
  it('asks the v1 search API for rentals of flats and houses in region 12, 100 at a time', () => {
    const urls = srealityAdapter.startRequests({ radiusKm: 35 }).map((r) => new URL(r.url));

    expect(urls.map((u) => u.pathname)).toEqual(['/api/v1/estates/search', '/api/v1/estates/search']);
    expect(urls.map((u) => u.searchParams.get('category_main_cb'))).toEqual(['1', '2']);
    expect(urls[0]!.searchParams.get('category_type_cb')).toBe('2');
    expect(urls[0]!.searchParams.get('locality_region_id')).toBe('12');
    expect(urls[0]!.searchParams.get('limit')).toBe('100');
  });

  it('parses a search page into raw records with the declared total', () => {
    const page = srealityAdapter.parseList(fixture('search-byty.json'), flatsWalk!);

    expect(page.declaredTotal).toBe(6);
    expect(page.next).toBeUndefined();
    expect(page.records).toHaveLength(7); // the repeated promoted card is removed by the runner
    expect(page.records[0]).toMatchObject({
      sourceId: '2415919452',
      title: 'Pronájem bytu 2+kk 52 m²',
      rent: 13500,
      disposition: '2+kk',
      city: 'Ostrava',
      parts: ['Poruba', 'Ostrava-město'],
      lat: 49.83112,
      agency: 'agency',
    });
    expect(page.records[2]!.rent).toBeUndefined(); // price_czk 0 = price on request
    expect(page.records[4]!.propertyType).toBe('room');
  });

  it('asks for the next page while offset + limit is below the total', () => {
    const body = JSON.stringify({
      pagination: { limit: 100, offset: 0, total: 250 },
      results: [JSON.parse(fixture('search-domy.json')).results[0]],
    });

    const page = srealityAdapter.parseList(body, flatsWalk!);

    expect(new URL(page.next!.url).searchParams.get('offset')).toBe('100');
  });

  it.each([
    ['hostile-truncated.json', ParseError],
    ['hostile-changed-layout.json', ParseError],
    ['hostile-captcha.html', BlockedError],
  ])('refuses %s with %p', (file, errorClass) => {
    expect(() => srealityAdapter.parseList(fixture(file), flatsWalk!)).toThrow(errorClass);
  });

  it('reads an empty result as an empty, complete page', () => {
    expect(srealityAdapter.parseList(fixture('hostile-empty.json'), flatsWalk!)).toEqual({
      records: [],
      declaredTotal: 0,
      next: undefined,
    });
  });

  it('treats the "Tato stránka neexistuje" page as a listing that is gone', () => {
    const record = srealityAdapter.parseList(fixture('search-byty.json'), flatsWalk!).records[0]!;

    expect(srealityAdapter.parseDetail!(fixture('detail-gone.html'), record)).toBeUndefined();
  });

  it('normalises a detailed listing field by field, with no personal data', () => {
    const record = srealityAdapter.parseList(fixture('search-byty.json'), flatsWalk!).records[0]!;
    const detailed = srealityAdapter.parseDetail!(fixture('detail-2415919452.json'), record)!;

    const listing = srealityAdapter.normalise(detailed);

    expect(listing).toMatchObject({
      id: 'sreality:2415919452',
      kind: 'rental',
      url: 'https://www.sreality.cz/detail/pronajem/byt/2-kk/ostrava-poruba-hlavni-trida/2415919452',
      title: 'Pronájem bytu 2+kk 52 m²',
      rentCzk: 13500,
      feesCzk: 3000,
      areaM2: 52,
      disposition: '2+kk',
      rooms: 2,
      propertyType: 'flat',
      furnished: 'yes',
      elevator: true,
      balcony: true,
      parking: false,
      floor: 3,
      energyClass: 'C',
      agency: 'agency',
      language: 'cs',
      englishFriendly: false,
      location: { municipality: 'Ostrava', district: 'Poruba', lat: 49.83112, lon: 18.16958, distanceKm: 8.8 },
    });
    expect(listing.images[0]).toMatch(/^https:\/\/d18-a\.sdn\.cz\//);
    expect(JSON.stringify(listing)).not.toMatch(/Nováková|777 ?123 ?456|@example\.cz/);
  });

  it('turns an unreadable record into RecordRejectedError', () => {
    expect(() =>
      srealityAdapter.normalise({
        source: 'sreality',
        sourceId: '1',
        url: 'https://www.sreality.cz/x',
        title: 'Byt',
        city: 'Brno',
      }),
    ).toThrow(RecordRejectedError);
  });
});

describe('srealityAdapter on the real v1 shapes', () => {
  const shape = (file: string) => fixture(`real-shapes/${file}`);
  const detail = (file: string) => {
    const record = srealityAdapter.recordFromUrl!(
      `https://www.sreality.cz/detail/pronajem/byt/2+1/ostrava/${JSON.parse(shape(file)).result.hash_id}`,
    )!;
    return srealityAdapter.normalise(srealityAdapter.parseDetail!(shape(file), record)!);
  };

  it('reads codebook values ({name, value}) field by field', () => {
    expect(detail('detail-codebooks.json')).toMatchObject({
      rentCzk: 14500,
      feesCzk: 2900,
      areaM2: 58,
      elevator: false,
      furnished: 'yes',
      balcony: true,
      parking: false,
      floor: 4,
      energyClass: 'D',
      location: { municipality: 'Ostrava', district: 'Ostrava-Jih', address: 'Výškovická, Zábřeh, Ostrava' },
    });
    expect(JSON.stringify(detail('detail-codebooks.json'))).not.toMatch(/Vzorová|600 ?111|agent@/);
  });

  it('keeps a listing whose fields come in unexpected shapes, those fields unknown ("- nezadáno" included)', () => {
    const listing = detail('detail-odd-fields.json');

    expect(listing).toMatchObject({ id: 'sreality:2900000102', rentCzk: 14500, disposition: '2+1', areaM2: 58 });
    expect(listing).toMatchObject({
      elevator: undefined,
      furnished: undefined,
      energyClass: undefined,
      floor: undefined,
    });
  });

  it('prices per m² a month through price_summary_czk, skips a sale, and leaves per-day and 0 prices unknown', () => {
    const [perArea, sale, perDay, onRequest] = srealityAdapter.parseList(
      shape('search-units-and-sales.json'),
      flatsWalk!,
    ).records;

    expect(srealityAdapter.normalise(perArea!)).toMatchObject({ rentCzk: 15000 });
    expect(sale).toMatchObject({ offerType: 'sale', url: expect.stringContaining('/detail/prodej/') });
    expect(srealityAdapter.detailRequest!(sale!)).toBeUndefined();
    expect(() => srealityAdapter.normalise(sale!)).toThrow(
      new RecordRejectedError('a sale, not a rental', 'offerType'),
    );
    expect(srealityAdapter.normalise(perDay!)).toMatchObject({ rentCzk: undefined, areaM2: 40 });
    expect(srealityAdapter.normalise(onRequest!)).toMatchObject({ rentCzk: undefined, areaM2: 50 });
  });

  it('reads a detail answered with status_code 404 or a null result as gone', () => {
    const record = srealityAdapter.recordFromUrl!(
      'https://www.sreality.cz/detail/pronajem/byt/2+1/ostrava/2900000101',
    )!;

    expect(
      srealityAdapter.parseDetail!(
        JSON.stringify({ result: null, status_code: 404, status_message: 'Not Found' }),
        record,
      ),
    ).toBeUndefined();
    expect(
      srealityAdapter.parseDetail!(JSON.stringify({ result: null, status_code: 200, status_message: 'OK' }), record),
    ).toBeUndefined();
  });

  it('refuses a detail of another estate than the one asked for', () => {
    const record = srealityAdapter.recordFromUrl!(
      'https://www.sreality.cz/detail/pronajem/byt/2+1/ostrava/2900000999',
    )!;

    expect(() => srealityAdapter.parseDetail!(shape('detail-codebooks.json'), record)).toThrow(ParseError);
  });
});

describe('sreality run on recorded responses', () => {
  it("stores the region's listings, counts the repeated card once, and leaves out the far one", async () => {
    const store = new MemoryListingStore();

    const run = await runSource({
      adapter: srealityAdapter,
      fetcher: ReplayFetcher.forSource('sreality'),
      store,
      now: () => new Date('2026-11-24T08:00:00Z'),
    });

    expect(run).toMatchObject({
      outcome: 'complete',
      pages: 2,
      seen: 7,
      created: 6,
      rejected: 1,
      rejectedReasons: { 'farther than 35 km from Ostrava': 1 },
    });
    expect(run.requests).toBe(8); // two list pages and six details; none for the far listing
    const english = await store.getById('sreality:1838113612');
    expect(english).toMatchObject({
      englishFriendly: true,
      language: 'en',
      feesCzk: 4200,
      furnished: 'partly',
      balcony: true,
      energyClass: 'G',
    });
    expect(await store.getById('sreality:3760235852')).not.toHaveProperty('rentCzk');
    expect(await store.getById('sreality:2281337420')).toMatchObject({
      propertyType: 'room',
      disposition: 'room',
      feesCzk: 0,
    });
    expect(await store.getById('sreality:901237612')).toMatchObject({
      location: { municipality: 'Havířov', distanceKm: 12.1 },
    });
    expect(await store.getById('sreality:4012765388')).toMatchObject({ propertyType: 'house', parking: true });
  });
});
