import fc from 'fast-check';
import { handler } from '../../../functions/api/get-listings';
import { useCatalogueSnapshots } from '../../../functions/catalogue-deps';
import { useClock } from '../../../functions/deps';
import { CataloguePublisher } from '../../../shared/catalogue/catalogue-publisher';
import { MemorySnapshotStore } from '../../../shared/catalogue/memory-snapshot-store';
import { StoreUnavailableError } from '../../../shared/errors';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { invoke } from '../../support/invoke';
import { jobDraft, rentalDraft } from '../../support/listing-drafts';

const NOW = new Date('2026-11-10T12:00:00.000Z');
const store = new MemoryListingStore();
const snapshots = new MemorySnapshotStore();

beforeAll(async () => {
  useClock(() => NOW);
  useCatalogueSnapshots(snapshots);
  await store.upsertChanged(
    [
      ...Array.from({ length: 45 }, (_, n) => rentalDraft(n, { englishFriendly: n % 5 === 0 })),
      ...Array.from({ length: 12 }, (_, n) =>
        jobDraft(n, n === 11 ? { profession: { isco: '25121', majorGroup: 'professionals' } } : {}),
      ),
    ],
    new Date('2026-11-01T00:00:00.000Z'),
  );
  const publisher = new CataloguePublisher({ store, snapshots });
  await publisher.publish('rental');
  await publisher.publish('job');
});

