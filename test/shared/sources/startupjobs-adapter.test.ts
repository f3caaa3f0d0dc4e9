import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { ParseError } from '../../../shared/errors';
import { runSource } from '../../../shared/scrape/run-source';
import type { RawJob } from '../../../shared/sources/raw-job';
import { startupJobsAdapter } from '../../../shared/sources/startupjobs/adapter';
import { normaliseJob } from '../../../shared/normalise/normalise-job';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/startupjobs', file), 'utf8');
const [sitemap] = startupJobsAdapter.startRequests({ radiusKm: 35 });
const record = (id: string, slug: string): RawJob => ({
  source: 'startupjobs',
  sourceId: id,
  url: `https://www.startupjobs.cz/nabidka/${id}/${slug}`,
});

describe('startupJobsAdapter', () => {
  it('reads only the offers sitemap (robots.txt allows it; the API host is disallowed)', () => {
    expect(sitemap!.url).toBe('https://www.startupjobs.cz/sitemap/offers.xml');

    const page = startupJobsAdapter.parseList(fixture('offers.xml'), sitemap!);

    expect(page.records.map((r) => r.sourceId)).toEqual([
      '85101',
      '85102',
      '85103',
      '85104',
      '85105',
      '85106',
      '85107',
      '85108',
      '85109',
      '85110',
    ]);
    expect(page.declaredTotal).toBe(10);
  });

  it("reads an offer from the page's __NUXT_DATA__, field by field, without the contact person", () => {
    const offer = startupJobsAdapter.parseDetail!(
      fixture('offer-85101.html'),
      record('85101', 'senior-typescript-developer'),
    )!;

    const job = startupJobsAdapter.normalise(offer);

    expect(job).toMatchObject({
      id: 'startupjobs:85101',
      title: 'Senior TypeScript Developer',
      company: 'Příklad Fintech',
      salary: { min: 80000, max: 110000, period: 'month', monthlyCzkMax: 110000 },
      workplace: 'hybrid',
      employment: ['full-time'],
      languages: { english: 'required', czech: 'not-needed' },
      englishFriendly: true,
      applyUrl: 'https://www.startupjobs.cz/nabidka/85101/senior-typescript-developer',
      location: { municipality: 'Ostrava' },
    });
    expect(JSON.stringify(job)).not.toMatch(/Příkladová|eva@/);
  });

  it('reads the API-era salary shape, and a Czech requirement from the languages list', () => {
    const qa = startupJobsAdapter.parseDetail!(fixture('offer-85103.html'), record('85103', 'qa-engineer'))!;
    const manager = startupJobsAdapter.parseDetail!(fixture('offer-85102.html'), record('85102', 'product-manager'))!;

    expect(startupJobsAdapter.normalise(qa)).toMatchObject({ salary: { min: 55000, max: 70000, period: 'month' } });
    expect(startupJobsAdapter.normalise(manager)).toMatchObject({
      languages: { czech: 'required' },
      englishFriendly: false,
    });
  });

  it.each([
    ['85109', 'freelance-android-developer', { min: 5000, max: 7000, period: 'day', monthlyCzkMin: 108300 }],
    [
      '85104',
      'data-engineer-remote',
      { min: 4000, max: 5500, currency: 'EUR', period: 'month', monthlyCzkMin: 100000, monthlyCzkMax: 137500 },
    ],
    ['85105', 'ux-designer', { min: 60000, max: 80000, currency: 'CZK', period: 'month' }],
  ])('reads the pay of offer %s (man-day rate, euros, or only in the text)', (id, slug, salary) => {
    const offer = startupJobsAdapter.parseDetail!(fixture(`offer-${id}.html`), record(id, slug))!;

    expect(normaliseJob(offer).salary).toMatchObject(salary);
  });

  it('keeps a fully remote job of a company elsewhere, with its place and no distance', () => {
    const offer = startupJobsAdapter.parseDetail!(
      fixture('offer-85104.html'),
      record('85104', 'data-engineer-remote'),
    )!;

    const job = startupJobsAdapter.normalise(offer);

    expect(job).toMatchObject({ workplace: 'remote', location: { municipality: 'Praha' }, englishFriendly: true });
    expect(job.location.distanceKm).toBeUndefined();
  });

  it('refuses a damaged payload and a sitemap of another shape with ParseError', () => {
    expect(() => startupJobsAdapter.parseDetail!(fixture('offer-damaged-payload.html'), record('85101', 'x'))).toThrow(
      ParseError,
    );
    expect(() => startupJobsAdapter.parseList(fixture('hostile-changed-layout.xml'), sitemap!)).toThrow(ParseError);
    expect(() => startupJobsAdapter.parseList(fixture('hostile-truncated.xml'), sitemap!)).toThrow(ParseError);
  });
});

describe('startupjobs run on recorded responses', () => {
  it("stores the region's offers, and does not fetch a left-out offer again", async () => {
    const store = new MemoryListingStore();

    const first = await runSource({
      adapter: startupJobsAdapter,
      fetcher: ReplayFetcher.forSource('startupjobs'),
      store,
    });
    const fetcher = ReplayFetcher.forSource('startupjobs');
    const second = await runSource({ adapter: startupJobsAdapter, fetcher, store });

    expect(first).toMatchObject({ outcome: 'complete', pages: 1, requests: 11, seen: 10, created: 9, rejected: 1 });
    expect(second).toMatchObject({ outcome: 'complete', requests: 1, unchanged: 9 });
  });
});
