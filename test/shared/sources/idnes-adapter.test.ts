import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { BlockedError, ParseError, RecordRejectedError } from '../../../shared/errors';
import { runSource } from '../../../shared/scrape/run-source';
import { idnesAdapter } from '../../../shared/sources/idnes/adapter';
import { splitLocality } from '../../../shared/sources/idnes/locality';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/idnes', file), 'utf8');
const [flats] = idnesAdapter.startRequests({ radiusKm: 35 });
const detailOf = (id: string) => {
  const record = [
    ...idnesAdapter.parseList(fixture('list-byty.html'), flats!).records,
    ...idnesAdapter.parseList(fixture('list-byty-page-2.html'), { url: `${flats!.url}?page=1` }).records,
  ].find((r) => r.sourceId === id)!;
  return idnesAdapter.normalise(idnesAdapter.parseDetail!(fixture(`detail-${id}.html`), record)!);
};

describe('idnesAdapter list pages', () => {
  it("walks the region's rental flats and houses", () => {
    expect(idnesAdapter.startRequests({ radiusKm: 35 }).map((r) => r.url)).toEqual([
      'https://reality.idnes.cz/s/pronajem/byty/moravskoslezsky-kraj/',
      'https://reality.idnes.cz/s/pronajem/domy/moravskoslezsky-kraj/',
    ]);
  });

  it('reads every card between the advert slots, titles joined across their lines', () => {
    const page = idnesAdapter.parseList(fixture('list-byty.html'), flats!);

    expect(page.records).toHaveLength(10);
    expect(page.unreadable).toBeUndefined();
    expect(page.records[0]).toMatchObject({
      sourceId: '6b0000000000000000000000',
      url: 'https://reality.idnes.cz/detail/pronajem/byt/ostrava-hlavni-trida/6b0000000000000000000000/',
      title: 'pronájem bytu 1+kk 24 m²',
      offerType: 'rent',
      city: 'Ostrava',
      parts: ['Poruba'],
      address: 'Hlavní třída, Ostrava - Poruba',
    });
    expect(idnesAdapter.normalise(page.records[0]!)).toMatchObject({
      title: 'pronájem bytu 1+kk 24 m²',
      rentCzk: 11000,
      location: { municipality: 'Ostrava', district: 'Poruba' },
    });
  });

  it('takes the declared total ("14 inzerátů") and the pager\'s next link, whose ?page=1 is the second page', () => {
    const first = idnesAdapter.parseList(fixture('list-byty.html'), flats!);
    const second = idnesAdapter.parseList(fixture('list-byty-page-2.html'), first.next!);

    expect(first.declaredTotal).toBe(14);
    expect(first.next?.url).toBe('https://reality.idnes.cz/s/pronajem/byty/moravskoslezsky-kraj/?page=1');
    expect(second.records).toHaveLength(4);
    expect(second.next).toBeUndefined();
  });

  it('reports a card whose link is damaged as unreadable, and keeps the others', () => {
    const damaged = fixture('list-byty.html').replaceAll('6b0000000000000000000003', '6b00000+420 XXX XXX XXX03');

    const page = idnesAdapter.parseList(damaged, flats!);

    expect(page.records).toHaveLength(9);
    expect(page.unreadable).toEqual(['card 4: no listing id in its link or wrapper']);
  });

  it('marks a sale card as a sale, skipped with its reason and never fetched', () => {
    const withSale = fixture('list-byty.html').replace(
      '/detail/pronajem/byt/ostrava-hlavni-trida/6b0000000000000000000000/',
      '/detail/prodej/byt/ostrava-hlavni-trida/6b0000000000000000000000/',
    );
    const [sale] = idnesAdapter.parseList(withSale, flats!).records;

    expect(sale!.offerType).toBe('sale');
    expect(idnesAdapter.detailRequest!(sale!)).toBeUndefined();
    expect(() => idnesAdapter.normalise(sale!)).toThrow(new RecordRejectedError('a sale, not a rental', 'offerType'));
  });

  it.each([
    ['hostile-truncated.html', ParseError],
    ['hostile-changed-layout.html', ParseError],
    ['hostile-captcha.html', BlockedError],
  ])('refuses %s with %p', (file, errorClass) => {
    expect(() => idnesAdapter.parseList(fixture(file), flats!)).toThrow(errorClass);
  });

  it('reads an empty result list as an empty page that declares 0', () => {
    expect(idnesAdapter.parseList(fixture('hostile-empty.html'), flats!)).toMatchObject({
      records: [],
      declaredTotal: 0,
      next: undefined,
    });
  });

  it('refuses a page of a million unclosed <div>s at once, without building it', () => {
    const hostile = `<!DOCTYPE html><html><body>${'<div>'.repeat(1_000_000)}</html>`;

    expect(() => idnesAdapter.parseList(hostile, flats!)).toThrow(/nests elements more than 400 deep/);
  });
});

