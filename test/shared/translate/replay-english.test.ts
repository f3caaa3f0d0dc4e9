import { recordedTranslator } from '../../../infra/local/recorded-translations';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import type { Listing } from '../../../shared/listing/schema';
import { replayableSources, scrapeSource } from '../../../shared/scrape/scrape-source';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const NOW = () => new Date('2026-11-30T12:00:00.000Z');
// Nothing but English words, figures and the Czech place and layout names a title keeps.
const RENTAL_TITLE =
  /^(\d\+(kk|1)|6\+) (flat|house), |^(Studio \(garsoniéra\)|Room|Room in a shared flat|House|Flat|Flat \(atypical layout\))(, |$)/;

async function replayAll(store: MemoryListingStore) {
  const runs = [];
  for (const source of replayableSources()) {
    runs.push(
      await scrapeSource(source, {
        store,
        userAgent: 'test',
        fetcherFor: (name) => ReplayFetcher.forSource(name),
        now: NOW,
        translation: { translator: recordedTranslator() },
      }),
    );
  }
  return runs;
}

async function allListings(store: MemoryListingStore): Promise<Listing[]> {
  const listings: Listing[] = [];
  for (const kind of ['job', 'rental'] as const)
    for await (const page of store.activeListings(kind)) listings.push(...page);
  return listings;
}

describe('every replayed listing in English (issue 19)', () => {
  let store: MemoryListingStore;
  let listings: Listing[];
  let firstRuns: Awaited<ReturnType<typeof replayAll>>;

  beforeAll(async () => {
    store = new MemoryListingStore();
    firstRuns = await replayAll(store);
    listings = await allListings(store);
  });

  it.each(replayableSources())('gives every %s listing an English title and an English description', (source) => {
    const ofSource = listings.filter((l) => l.source === source);
    expect(ofSource.length).toBeGreaterThan(0);

    for (const listing of ofSource) {
      expect(listing.titleEnglish?.from).not.toBe('not-translated');
      if (listing.kind === 'rental')
        expect(listing.titleEnglish).toMatchObject({
          from: 'listing-fields',
          text: expect.stringMatching(RENTAL_TITLE),
        });
      if (listing.description !== undefined)
        expect(['original', 'machine-translation']).toContain(listing.descriptionEnglish?.from);
    }
  });

  it('names the Úřad práce professions by their CZ-ISCO code unless the ad is in English', () => {
    const welder = listings.find((l) => l.kind === 'job' && l.title.startsWith('Svářeč'));

    expect(welder?.titleEnglish).toEqual({ text: 'Welder and flame cutter', from: 'profession' });
    expect(welder?.title).toBe('Svářeč/ka CO2');
  });

  it('flags the figure the recorded CNC translation got wrong', () => {
    const cnc = listings.find((l) => l.description?.includes('Heidenhain'));

    expect(cnc?.descriptionEnglish?.numberMismatches).toEqual([{ original: '42 000', translated: '24,000' }]);
  });

  it('counts the characters sent in each run, and sends none when the content is unchanged', async () => {
    expect(firstRuns.reduce((sum, run) => sum + (run.translatedCharacters ?? 0), 0)).toBeGreaterThan(0);

    const again = await replayAll(store);

    expect(again.map((run) => [run.source, run.translatedCharacters])).toEqual(again.map((run) => [run.source, 0]));
  });
});
