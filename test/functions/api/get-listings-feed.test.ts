import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { handler } from '../../../functions/api/get-listings-feed';
import { useCatalogueSnapshots } from '../../../functions/catalogue-deps';
import { useClock } from '../../../functions/deps';
import { CataloguePublisher } from '../../../shared/catalogue/catalogue-publisher';
import { MemorySnapshotStore } from '../../../shared/catalogue/memory-snapshot-store';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { listingsFeed } from '../../../shared/api/listings-feed';
import { toListingCard } from '../../../shared/catalogue/listing-card';
import type { Listing } from '../../../shared/listing/schema';
import { invoke } from '../../support/invoke';
import { jobDraft, rentalDraft } from '../../support/listing-drafts';

const NOW = new Date('2026-11-20T12:00:00.000Z');
const DAY = 86_400_000;
const store = new MemoryListingStore();
const snapshots = new MemorySnapshotStore();
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  isArray: (name) => ['entry', 'link'].includes(name),
});

interface AtomText {
  '#text': string;
  '@_type': string;
}
interface AtomLink {
  '@_rel': string;
  '@_href': string;
}
interface AtomEntry {
  id: string;
  title: AtomText;
  summary: AtomText;
  updated: string;
  published?: string;
  link: AtomLink[];
}
interface AtomFeed {
  id: string;
  title: AtomText;
  updated: string;
  author: { name: string };
  link: AtomLink[];
  entry?: AtomEntry[];
}

/** The feed as a reader sees it, after checking that it is well-formed XML. */
function readFeed(xml: string): AtomFeed {
  expect(XMLValidator.validate(xml)).toBe(true);
  return (parser.parse(xml) as { feed: AtomFeed }).feed;
}

beforeAll(async () => {
  useClock(() => NOW);
  useCatalogueSnapshots(snapshots);
  // First seen 30 days ago (outside the window), then 3 days ago, then 1 day ago.
  await store.upsertChanged(
    [rentalDraft(1, { disposition: '2+kk', rentCzk: 9000 }), rentalDraft(2, { disposition: '3+1' })],
    new Date(NOW.getTime() - 30 * DAY),
  );
  await store.upsertChanged(
    [rentalDraft(3, { disposition: '2+kk', rentCzk: 10000, title: 'Byt 2+kk & "sklep"' })],
    new Date(NOW.getTime() - 3 * DAY),
  );
  await store.upsertChanged(
    [
      rentalDraft(4, { disposition: '2+kk', rentCzk: 11000, postedAt: undefined }),
      rentalDraft(5, { disposition: '3+1' }),
    ],
    new Date(NOW.getTime() - DAY),
  );
  await store.upsertChanged([jobDraft(1)], new Date(NOW.getTime() - DAY));
  const publisher = new CataloguePublisher({ store, snapshots });
  await publisher.publish('rental');
  await publisher.publish('job');
});