describe('splitLocality', () => {
  it.each([
    ['Charkovská, Ostrava - Poruba', { city: 'Ostrava', parts: ['Poruba'] }],
    ['Moravská Třebová - Sušice, okres Svitavy', { city: 'Moravská Třebová', parts: ['Sušice', 'Svitavy'] }],
    ['Želivského, Tachov', { city: 'Tachov', parts: [] }],
    ['tř. Těreškovové, Karviná - Mizerov', { city: 'Karviná', parts: ['Mizerov'] }],
    ['Praha 9', { city: 'Praha 9', parts: [] }],
  ])('reads "%s"', (text, expected) => {
    expect(splitLocality(text)).toMatchObject(expected);
  });
});

describe('idnesAdapter detail pages', () => {
  it('normalises a detail field by field, without the broker or the contact line', () => {
    const listing = detailOf('6b0000000000000000000001');

    expect(listing).toMatchObject({
      id: 'idnes:6b0000000000000000000001',
      rentCzk: 19100,
      feesCzk: 3500,
      depositCzk: 38200,
      areaM2: 71,
      disposition: '3+1',
      floor: 4,
      elevator: true,
      furnished: 'partly',
      energyClass: 'E',
      availableFrom: '2026-12-01',
      agency: 'agency',
      englishFriendly: true,
      location: { municipality: 'Ostrava', district: 'Poruba' },
    });
    expect(listing.images).toHaveLength(2);
    expect(JSON.stringify(listing)).not.toMatch(/Vzorový|600 ?000 ?111/);
  });

  it('reads "přízemí" as floor 0 and "Datum nastěhování" as the move-in date', () => {
    expect(detailOf('6b0000000000000000000000')).toMatchObject({ floor: 0, availableFrom: '2027-01-01' });
  });

  it('reads a sold listing as gone, and a sale (listing_variant Prodej) as a sale', () => {
    const sold = idnesAdapter.recordFromUrl!(
      'https://reality.idnes.cz/detail/pronajem/byt/ostrava-hlavni-trida/6c0000000000000000000001/',
    )!;
    const sale = idnesAdapter.recordFromUrl!(
      'https://reality.idnes.cz/detail/pronajem/byt/ostrava-opavska/6c0000000000000000000002/',
    )!;

    expect(idnesAdapter.parseDetail!(fixture('detail-sold.html'), sold)).toBeUndefined();
    expect(idnesAdapter.parseDetail!(fixture('detail-sale.html'), sale)).toMatchObject({ offerType: 'sale' });
  });

  it('refuses a page about another listing than the one asked for', () => {
    const other = idnesAdapter.recordFromUrl!(
      'https://reality.idnes.cz/detail/pronajem/byt/ostrava-poruba/6b00000000000000000000ff/',
    )!;

    expect(() => idnesAdapter.parseDetail!(fixture('detail-6b0000000000000000000001.html'), other)).toThrow(
      /another listing/,
    );
  });

  it('titles a saved detail page read on its own by its own name', () => {
    const detailed = idnesAdapter.parseDetail!(fixture('detail-6b0000000000000000000002.html'), {
      source: 'idnes',
      sourceId: '',
      url: '',
    })!;

    expect(detailed).toMatchObject({
      sourceId: '6b0000000000000000000002',
      title: expect.stringMatching(/^Pronájem bytu/),
      url: expect.stringMatching(/6b0000000000000000000002\/$/),
    });
  });
});

describe('idnes run on recorded responses', () => {
  it('walks both pages of flats and the houses, and stores every listing', async () => {
    const store = new MemoryListingStore();

    const run = await runSource({
      adapter: idnesAdapter,
      fetcher: ReplayFetcher.forSource('idnes'),
      store,
      now: () => new Date('2026-11-30T08:00:00Z'),
    });

    expect(run).toMatchObject({ outcome: 'complete', pages: 3, seen: 16, created: 16, rejected: 0 });
    expect(await store.getById('idnes:6b000000000000000000000e')).toMatchObject({ propertyType: 'house' });
  });

  it('calls a walk that stops short of the declared total incomplete', async () => {
    const store = new MemoryListingStore();
    const replay = ReplayFetcher.forSource('idnes');
    // The first page as if its pager had lost the "next" link: the walk ends after 10 of 14 flats.
    const withoutNext = (body: string) =>
      body.replace(/href="[^"]*" class="btn paging__item next"/, 'class="btn paging__item"');
    const fetcher = {
      fetch: (request: Parameters<typeof replay.fetch>[0]) =>
        replay.fetch(request).then((r) => (request.url === flats!.url ? { ...r, body: withoutNext(r.body) } : r)),
      get requestCount() {
        return replay.requestCount;
      },
    };

    const run = await runSource({ adapter: idnesAdapter, fetcher, store, now: () => new Date('2026-11-30T08:00:00Z') });

    expect(run.outcome).toBe('incomplete');
  });
});