describe('GET /listings', () => {
  it('answers matching rentals with items, nextCursor and count', async () => {
    const response = await invoke(handler, { url: '/listings?kind=rental&maxRent=15000&disposition=2%2Bkk&limit=3' });

    const body = response.json();
    expect(response.status).toBe(200);
    expect(body.count).toBe(3);
    expect(body.nextCursor).toEqual(expect.any(String));
    for (const item of body.items) {
      expect(item.disposition).toBe('2+kk');
      expect(item.rentCzk + (item.feesCzk ?? 0)).toBeLessThanOrEqual(15000);
    }
    expect(body.notes[0]).toMatch(/rent plus fees/);
  });

  it('filters rentals on the known cash to move in, naming unknown parts on each card', async () => {
    const response = await invoke(handler, { url: '/listings?kind=rental&maxMoveInCzk=12000&limit=50' });

    const body = response.json();
    expect(response.status).toBe(200);
    expect(body.count).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.moveIn.knownTotalCzk).toBeLessThanOrEqual(12000);
      expect(item.moveIn.knownTotalCzk).toBe(item.rentCzk + item.feesCzk);
      expect(item.moveIn.unknown).toEqual(['deposit', 'commission']);
    }
    expect(body.notes).toContainEqual(expect.stringMatching(/maxMoveInCzk .* unknown parts/));
  });

  it("carries each rental card's warning signs with their reasons", async () => {
    const response = await invoke(handler, { url: '/listings?kind=rental&limit=1' });

    expect(response.json().items[0].warnings).toEqual([
      { sign: 'no-photos', reason: expect.stringMatching(/no photos/) },
    ]);
  });

  it('answers no rental for moveInComplete=true when none states deposit and commission', async () => {
    const response = await invoke(handler, { url: '/listings?kind=rental&moveInComplete=true' });

    expect(response.json().count).toBe(0);
  });

  // Zod's own wording ("Too small: expected string to have >=1 characters") said nothing a user could act on.
  it.each([
    [
      'a blank cursor',
      'cursor=',
      'cursor: must not be blank: give the nextCursor of the previous page, or leave cursor out',
    ],
    ['a cursor of 2049 characters', `cursor=${'a'.repeat(2049)}`, 'cursor: must be at most 2048 characters'],
    ['a q of 101 characters', `q=${'a'.repeat(101)}`, 'q: must be at most 100 characters'],
  ])("refuses %s with a message in the API's words", async (_what, query, message) => {
    const response = await invoke(handler, { url: `/listings?kind=rental&${query}` });

    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ error: 'invalid_parameter', message });
  });

  it.each(['.*[(', '\u202e\u{1f4a9}', '!!!'])(
    'says that a word search for %j has no word to search for, instead of silently listing everything',
    async (q) => {
      const response = await invoke(handler, { url: `/listings?kind=rental&limit=3&q=${encodeURIComponent(q)}` });

      expect(response.status).toBe(200);
      expect(response.json().notes).toContainEqual(expect.stringMatching(/^q: .* no word to search for/));
    },
  );

  it('adds no such note to a search with a word', async () => {
    const response = await invoke(handler, { url: '/listings?kind=rental&limit=3&q=flat' });

    expect(response.json().notes).toEqual([]);
  });

  it('reads an unencoded "+" that arrived as a space as part of the disposition', async () => {
    const response = await invoke(handler, { url: '/listings?kind=rental&disposition=2 kk,3 1' });

    expect(response.status).toBe(200);
    expect(new Set(response.json().items.map((i: { disposition: string }) => i.disposition))).toEqual(
      new Set(['2+kk', '3+1']),
    );
  });

  it('pages with nextCursor through every match with no repeats', async () => {
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response: Awaited<ReturnType<typeof invoke>> = await invoke(handler, {
        url: `/listings?kind=rental&sort=price&limit=7${cursor ? `&cursor=${cursor}` : ''}`,
      });
      const body = response.json();
      seen.push(...body.items.map((item: { id: string }) => item.id));
      cursor = body.nextCursor;
    } while (cursor);

    expect(seen).toHaveLength(45);
    expect(new Set(seen).size).toBe(45);
  });

  it('finds words regardless of case and accents', async () => {
    const response = await invoke(handler, { url: '/listings?kind=rental&q=ZABREH&limit=50' });

    expect(response.json().items.length).toBeGreaterThan(0);
    expect(
      response.json().items.every((item: { location: { district: string } }) => item.location.district === 'Zábřeh'),
    ).toBe(true);
  });

  it('filters jobs by czechNotRequired and minSalary', async () => {
    const response = await invoke(handler, {
      url: '/listings?kind=job&czechNotRequired=true&minSalary=61000&sort=salary',
    });

    const items = response.json().items;
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((job: any) => job.languages.czech !== 'required' && job.salary.monthlyCzkMax >= 61000)).toBe(
      true,
    );
    expect(items.map((job: any) => job.salary.monthlyCzkMax)).toEqual(
      [...items.map((job: any) => job.salary.monthlyCzkMax)].sort((a, b) => b - a),
    );
  });

  it('filters jobs by ISCO major group', async () => {
    const response = await invoke(handler, { url: '/listings?kind=job&profession=professionals' });

    expect(response.status).toBe(200);
    expect(response.json().items.map((job: any) => job.id)).toEqual(['mpsv:5011']);
  });

  it.each([
    ['kind=job&profession=astronauts', 'profession', /managers/],
    ['kind=rental&profession=managers', 'profession', /kind=job/],
    ['kind=car', 'kind', /job or rental/],
    ['', 'kind', /kind/],
    ['kind=rental&colour=red', 'colour', /unknown query parameter "colour"/],
    [
      'kind=rental&kind=job',
      'kind',
      /must be job or rental \(got "rental,job": give the parameter once, with one value\)/,
    ],
    ['kind=rental&minRent=1&minRent=2', 'minRent', /whole number \(got "1,2": give the parameter once/],
    ['kind=rental&limit=0', 'limit', /at least 1/],
    ['kind=rental&limit=51', 'limit', /at most 50/],
    ['kind=rental&limit=ten', 'limit', /whole number/],
    ['kind=rental&maxRent=-5', 'maxRent', /whole number/],
    ['kind=rental&maxMoveInCzk=lots', 'maxMoveInCzk', /whole number/],
    ['kind=job&maxMoveInCzk=30000', 'maxMoveInCzk', /kind=rental/],
    ['kind=job&reduced=true', 'reduced', /kind=rental/],
    ['kind=job&sort=reduction', 'sort', /rentals/],
    ['kind=rental&minRent=20000&maxRent=10000', 'minRent', /maxRent/],
    ['kind=rental&sort=cheapest', 'sort', /newest/],
    ['kind=rental&sort=salary', 'sort', /jobs/],
    ['kind=job&sort=price', 'sort', /rentals/],
    ['kind=job&disposition=2%2Bkk', 'disposition', /kind=rental/],
    ['kind=rental&workplace=remote', 'workplace', /kind=job/],
    ['kind=rental&disposition=penthouse', 'disposition', /1\+kk/],
    ['kind=rental&english=maybe', 'english', /true or false/],
    ['kind=rental&cursor=%%%', 'cursor', /cursor/],
    ['kind=rental&cursor=eyJ2IjoxfQ', 'cursor', /not a cursor/],
  ])('answers 400 naming the parameter for ?%s', async (query, parameter, reason) => {
    const response = await invoke(handler, { url: `/listings?${query}` });

    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({
      error: 'invalid_parameter',
      parameter,
      message: expect.stringMatching(reason),
    });
  });

  it('rejects a cursor from another query', async () => {
    const first = (await invoke(handler, { url: '/listings?kind=rental&limit=2' })).json();

    const response = await invoke(handler, {
      url: `/listings?kind=rental&limit=2&english=true&cursor=${first.nextCursor}`,
    });

    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ parameter: 'cursor', message: expect.stringMatching(/different query/) });
  });

  it('sets cache headers and answers 304 to a matching If-None-Match', async () => {
    const first = await invoke(handler, { url: '/listings?kind=job' });

    const second = await invoke(handler, {
      url: '/listings?kind=job',
      headers: { 'If-None-Match': first.headers.etag as string },
    });

    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
    expect(first.headers.etag).toMatch(/^W\/"/);
    expect(second.status).toBe(304);
    expect(second.body).toBe('');
  });

  it('gives each answer its own ETag: another query, page or kind has another tag, the same query the same', async () => {
    const urls = [
      '/listings?kind=job',
      '/listings?kind=job&limit=2',
      '/listings?kind=rental',
      '/listings?kind=rental&maxRent=15000',
    ];

    const tags = await Promise.all(urls.map(async (url) => (await invoke(handler, { url })).headers.etag));
    const again = (await invoke(handler, { url: urls[0]! })).headers.etag;

    expect(new Set(tags).size).toBe(urls.length);
    expect(again).toBe(tags[0]);
  });

  it.each([
    [
      'the tag of another answer',
      async () => (await invoke(handler, { url: '/listings?kind=rental' })).headers.etag as string,
    ],
    ['a made-up tag', async () => 'W/"not-a-tag-we-sent"'],
    [
      'the tag without its quotes',
      async () => ((await invoke(handler, { url: '/listings?kind=job' })).headers.etag as string).replace(/"/g, ''),
    ],
  ])('answers 200 with the full body to an If-None-Match of %s', async (_name, tag) => {
    const response = await invoke(handler, { url: '/listings?kind=job', headers: { 'If-None-Match': await tag() } });

    expect(response.status).toBe(200);
    expect(response.json().items).toHaveLength(12);
  });

  it('answers 304 when the matching tag is one of a list', async () => {
    const { headers } = await invoke(handler, { url: '/listings?kind=job' });

    const response = await invoke(handler, {
      url: '/listings?kind=job',
      headers: { 'If-None-Match': `W/"older", ${headers.etag as string}` },
    });

    expect(response.status).toBe(304);
    expect(response.headers.etag).toBe(headers.etag);
  });

  it('sends CORS and security headers', async () => {
    const response = await invoke(handler, { url: '/listings?kind=job', headers: { Origin: 'https://example.org' } });

    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers cards: no description, no image list, no catalogue-only attributes', async () => {
    const response = await invoke(handler, { url: '/listings?kind=rental&limit=50' });

    const items = response.json().items;
    expect(items).toHaveLength(45);
    for (const item of items) {
      expect(item).not.toHaveProperty('description');
      expect(item).not.toHaveProperty('images');
      expect(item).not.toHaveProperty('searchWords');
      expect(item).not.toHaveProperty('sortDate');
    }
  });

  it('answers a bare 500 with no internals when no catalogue can be read', async () => {
    const failing = {
      read: async () => Promise.reject(new StoreUnavailableError('bucket ostrava-prod at /var/task/x.js exploded')),
      etag: async () => undefined,
      write: async () => '',
    };
    useCatalogueSnapshots(failing);
    try {
      const response = await invoke(handler, { url: '/listings?kind=job' });

      expect(response.status).toBe(500);
      expect(response.body).not.toMatch(/bucket|ostrava-prod|\/var\/task|at /);
      expect(response.json()).toEqual({ error: 'internal_error', message: expect.any(String) });
    } finally {
      useCatalogueSnapshots(snapshots);
    }
  });

  it('answers only 200 or 400 to arbitrary query parameters', async () => {
    const names = fc.constantFrom(
      'kind',
      'q',
      'english',
      'maxRent',
      'minRent',
      'disposition',
      'sort',
      'limit',
      'cursor',
      'minSalary',
      'workplace',
      'postedWithinDays',
      'maxDistanceKm',
      'x',
    );
    const values = fc.oneof(
      fc.constantFrom('rental', 'job', 'true', '0', '2+kk', '15000', 'price', 'salary', '-1', ''),
      fc.string({ maxLength: 30 }),
    );
    await fc.assert(
      fc.asyncProperty(fc.dictionary(names, values), async (params) => {
        const response = await invoke(handler, { url: `/listings?${new URLSearchParams(params).toString()}` });
        expect([200, 400]).toContain(response.status);
      }),
      { numRuns: 400 },
    );
  });
});
