import { InvalidCursorError, RecordRejectedError } from '../../shared/errors';
import type { ActiveQuery } from '../../shared/catalogue/catalogue';
import type { ListingSort } from '../../shared/catalogue/catalogue-order';
import type { ListingCard } from '../../shared/catalogue/listing-card';
import type { ListingFilters } from '../../shared/catalogue/listing-filter';
import type { Listing, ListingDraft } from '../../shared/listing/schema';
import type { RunRecord } from '../../shared/runs/run-record';
import type { ListingStore } from '../../shared/store/listing-store';
import { queryActive } from './catalogue-query';
import { jobDraft, rentalDraft } from './listing-drafts';

export interface StoreHandle {
  store: ListingStore;
  /** Touch interval the store was built with. */
  touchIntervalMs: number;
}

const T0 = new Date('2026-11-01T08:00:00.000Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

/** Reads every page of a query (through a published catalogue), returning the cards in order and the page sizes. */
export async function readAllPages(store: ListingStore, query: Omit<ActiveQuery, 'cursor'>) {
  const items: ListingCard[] = [];
  const pageSizes: number[] = [];
  let cursor: string | undefined;
  do {
    const page = await queryActive(store, { ...query, cursor });
    items.push(...page.items);
    pageSizes.push(page.items.length);
    cursor = page.nextCursor;
  } while (cursor && pageSizes.length < 500);
  return { items, pageSizes };
}

/**
 * The behaviour every ListingStore must have. Each implementation runs it on a fresh, empty store
 * per test: the in-memory store, DynamoListingStore on dynalite, and on AWS's DynamoDB Local.
 */
export function listingStoreContract(makeStore: () => Promise<StoreHandle>): void {
  let handle: StoreHandle;
  let store: ListingStore;
  beforeEach(async () => {
    handle = await makeStore();
    store = handle.store;
  });

  describe('upsertChanged', () => {
    it('creates a new listing with firstSeenAt, lastSeenAt, status and hash', async () => {
      const result = await store.upsertChanged([rentalDraft(1)], T0);

      const stored = await store.getById('sreality:1001');
      expect(result).toEqual({ created: ['sreality:1001'], changed: [], unchanged: [], revived: [] });
      expect(stored).toMatchObject({
        status: 'active',
        firstSeenAt: T0.toISOString(),
        lastSeenAt: T0.toISOString(),
        rentCzk: 9500,
      });
      expect(stored?.contentHash).toMatch(/^[0-9a-f]{64}$/);
    });

    it('returns a stored listing exactly as it was upserted, with no store bookkeeping', async () => {
      const draft = rentalDraft(2, { englishFriendly: true, englishSignals: [{ reason: 'English description' }] });
      await store.upsertChanged([draft], T0);

      const stored = await store.getById(draft.id);

      const { status, firstSeenAt, lastSeenAt, contentHash, ...content } = stored!;
      expect(content).toEqual(draft);
      expect({ status, firstSeenAt, lastSeenAt }).toEqual({
        status: 'active',
        firstSeenAt: T0.toISOString(),
        lastSeenAt: T0.toISOString(),
      });
      expect(contentHash).toHaveLength(64);
    });

    it('leaves an unchanged listing alone within the touch interval', async () => {
      await store.upsertChanged([rentalDraft(1)], T0);

      const result = await store.upsertChanged([rentalDraft(1)], later(handle.touchIntervalMs - 1));

      expect(result).toEqual({ created: [], changed: [], unchanged: ['sreality:1001'], revived: [] });
      expect((await store.getById('sreality:1001'))?.lastSeenAt).toBe(T0.toISOString());
    });

    it('moves only lastSeenAt of an unchanged listing after the touch interval', async () => {
      await store.upsertChanged([rentalDraft(1)], T0);
      const before = await store.getById('sreality:1001');

      await store.upsertChanged([rentalDraft(1)], later(handle.touchIntervalMs));

      const after = await store.getById('sreality:1001');
      expect(after).toEqual({ ...before, lastSeenAt: later(handle.touchIntervalMs).toISOString() });
    });

    it('rewrites a changed listing with its new hash and keeps firstSeenAt', async () => {
      await store.upsertChanged([rentalDraft(1)], T0);
      const before = await store.getById('sreality:1001');

      const result = await store.upsertChanged([rentalDraft(1, { rentCzk: 12000 })], later(1000));

      const after = await store.getById('sreality:1001');
      expect(result).toEqual({ created: [], changed: ['sreality:1001'], unchanged: [], revived: [] });
      expect(after).toMatchObject({
        rentCzk: 12000,
        firstSeenAt: T0.toISOString(),
        lastSeenAt: later(1000).toISOString(),
      });
      expect(after?.contentHash).not.toBe(before?.contentHash);
    });

    it('keeps every change of rent or fees with its date, across rewrites, expiry and return', async () => {
      const day = 24 * 3_600_000;
      await store.upsertChanged([rentalDraft(1, { rentCzk: 14_000, feesCzk: 2_500 })], T0);
      await store.upsertChanged([rentalDraft(1, { rentCzk: 12_500, feesCzk: 2_500 })], later(3 * day));
      await store.upsertChanged(
        [rentalDraft(1, { rentCzk: 12_500, feesCzk: 2_500, title: 'Pronájem bytu 2+kk, nově po rekonstrukci' })],
        later(4 * day),
      );
      await store.expire(['sreality:1001'], later(5 * day));

      await store.upsertChanged([rentalDraft(1, { rentCzk: 12_500, feesCzk: 3_000 })], later(9 * day));

      expect((await store.getById('sreality:1001')) as Extract<Listing, { kind: 'rental' }>).toMatchObject({
        rentCzk: 12_500,
        priceHistory: [
          {
            at: later(3 * day).toISOString(),
            rentCzk: 12_500,
            feesCzk: 2_500,
            previousRentCzk: 14_000,
            previousFeesCzk: 2_500,
          },
          {
            at: later(9 * day).toISOString(),
            rentCzk: 12_500,
            feesCzk: 3_000,
            previousRentCzk: 12_500,
            previousFeesCzk: 2_500,
          },
        ],
      });
    });

    it('shows a standing reduction on the card and filters and sorts on it', async () => {
      await store.upsertChanged(
        [rentalDraft(1, { rentCzk: 14_000 }), rentalDraft(2, { rentCzk: 15_000 }), rentalDraft(3, { rentCzk: 11_000 })],
        T0,
      );
      await store.upsertChanged(
        [rentalDraft(1, { rentCzk: 13_000 }), rentalDraft(2, { rentCzk: 12_000 }), rentalDraft(3, { rentCzk: 11_500 })],
        later(1000),
      );

      const reduced = await queryActive(store, query('rental', { filters: { reduced: true }, sort: 'reduction' }));
      const all = await queryActive(store, query('rental', { sort: 'reduction' }));

      expect(reduced.items.map((card) => [card.id, card.kind === 'rental' && card.priceReduction?.byCzk])).toEqual([
        ['sreality:1002', 3_000],
        ['sreality:1001', 1_000],
      ]);
      expect(all.items.map((card) => card.id)).toEqual(['sreality:1002', 'sreality:1001', 'sreality:1003']);
    });

    it('revives an expired listing that comes back, keeping its firstSeenAt', async () => {
      await store.upsertChanged([rentalDraft(1)], T0);
      await store.expire(['sreality:1001'], later(1000));

      const result = await store.upsertChanged([rentalDraft(1)], later(2000));

      expect(result).toEqual({ created: [], changed: [], unchanged: ['sreality:1001'], revived: ['sreality:1001'] });
      expect(await store.getById('sreality:1001')).toMatchObject({ status: 'active', firstSeenAt: T0.toISOString() });
      expect((await queryActive(store, query('rental'))).items.map((l) => l.id)).toEqual(['sreality:1001']);
    });

    it('rejects an invalid record naming the field, and writes nothing of its batch', async () => {
      const bad = { ...rentalDraft(2), rentCzk: 0 } as ListingDraft;

      const attempt = store.upsertChanged([rentalDraft(1), bad], T0);

      await expect(attempt).rejects.toThrow(RecordRejectedError);
      await expect(attempt).rejects.toMatchObject({ field: 'rentCzk', message: expect.stringContaining('rentCzk') });
      expect(await store.getById('sreality:1001')).toBeUndefined();
    });

    it('counts a repeated id in one batch once', async () => {
      const result = await store.upsertChanged([rentalDraft(1), rentalDraft(1, { rentCzk: 11000 })], T0);

      expect(result.created).toEqual(['sreality:1001']);
      expect(await store.getById('sreality:1001')).toMatchObject({ rentCzk: 11000 });
    });

    it('loses no update when two upserts of the same listings race', async () => {
      const ids = Array.from({ length: 20 }, (_, n) => n);
      await store.upsertChanged(
        ids.map((n) => rentalDraft(n)),
        T0,
      );

      const [a, b] = await Promise.all([
        store.upsertChanged(
          ids.map((n) => rentalDraft(n, { rentCzk: 20000 })),
          later(1000),
        ),
        store.upsertChanged(
          ids.map((n) => rentalDraft(n, { rentCzk: 30000 })),
          later(1000),
        ),
      ]);

      expect(a.changed.length + a.unchanged.length).toBe(20);
      expect(b.changed.length + b.unchanged.length).toBe(20);
      for (const n of ids) {
        const stored = await store.getById(rentalDraft(n).id);
        const rent = stored?.kind === 'rental' ? stored.rentCzk : undefined;
        expect([20000, 30000]).toContain(rent);
        expect(stored?.firstSeenAt).toBe(T0.toISOString());
      }
    });

    it('creates a new listing once when two upserts of it race', async () => {
      const [a, b] = await Promise.all([
        store.upsertChanged([rentalDraft(7)], T0),
        store.upsertChanged([rentalDraft(7)], T0),
      ]);

      expect(a.created.length + b.created.length).toBe(1);
      expect(a.unchanged.length + b.unchanged.length).toBe(1);
    });
  });

  describe('activeListings, queried through the published catalogue', () => {
    it('returns each active listing exactly once across at least 5 pages, for every sort', async () => {
      const drafts = Array.from({ length: 53 }, (_, n) =>
        rentalDraft(n, {
          // Ties on price and distance, and some unknown ones, to exercise cursors on equal sort keys.
          rentCzk: n % 7 === 0 ? undefined : 10000 + (n % 4) * 1000,
          location: { municipality: 'Ostrava', distanceKm: n % 5 === 0 ? undefined : n % 3 },
        }),
      );
      await store.upsertChanged(drafts, T0);
      await store.expire([drafts[3]!.id, drafts[10]!.id], later(1));

      for (const sort of ['newest', 'price', '-price', 'distance'] as ListingSort[]) {
        const { items, pageSizes } = await readAllPages(store, query('rental', { sort, limit: 10 }));

        expect(pageSizes.length).toBeGreaterThanOrEqual(5);
        expect(items).toHaveLength(51);
        expect(new Set(items.map((l) => l.id)).size).toBe(51);
        expect(items.map((l) => l.id)).not.toContain(drafts[3]!.id);
      }
    });

    it('orders by newest, by price with unknown prices last, and by distance', async () => {
      await store.upsertChanged(
        [
          rentalDraft(1, { rentCzk: 15000, feesCzk: 1000, location: { municipality: 'Ostrava', distanceKm: 5 } }),
          rentalDraft(2, { rentCzk: 9000, feesCzk: undefined, location: { municipality: 'Ostrava', distanceKm: 1 } }),
          rentalDraft(3, { rentCzk: undefined, location: { municipality: 'Ostrava' } }),
          rentalDraft(4, { rentCzk: 12000, feesCzk: 5000, location: { municipality: 'Havířov', distanceKm: 14 } }),
        ],
        T0,
      );
      const ids = async (sort: ListingSort) =>
        (await queryActive(store, query('rental', { sort }))).items.map((l) => l.id.slice(-1));

      expect(await ids('newest')).toEqual(['4', '3', '2', '1']);
      expect(await ids('price')).toEqual(['2', '1', '4', '3']);
      expect(await ids('-price')).toEqual(['4', '1', '2', '3']);
      expect(await ids('distance')).toEqual(['2', '1', '4', '3']);
    });

    it('keeps postedAt absent when the source gave none, sorting such a listing by when it was first seen', async () => {
      // rentalDraft(n) is posted 2026-10-01 plus n hours; T0 (first seen) is a month later.
      await store.upsertChanged([rentalDraft(1), rentalDraft(2, { postedAt: undefined }), rentalDraft(3)], T0);
      await store.upsertChanged([rentalDraft(4, { postedAt: undefined })], later(60_000 - 1));

      const { items } = await queryActive(store, query('rental'));

      expect(items.map((l) => l.id.slice(-1))).toEqual(['4', '2', '3', '1']);
      expect(items.map((l) => l.postedAt)).toEqual([
        undefined,
        undefined,
        rentalDraft(3).postedAt,
        rentalDraft(1).postedAt,
      ]);
      expect(Object.keys(items[0]!)).not.toContain('postedAt');
    });

    it('never returns expired listings', async () => {
      await store.upsertChanged([rentalDraft(1), rentalDraft(2), rentalDraft(3)], T0);

      const expired = await store.expire(['sreality:1002', 'sreality:1002', 'sreality:9999'], later(1));

      expect(expired).toEqual(['sreality:1002']);
      const { items } = await readAllPages(store, query('rental', { limit: 1 }));
      expect(items.map((l) => l.id).sort()).toEqual(['sreality:1001', 'sreality:1003']);
      expect((await store.getById('sreality:1002'))?.status).toBe('expired');
    });

    it('hides listings past their validThrough', async () => {
      await store.upsertChanged([jobDraft(1, { validThrough: '2026-10-01T00:00:00.000Z' }), jobDraft(2)], T0);

      const { items } = await queryActive(store, query('job'));

      expect(items.map((l) => l.id)).toEqual(['mpsv:5002']);
    });

    it('applies filters before the page is cut, so every page but the last is full', async () => {
      // 60 listings of which every third (20) is English-friendly and cheap: sparse matches.
      const drafts = Array.from({ length: 60 }, (_, n) =>
        rentalDraft(n, { englishFriendly: n % 3 === 0, rentCzk: n % 3 === 0 ? 8000 : 20000 }),
      );
      await store.upsertChanged(drafts, T0);

      const { items, pageSizes } = await readAllPages(
        store,
        query('rental', { limit: 7, filters: { englishFriendly: true, maxRentCzk: 12000 } }),
      );

      expect(items).toHaveLength(20);
      expect(pageSizes).toEqual([7, 7, 6]);
    });

    it.each<[string, ListingFilters, (l: Listing) => boolean]>([
      ['English-friendly', { englishFriendly: true }, (l) => l.englishFriendly === true],
      [
        'price range (rent + fees)',
        { minRentCzk: 13000, maxRentCzk: 16000 },
        (l) => l.kind === 'rental' && inRange((l.rentCzk ?? NaN) + (l.feesCzk ?? 0), 13000, 16000),
      ],
      ['distance', { maxDistanceKm: 4 }, (l) => (l.location.distanceKm ?? Infinity) <= 4],
      ['district, folded', { district: 'zabreh' }, (l) => l.location.district === 'Zábřeh'],
      [
        'dispositions',
        { dispositions: ['2+kk', '3+1'] },
        (l) => l.kind === 'rental' && ['2+kk', '3+1'].includes(l.disposition ?? ''),
      ],
      ['words, folded', { words: ['zabreh', 'SVĚTLÝ'] }, (l) => l.location.district === 'Zábřeh'],
    ])('filters by %s', async (_name, filters, expected) => {
      const drafts = Array.from({ length: 40 }, (_, n) => rentalDraft(n, { englishFriendly: n % 4 === 0 }));
      await store.upsertChanged([...drafts, jobDraft(1)], T0);
      const stored = (await Promise.all(drafts.map((d) => store.getById(d.id)))) as Listing[];

      const { items } = await readAllPages(store, query('rental', { limit: 6, filters }));

      const want = stored
        .filter(expected)
        .map((l) => l.id)
        .sort();
      expect(want.length).toBeGreaterThan(0);
      expect(items.map((l) => l.id).sort()).toEqual(want);
    });

    it('answers a filtered query with what was written after an earlier identical query', async () => {
      await store.upsertChanged([rentalDraft(1, { englishFriendly: true }), rentalDraft(2)], T0);
      const filtered = query('rental', { filters: { englishFriendly: true } });
      expect((await queryActive(store, filtered)).items.map((l) => l.id)).toEqual(['sreality:1001']);

      await store.upsertChanged([rentalDraft(2, { englishFriendly: true })], later(1));
      const afterChange = await queryActive(store, filtered);
      await store.expire(['sreality:1001'], later(2));
      const afterExpiry = await queryActive(store, filtered);

      expect(afterChange.items.map((l) => l.id)).toEqual(['sreality:1002', 'sreality:1001']);
      expect(afterExpiry.items.map((l) => l.id)).toEqual(['sreality:1002']);
    });

    it('returns only the asked kind', async () => {
      await store.upsertChanged([rentalDraft(1), jobDraft(1), jobDraft(2)], T0);

      const { items } = await queryActive(store, query('job'));

      expect(items.map((l) => l.kind)).toEqual(['job', 'job']);
    });

    it.each([
      ['garbage', 'not-a-cursor!'],
      ['base64 of nonsense', Buffer.from('{"hello":1}').toString('base64url')],
      ['too long', 'a'.repeat(5000)],
      [
        'a key outside the index',
        Buffer.from(JSON.stringify({ v: 1, q: 'x', s: 0, k: { pk: 'x' } })).toString('base64url'),
      ],
    ])('rejects a malformed cursor (%s) with InvalidCursorError', async (_name, cursor) => {
      await expect(queryActive(store, { ...query('rental'), cursor })).rejects.toThrow(InvalidCursorError);
    });

    it('rejects a cursor issued for another query', async () => {
      await store.upsertChanged([rentalDraft(1), rentalDraft(2), rentalDraft(3)], T0);
      const first = await queryActive(store, query('rental', { limit: 1 }));

      const attempt = queryActive(store, { ...query('rental', { limit: 1, sort: 'price' }), cursor: first.nextCursor });

      await expect(attempt).rejects.toThrow(/different query/);
    });
  });

  describe('activeListings', () => {
    it('yields every active listing of the asked kind once, and nothing else', async () => {
      await store.upsertChanged([rentalDraft(1), rentalDraft(2), rentalDraft(3), jobDraft(1), jobDraft(2)], T0);
      await store.expire(['sreality:1002', jobDraft(2).id], later(1));

      const ids = async (kind: 'job' | 'rental') => {
        const seen: string[] = [];
        for await (const batch of store.activeListings(kind)) seen.push(...batch.map((listing) => listing.id));
        return seen.sort();
      };

      expect(await ids('rental')).toEqual(['sreality:1001', 'sreality:1003']);
      expect(await ids('job')).toEqual([jobDraft(1).id]);
    });
  });

  describe('scrape bookkeeping', () => {
    it('keeps the source hash of each listing and reports it with the status', async () => {
      await store.upsertChanged([rentalDraft(1), rentalDraft(2)], T0, {
        sourceHashes: new Map([['sreality:1001', 'h1']]),
      });
      await store.expire(['sreality:1002'], later(1));

      const states = await store.sourceStates(['sreality:1001', 'sreality:1002', 'sreality:9']);

      expect(states).toEqual(
        new Map([
          ['sreality:1001', { sourceHash: 'h1', status: 'active', lastSeenAt: T0.toISOString() }],
          ['sreality:1002', { sourceHash: undefined, status: 'expired', lastSeenAt: T0.toISOString() }],
        ]),
      );
    });

    it('updates only the source hash when the content is unchanged', async () => {
      await store.upsertChanged([rentalDraft(1)], T0, { sourceHashes: new Map([['sreality:1001', 'h1']]) });

      const result = await store.upsertChanged([rentalDraft(1)], later(1), {
        sourceHashes: new Map([['sreality:1001', 'h2']]),
      });

      expect(result.unchanged).toEqual(['sreality:1001']);
      expect((await store.sourceStates(['sreality:1001'])).get('sreality:1001')?.sourceHash).toBe('h2');
      expect((await store.getById('sreality:1001'))?.lastSeenAt).toBe(later(1).toISOString());
    });

    it('leaves a listing alone within the touch interval when its source hash is the same', async () => {
      await store.upsertChanged([rentalDraft(1)], T0, { sourceHashes: new Map([['sreality:1001', 'h1']]) });

      const result = await store.upsertChanged([rentalDraft(1)], later(1), {
        sourceHashes: new Map([['sreality:1001', 'h1']]),
      });

      expect(result.unchanged).toEqual(['sreality:1001']);
      expect(await store.sourceStates(['sreality:1001'])).toEqual(
        new Map([['sreality:1001', { sourceHash: 'h1', status: 'active', lastSeenAt: T0.toISOString() }]]),
      );
    });

    it('keeps the source hash when an upsert without one touches the listing', async () => {
      await store.upsertChanged([rentalDraft(1)], T0, { sourceHashes: new Map([['sreality:1001', 'h1']]) });

      await store.upsertChanged([rentalDraft(1)], later(handle.touchIntervalMs));

      expect(await store.sourceStates(['sreality:1001'])).toEqual(
        new Map([
          [
            'sreality:1001',
            { sourceHash: 'h1', status: 'active', lastSeenAt: later(handle.touchIntervalMs).toISOString() },
          ],
        ]),
      );
    });

    it('marks active listings seen at most once per touch interval, and never revives expired ones', async () => {
      await store.upsertChanged([rentalDraft(1), rentalDraft(2)], T0);
      await store.expire(['sreality:1002'], later(1));

      const early = await store.markSeen([{ id: 'sreality:1001' }, { id: 'sreality:1002' }], later(1000));
      const due = await store.markSeen(
        [{ id: 'sreality:1001' }, { id: 'sreality:1002' }, { id: 'sreality:9' }],
        later(handle.touchIntervalMs + 1),
      );

      expect([early, due]).toEqual([0, 1]);
      expect((await store.getById('sreality:1001'))?.lastSeenAt).toBe(later(handle.touchIntervalMs + 1).toISOString());
      expect((await store.getById('sreality:1002'))?.status).toBe('expired');
    });
  });

  describe('source bookkeeping', () => {
    it('lists and counts the active ids of a source', async () => {
      await store.upsertChanged([rentalDraft(1), rentalDraft(2), jobDraft(1)], T0);
      await store.expire(['sreality:1002'], later(1));

      expect(await store.listActiveIds('sreality')).toEqual(['sreality:1001']);
      expect(await store.countActive('sreality')).toBe(1);
      expect(await store.countActive('mpsv')).toBe(1);
    });

    it("keeps the validators of a source's file for the next conditional GET", async () => {
      expect(await store.getSourceMemory('mpsv')).toBeUndefined();

      await store.putSourceMemory('mpsv', { etag: '"abc"', lastModified: 'Tue, 24 Nov 2026 04:00:00 GMT' });

      expect(await store.getSourceMemory('mpsv')).toEqual({
        etag: '"abc"',
        lastModified: 'Tue, 24 Nov 2026 04:00:00 GMT',
      });
      expect(await store.listRuns('mpsv', 5)).toEqual([]);
    });

    it('records runs and lists them newest first', async () => {
      await store.recordRun(run('r1', '2026-11-01T08:00:00.000Z'));
      await store.recordRun(run('r2', '2026-11-01T14:00:00.000Z'));
      await store.recordRun({ ...run('r3', '2026-11-01T20:00:00.000Z'), source: 'bezrealitky' });

      const runs = await store.listRuns('sreality', 5);

      expect(runs.map((r) => r.runId)).toEqual(['r2', 'r1']);
      expect(runs[0]).toEqual(run('r2', '2026-11-01T14:00:00.000Z'));
    });

    it('lists at most the number of runs asked for, the newest', async () => {
      for (const [id, hour] of [
        ['r2', 14],
        ['r1', 8],
        ['r4', 22],
        ['r3', 20],
      ] as const)
        await store.recordRun(run(id, `2026-11-01T${String(hour).padStart(2, '0')}:00:00.000Z`));

      expect((await store.listRuns('sreality', 2)).map((r) => r.runId)).toEqual(['r4', 'r3']);
      expect((await store.listRuns('sreality', 10)).map((r) => r.runId)).toEqual(['r4', 'r3', 'r2', 'r1']);
    });

    it('removes a retired source: its listings in any status, its runs and its memory, and nothing else', async () => {
      const retired = (n: number) => rentalDraft(n, { id: `retired:${n}`, source: 'retired' });
      await store.upsertChanged([retired(1), retired(2), rentalDraft(3), jobDraft(1)], T0);
      await store.expire(['retired:2'], later(1));
      await store.recordRun({ ...run('r1', '2026-11-01T08:00:00.000Z'), source: 'retired' });
      await store.recordRun(run('r2', '2026-11-01T09:00:00.000Z'));
      await store.putSourceMemory('retired', { etag: '"old"' });

      const removed = await store.removeSource('retired');

      expect(removed).toEqual({ listings: 2, runs: 1 });
      expect(await store.getById('retired:1')).toBeUndefined();
      expect(await store.getById('retired:2')).toBeUndefined();
      expect(await store.listRuns('retired', 5)).toEqual([]);
      expect(await store.getSourceMemory('retired')).toBeUndefined();
      expect((await readAllPages(store, query('rental'))).items.map((l) => l.id)).toEqual(['sreality:1003']);
      expect((await store.listRuns('sreality', 5)).map((r) => r.runId)).toEqual(['r2']);
      expect(await store.removeSource('retired')).toEqual({ listings: 0, runs: 0 });
    });
  });
}

function query(kind: 'job' | 'rental', overrides: Partial<ActiveQuery> = {}): ActiveQuery {
  return { kind, sort: 'newest', filters: {}, limit: 20, now: later(60_000), ...overrides };
}

function inRange(value: number, min: number, max: number) {
  return value >= min && value <= max;
}

function run(runId: string, startedAt: string): RunRecord {
  return {
    runId,
    source: 'sreality',
    startedAt,
    finishedAt: new Date(Date.parse(startedAt) + 5000).toISOString(),
    outcome: 'complete',
    suspicious: false,
    pages: 3,
    requests: 4,
    seen: 60,
    created: 2,
    changed: 1,
    unchanged: 57,
    expired: 0,
    rejected: 1,
    rejectedReasons: { 'rentCzk: must be positive': 1 },
    durationMs: 5000,
  };
}
