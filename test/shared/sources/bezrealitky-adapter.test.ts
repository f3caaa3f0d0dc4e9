import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { BlockedError, ParseError, RecordRejectedError } from '../../../shared/errors';
import { normaliseRental } from '../../../shared/normalise/normalise-rental';
import { runSource } from '../../../shared/scrape/run-source';
import { bezrealitkyAdapter } from '../../../shared/sources/bezrealitky/adapter';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/bezrealitky', file), 'utf8');
const [flats] = bezrealitkyAdapter.startRequests({ radiusKm: 35 });
const records = () => bezrealitkyAdapter.parseList(fixture('list-byty.html'), flats!).records;
const advert = (id: string) => records().find((r) => r.sourceId === id)!;
const OWN_URL = 'https://www.bezrealitky.cz/nemovitosti-byty-domy/9150001-nabidka-pronajem-bytu-horni-ostrava';

describe('bezrealitkyAdapter list pages', () => {
  it('walks the server-rendered /vypis/ pages (robots.txt allows them), never the GraphQL API', () => {
    const urls = bezrealitkyAdapter.startRequests({ radiusKm: 35 }).map((r) => r.url);

    expect(urls).toEqual([
      'https://www.bezrealitky.cz/vypis/nabidka-pronajem/byt/moravskoslezsky-kraj',
      'https://www.bezrealitky.cz/vypis/nabidka-pronajem/dum/moravskoslezsky-kraj',
    ]);
    expect(urls.join()).not.toMatch(/graphql/);
  });

  it('reads the adverts of the embedded Apollo cache, whatever arguments the keys carry', () => {
    const page = bezrealitkyAdapter.parseList(fixture('list-byty.html'), flats!);

    expect(page).toMatchObject({ declaredTotal: 13, next: undefined });
    expect(page.records[0]).toMatchObject({
      sourceId: '9150001',
      url: OWN_URL,
      rent: 25200,
      currency: 'CZK',
      offerType: 'rent',
      fees: 4200,
      deposit: 50400,
      disposition: 'DISP_4_1',
      floor: 3,
      images: [
        'https://api.bezrealitky.cz/media/cache/record_main/data/images/advert/915/9150001/1.jpg',
        'https://api.bezrealitky.cz/media/cache/record_main/data/images/advert/915/9150001/2.jpg',
      ],
    });
  });

  it('pages by 15 against totalCount', () => {
    const html = fixture('list-byty.html').replace('"totalCount": 13', '"totalCount": 40');

    expect(bezrealitkyAdapter.parseList(html, flats!).next?.url).toBe(
      'https://www.bezrealitky.cz/vypis/nabidka-pronajem/byt/moravskoslezsky-kraj?page=2',
    );
  });

  it.each([
    ['hostile-damaged-json.html', ParseError],
    ['hostile-truncated.html', ParseError],
    ['hostile-changed-layout.html', ParseError],
    ['hostile-captcha.html', BlockedError],
  ])('refuses %s with %p', (file, errorClass) => {
    expect(() => bezrealitkyAdapter.parseList(fixture(file), flats!)).toThrow(errorClass);
  });

  it('normalises field by field: floor from etage, English text, fees, deposit, move-in date; no phone kept', () => {
    const [first, english] = records();

    expect(bezrealitkyAdapter.normalise(first!)).toMatchObject({
      id: 'bezrealitky:9150001',
      rentCzk: 25200,
      feesCzk: 4200,
      depositCzk: 50400,
      areaM2: 97,
      disposition: '4+1',
      floor: 3,
      furnished: 'no',
      elevator: true,
      balcony: true,
      energyClass: 'C',
      availableFrom: '2027-01-01',
      agency: 'private',
      location: { municipality: 'Ostrava', district: 'Ostrava-Jih' },
    });
    expect(JSON.stringify(bezrealitkyAdapter.normalise(first!))).not.toMatch(/777 ?000 ?111/);
    expect(bezrealitkyAdapter.normalise(english!)).toMatchObject({ englishFriendly: true, furnished: 'yes', floor: 6 });
  });

  it('reads a room in a shared flat (roommate) as a room', () => {
    expect(bezrealitkyAdapter.normalise(advert('9150004'))).toMatchObject({ propertyType: 'room', rentCzk: 6200 });
  });

  it('converts an advert priced in EUR at the configured rate, or leaves it unknown without one', () => {
    const eur = advert('9150007');

    expect(bezrealitkyAdapter.normalise(eur)).toMatchObject({ rentCzk: 17250, feesCzk: 3000, depositCzk: 34500 });
    expect(normaliseRental(eur, { eurCzk: undefined })).toMatchObject({
      rentCzk: undefined,
      feesCzk: undefined,
      depositCzk: undefined,
    });
  });

  it('reads seven rooms or more (DISP_7_KK) as "6+"', () => {
    expect(bezrealitkyAdapter.normalise(advert('9150012'))).toMatchObject({
      disposition: '6+',
      rooms: 7,
      rentCzk: 42000,
    });
  });

  it('leaves out a short-term let and a sale, each with its reason, and fetches neither', () => {
    const shortTerm = advert('9150010');
    const [, sale] = bezrealitkyAdapter.parseList(fixture('list-with-sale.html'), flats!).records;

    expect(() => bezrealitkyAdapter.normalise(shortTerm)).toThrow(
      new RecordRejectedError('a short-term (holiday) rental, not a home', 'shortTerm'),
    );
    expect(() => bezrealitkyAdapter.normalise(sale!)).toThrow(
      new RecordRejectedError('a sale, not a rental', 'offerType'),
    );
    expect(bezrealitkyAdapter.detailRequest!({ ...sale!, description: undefined })).toBeUndefined();
  });

  it('skips an inactive advert with its reason', () => {
    expect(() => bezrealitkyAdapter.normalise({ ...advert('9150002'), inactive: true })).toThrow(
      new RecordRejectedError('the advert is withdrawn (inactive)', 'inactive'),
    );
  });
});

