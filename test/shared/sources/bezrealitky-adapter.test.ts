import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { BlockedError, ParseError, RecordRejectedError } from '../../../shared/errors';
import { runSource } from '../../../shared/scrape/run-source';
import { bezrealitkyAdapter } from '../../../shared/sources/bezrealitky/adapter';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/bezrealitky', file), 'utf8');
const [flats] = bezrealitkyAdapter.startRequests({ radiusKm: 35 });

describe('bezrealitkyAdapter', () => {
  it('walks the server-rendered /vypis/ pages (robots.txt allows them), never the GraphQL API', () => {
    const urls = bezrealitkyAdapter.startRequests({ radiusKm: 35 }).map((r) => r.url);

    expect(urls).toEqual(['https://www.bezrealitky.cz/vypis/nabidka-pronajem/byt/moravskoslezsky-kraj', 'https://www.bezrealitky.cz/vypis/nabidka-pronajem/dum/moravskoslezsky-kraj']);
    expect(urls.join()).not.toMatch(/graphql/);
  });

  it('reads the adverts of the embedded Apollo cache, whatever arguments the keys carry', () => {
    const page = bezrealitkyAdapter.parseList(fixture('list-byty.html'), flats!);

    expect(page.declaredTotal).toBe(4);
    expect(page.next).toBeUndefined();
    expect(page.records[0]).toMatchObject({
      sourceId: '912345',
      url: 'https://www.bezrealitky.cz/nemovitosti-byty-domy/912345-nabidka-pronajem-bytu-hlavni-trida-ostrava',
      rent: 13800,
      fees: 3200,
      deposit: 27600,
      disposition: 'DISP_2_KK',
      address: 'Hlavní třída, Ostrava - Poruba',
      lat: 49.8311,
      images: ['https://api.bezrealitky.cz/media/cache/record_main/data/images/advert/912345/1.jpg'],
    });
  });

  it('pages by 15 against totalCount', () => {
    const html = fixture('list-byty.html').replace('"totalCount": 4', '"totalCount": 40');

    expect(bezrealitkyAdapter.parseList(html, flats!).next?.url).toBe('https://www.bezrealitky.cz/vypis/nabidka-pronajem/byt/moravskoslezsky-kraj?page=2');
  });

  it.each([
    ['hostile-damaged-json.html', ParseError],
    ['hostile-truncated.html', ParseError],
    ['hostile-changed-layout.html', ParseError],
    ['hostile-captcha.html', BlockedError],
  ])('refuses %s with %p', (file, errorClass) => {
    expect(() => bezrealitkyAdapter.parseList(fixture(file), flats!)).toThrow(errorClass);
  });

  it('normalises field by field: English text, fees, deposit, pets, move-in date; no phone kept', () => {
    const [record] = bezrealitkyAdapter.parseList(fixture('list-byty.html'), flats!).records;

    const listing = bezrealitkyAdapter.normalise(record!);

    expect(listing).toMatchObject({
      id: 'bezrealitky:912345',
      rentCzk: 13800,
      feesCzk: 3200,
      depositCzk: 27600,
      areaM2: 45,
      disposition: '2+kk',
      furnished: 'yes',
      petsAllowed: true,
      elevator: true,
      balcony: true,
      energyClass: 'C',
      availableFrom: '2025-12-01',
      postedAt: '2025-11-20T08:00:00.000Z',
      agency: 'private',
      englishFriendly: true,
      englishSignals: [{ reason: 'the listing has an English description', evidence: 'Renovated 2-room flat near the university, available for foreign students.' }],
      location: { municipality: 'Ostrava', district: 'Poruba' },
    });
    expect(JSON.stringify(listing)).not.toMatch(/777 ?888 ?999/);
  });

  it('leaves out a short-term let, and keeps unknown fees unknown', () => {
    const [, large, , shortTerm] = bezrealitkyAdapter.parseList(fixture('list-byty.html'), flats!).records;

    expect(() => bezrealitkyAdapter.normalise(shortTerm!)).toThrow(RecordRejectedError);
    expect(bezrealitkyAdapter.normalise(large!)).toMatchObject({ feesCzk: undefined, furnished: 'no', petsAllowed: false, energyClass: 'G' });
  });

  it('reads a withdrawn advert\'s page as gone', () => {
    const [record] = bezrealitkyAdapter.parseList(fixture('list-byty.html'), flats!).records;

    expect(bezrealitkyAdapter.parseDetail!(fixture('detail-withdrawn.html'), record!)).toBeUndefined();
  });
});

describe('bezrealitky run on recorded responses', () => {
  it('stores the homes from the list pages alone, without fetching details', async () => {
    const store = new MemoryListingStore();
    const fetcher = ReplayFetcher.forSource('bezrealitky');

    const run = await runSource({ adapter: bezrealitkyAdapter, fetcher, store });

    expect(run).toMatchObject({ outcome: 'complete', pages: 2, requests: 2, seen: 5, created: 4, rejectedReasons: { 'a short-term (holiday) rental, not a home': 1 } });
    expect(await store.getById('bezrealitky:912390')).toMatchObject({ propertyType: 'room', disposition: 'room', feesCzk: 0 });
    expect(await store.getById('bezrealitky:913002')).toMatchObject({ propertyType: 'house', parking: true, disposition: '5+1' });
  });
});
