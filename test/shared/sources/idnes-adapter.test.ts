import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { BlockedError, ParseError } from '../../../shared/errors';
import { runSource } from '../../../shared/scrape/run-source';
import { idnesAdapter } from '../../../shared/sources/idnes/adapter';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/idnes', file), 'utf8');
const [flats] = idnesAdapter.startRequests({ radiusKm: 35 });

describe('idnesAdapter', () => {
  it('walks the region\'s rental flats and houses', () => {
    expect(idnesAdapter.startRequests({ radiusKm: 35 }).map((r) => r.url)).toEqual([
      'https://reality.idnes.cz/s/pronajem/byty/moravskoslezsky-kraj/',
      'https://reality.idnes.cz/s/pronajem/domy/moravskoslezsky-kraj/',
    ]);
  });

  it('parses the cards of a list page, skipping adverts, with the declared total', () => {
    const page = idnesAdapter.parseList(fixture('list-byty.html'), flats!);

    expect(page.declaredTotal).toBe(3);
    expect(page.next).toBeUndefined(); // fewer than 30 cards: the last page
    expect(page.records.map((r) => r.sourceId)).toEqual(['65f1a2b3c4d5e6f708192a3b', '65f1a2b3c4d5e6f708192a3c', '65f1a2b3c4d5e6f708192a3d']);
    expect(page.records[0]).toMatchObject({
      url: 'https://reality.idnes.cz/detail/pronajem/byt/ostrava-poruba-hlavni-trida/65f1a2b3c4d5e6f708192a3b/',
      title: 'pronájem bytu 2+kk 48 m²',
      priceText: '12 900 Kč/měsíc',
      city: 'Ostrava',
      parts: ['Poruba', 'Ostrava-město'],
    });
  });

  it('asks for the next page after a full page of 30 cards', () => {
    const card = fixture('list-byty.html').match(/<div class="c-products__item">[\s\S]*?<\/div>\s*<\/div>/)![0];
    const full = fixture('list-byty.html').replace(card, Array.from({ length: 30 }, (_, i) => card.replace(/192a3b/g, `19${String(i).padStart(4, '0')}`)).join('\n'));

    expect(idnesAdapter.parseList(full, flats!).next?.url).toBe('https://reality.idnes.cz/s/pronajem/byty/moravskoslezsky-kraj/?page=2');
  });

  it.each([
    ['hostile-truncated.html', ParseError],
    ['hostile-changed-layout.html', ParseError],
    ['hostile-captcha.html', BlockedError],
  ])('refuses %s with %p', (file, errorClass) => {
    expect(() => idnesAdapter.parseList(fixture(file), flats!)).toThrow(errorClass);
  });

  it('reads an empty result list as an empty page', () => {
    expect(idnesAdapter.parseList(fixture('hostile-empty.html'), flats!)).toMatchObject({ records: [], declaredTotal: 0 });
  });

  it('normalises a detail page field by field, without the broker', () => {
    const record = idnesAdapter.parseList(fixture('list-byty.html'), flats!).records[0]!;

    const listing = idnesAdapter.normalise(idnesAdapter.parseDetail!(fixture('detail-65f1a2b3c4d5e6f708192a3b.html'), record)!);

    expect(listing).toMatchObject({
      id: 'idnes:65f1a2b3c4d5e6f708192a3b',
      rentCzk: 12900,
      feesCzk: 2800,
      depositCzk: 25800,
      areaM2: 48,
      disposition: '2+kk',
      floor: 4,
      elevator: true,
      balcony: true,
      furnished: 'partly',
      energyClass: 'C',
      availableFrom: '2026-12-01',
      agency: 'agency',
      englishFriendly: true,
      location: { municipality: 'Ostrava', district: 'Poruba', lat: 49.8315, lon: 18.1712 },
    });
    expect(listing.englishSignals).toContainEqual({ reason: 'the landlord or agency speaks English', evidence: 'We speak English.' });
    expect(listing.images).toHaveLength(2);
    expect(JSON.stringify(listing)).not.toMatch(/Svoboda|604 ?111 ?222/);
  });

  it('reads a sold listing as gone, and price 0 as unknown', () => {
    const [, , onRequest] = idnesAdapter.parseList(fixture('list-byty.html'), flats!).records;
    const sold = { source: 'idnes', sourceId: '65f1a2b3c4d5e6f708192a3e', url: 'https://reality.idnes.cz/detail/pronajem/byt/ostrava-vitkovice/65f1a2b3c4d5e6f708192a3e/' };

    expect(idnesAdapter.parseDetail!(fixture('detail-65f1a2b3c4d5e6f708192a3e.html'), sold!)).toBeUndefined();
    expect(idnesAdapter.normalise(idnesAdapter.parseDetail!(fixture('detail-65f1a2b3c4d5e6f708192a3d.html'), onRequest!)!)).toMatchObject({ rentCzk: undefined, areaM2: 68 });
  });
});

describe('idnes run on recorded responses', () => {
  it('stores the listings of both walks', async () => {
    const store = new MemoryListingStore();

    const run = await runSource({ adapter: idnesAdapter, fetcher: ReplayFetcher.forSource('idnes'), store });

    expect(run).toMatchObject({ outcome: 'complete', pages: 2, seen: 4, created: 4, rejected: 0 });
    expect(await store.getById('idnes:65f1a2b3c4d5e6f708192a40')).toMatchObject({ propertyType: 'house', rentCzk: 25000, parking: true, energyClass: 'D' });
    expect(await store.getById('idnes:65f1a2b3c4d5e6f708192a40')).not.toHaveProperty('feesCzk');
  });
});