describe('GET /listings.atom', () => {
  it('answers a valid Atom feed of the matching listings first seen in the last 14 days, newest first', async () => {
    const response = await invoke(handler, { url: '/listings.atom?kind=rental&disposition=2%2Bkk' });

    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/atom+xml; charset=utf-8');
    const feed = readFeed(response.body);
    expect(feed.id).toBe('http://localhost:3000/api/listings.atom?disposition=2%2Bkk&kind=rental');
    expect(feed.title['#text']).toMatch(/New flats and houses to rent/);
    expect(feed.author.name).toBe('Ostrava expat listings');
    expect(feed.link).toContainEqual(expect.objectContaining({ '@_rel': 'self', '@_href': feed.id }));
    expect(feed.entry?.map((e) => e.id)).toEqual([
      'tag:ostrava-expat-listings.example,2026:listing/sreality%3A1004',
      'tag:ostrava-expat-listings.example,2026:listing/sreality%3A1003',
    ]);
    expect(feed.updated).toBe(new Date(NOW.getTime() - DAY).toISOString());
  });

  it('gives each entry its English title and summary as escaped text, links to our page and the source, and its dates', async () => {
    const response = await invoke(handler, { url: '/listings.atom?kind=rental&disposition=2%2Bkk' });

    const entry = readFeed(response.body).entry!.find((e) => e.id.endsWith('sreality%3A1003'))!;
    expect(response.body).toContain('Byt 2+kk &amp; &quot;sklep&quot;');
    expect(entry.title['@_type']).toBe('text');
    expect(entry.summary['#text']).toBe('2+kk, 43 m², 10,000 CZK/month + fees 2,500 CZK; Ostrava-Poruba');
    expect(entry.updated).toBe(new Date(NOW.getTime() - 3 * DAY).toISOString());
    expect(entry.published).toBe(rentalDraft(3).postedAt);
    expect(entry.link).toEqual([
      expect.objectContaining({ '@_rel': 'alternate', '@_href': 'http://localhost:3000/#/listing/sreality%3A1003' }),
      expect.objectContaining({ '@_rel': 'related', '@_href': rentalDraft(3).url }),
    ]);
  });

  it('escapes markup and drops characters XML forbids, even in a card written behind the schema', async () => {
    const card = {
      ...toListingCard({
        ...rentalDraft(9),
        status: 'active',
        firstSeenAt: NOW.toISOString(),
        lastSeenAt: NOW.toISOString(),
        contentHash: 'f'.repeat(64),
      } as Listing),
      title: 'Flat <script>alert(1)</script> ]]> \u0007\uFFFF',
    };

    const xml = listingsFeed([card], {
      selfUrl: 'https://x.example/api/listings.atom?kind=rental&q=a',
      searchUrl: 'https://x.example/?kind=rental',
      siteUrl: 'https://x.example',
      kind: 'rental',
      now: NOW,
    });

    expect(readFeed(xml).entry![0]!.title['#text']).toBe('Flat <script>alert(1)</script> ]]>');
    expect(xml).toContain('Flat &lt;script&gt;alert(1)&lt;/script&gt; ]]&gt;');
    expect(xml).toContain('href="https://x.example/api/listings.atom?kind=rental&amp;q=a"');
  });

  it('bounds the entries by limit', async () => {
    const feed = readFeed((await invoke(handler, { url: '/listings.atom?kind=rental&limit=1' })).body);

    expect(feed.entry?.map((e) => e.id.split('/').at(-1))).toEqual(['sreality%3A1004']);
  });

  it('answers a feed without entries, still valid, when nothing new matches', async () => {
    const feed = readFeed((await invoke(handler, { url: '/listings.atom?kind=rental&maxRent=100' })).body);

    expect(feed.entry).toBeUndefined();
    expect(feed.updated).toBe('2026-11-20T00:00:00.000Z');
  });

  it('sends an ETag and Cache-Control, and answers 304 to If-None-Match', async () => {
    const first = await invoke(handler, { url: '/listings.atom?kind=job' });
    const again = await invoke(handler, {
      url: '/listings.atom?kind=job',
      headers: { 'if-none-match': String(first.headers.etag) },
    });

    expect(first.headers.etag).toMatch(/^W\/"/);
    expect(first.headers['cache-control']).toMatch(/max-age=\d+/);
    expect(again.status).toBe(304);
  });

  it.each([
    ['/listings.atom?kind=car', 'kind'],
    ['/listings.atom?kind=rental&minSalary=5', 'minSalary'],
    ['/listings.atom?kind=rental&cursor=abc', 'cursor'],
    ['/listings.atom?kind=rental&nope=1', 'nope'],
  ])('answers 400 naming the parameter for %s, as GET /listings does', async (url, parameter) => {
    const response = await invoke(handler, { url });

    expect(response.status).toBe(400);
    expect(response.json().parameter).toBe(parameter);
  });
});