describe('bezrealitkyAdapter detail pages', () => {
  it('reads its own advert, not the related ones in the same cache', () => {
    const record = bezrealitkyAdapter.recordFromUrl!(OWN_URL)!;

    expect(bezrealitkyAdapter.parseDetail!(fixture('detail-9150001.html'), record)).toMatchObject({
      sourceId: '9150001',
      rent: 25200,
    });
    expect(
      bezrealitkyAdapter.parseDetail!(fixture('detail-9150001.html'), { source: 'bezrealitky', sourceId: '', url: '' }),
    ).toMatchObject({ sourceId: '9150001' });
  });

  it('reads a page whose own advert is missing from the cache as gone, never as a related advert', () => {
    const record = bezrealitkyAdapter.recordFromUrl!(OWN_URL)!;

    expect(bezrealitkyAdapter.parseDetail!(fixture('detail-withdrawn.html'), record)).toBeUndefined();
    expect(
      bezrealitkyAdapter.parseDetail!(fixture('detail-withdrawn.html'), {
        source: 'bezrealitky',
        sourceId: '',
        url: '',
      }),
    ).toBeUndefined();
    expect(
      bezrealitkyAdapter.parseDetail!(fixture('detail-9150001.html'), { ...record, sourceId: '9159999' }),
    ).toBeUndefined();
  });

  it("never reads an advert's own page, with its related adverts, as a list page", () => {
    expect(() => bezrealitkyAdapter.parseList(fixture('detail-9150001.html'), flats!)).toThrow(ParseError);
  });

  it("reads an inactive advert's page as gone", () => {
    expect(
      bezrealitkyAdapter.parseDetail!(fixture('detail-inactive.html'), bezrealitkyAdapter.recordFromUrl!(OWN_URL)!),
    ).toBeUndefined();
  });
});

describe('bezrealitky run on recorded responses', () => {
  it('stores the homes from the list pages alone, without fetching details', async () => {
    const store = new MemoryListingStore();

    const run = await runSource({
      adapter: bezrealitkyAdapter,
      fetcher: ReplayFetcher.forSource('bezrealitky'),
      store,
      now: () => new Date('2026-11-30T08:00:00Z'),
    });

    expect(run).toMatchObject({
      outcome: 'complete',
      pages: 2,
      requests: 2,
      seen: 15,
      created: 14,
      rejectedReasons: { 'a short-term (holiday) rental, not a home': 1 },
    });
    expect(await store.getById('bezrealitky:9150014')).toMatchObject({ propertyType: 'house', disposition: '5+1' });
  });
});
