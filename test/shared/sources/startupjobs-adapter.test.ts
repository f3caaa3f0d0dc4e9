import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { ParseError } from '../../../shared/errors';
import { runSource } from '../../../shared/scrape/run-source';
import type { RawJob } from '../../../shared/sources/raw-job';
import { startupJobsAdapter } from '../../../shared/sources/startupjobs/adapter';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/startupjobs', file), 'utf8');
const [sitemap] = startupJobsAdapter.startRequests({ radiusKm: 35 });
const record = (id: string, slug: string): RawJob => ({ source: 'startupjobs', sourceId: id, url: `https://www.startupjobs.cz/nabidka/${id}/${slug}` });

describe('startupJobsAdapter', () => {
  it('reads only the offers sitemap (robots.txt allows it; the API host is disallowed)', () => {
    expect(sitemap!.url).toBe('https://www.startupjobs.cz/sitemap/offers.xml');

    const page = startupJobsAdapter.parseList(fixture('offers.xml'), sitemap!);

    expect(page.records.map((r) => r.sourceId)).toEqual(['84501', '84502', '84503', '84504']);
    expect(page.declaredTotal).toBe(4);
  });

  it('reads an offer from the page\'s __NUXT_DATA__, field by field, without the contact person', () => {
    const offer = startupJobsAdapter.parseDetail!(fixture('offer-84501.html'), record('84501', 'senior-typescript-developer'))!;

    const job = startupJobsAdapter.normalise(offer);

    expect(job).toMatchObject({
      id: 'startupjobs:84501',
      title: 'Senior TypeScript Developer',
      company: 'Example Fintech Ostrava',
      salary: { min: 80000, max: 110000, period: 'month', monthlyCzkMax: 110000 },
      workplace: 'hybrid',
      employment: ['full-time'],
      languages: { english: 'required', czech: 'not-needed' },
      englishFriendly: true,
      applyUrl: 'https://jobs.example.org/apply/84501',
      location: { municipality: 'Ostrava' },
    });
    expect(JSON.stringify(job)).not.toMatch(/Tereza|tereza@/);
  });

  it('reads the legacy salary shape and a Czech requirement', () => {
    const offer = startupJobsAdapter.parseDetail!(fixture('offer-84503.html'), record('84503', 'qa-engineer'))!;

    expect(startupJobsAdapter.normalise(offer)).toMatchObject({ salary: { min: 50000, max: 65000 }, languages: { czech: 'required' }, englishFriendly: false });
  });

  it('keeps a fully remote job of a company elsewhere, with its place and no distance', () => {
    const offer = startupJobsAdapter.parseDetail!(fixture('offer-84504.html'), record('84504', 'remote-data-engineer'))!;

    const job = startupJobsAdapter.normalise(offer);

    expect(job).toMatchObject({ workplace: 'remote', location: { municipality: 'Brno' }, englishFriendly: true });
    expect(job.location.distanceKm).toBeUndefined();
  });

  it('refuses a damaged payload and a sitemap of another shape with ParseError', () => {
    expect(() => startupJobsAdapter.parseDetail!(fixture('offer-damaged-payload.html'), record('84501', 'x'))).toThrow(ParseError);
    expect(() => startupJobsAdapter.parseList(fixture('hostile-changed-layout.xml'), sitemap!)).toThrow(ParseError);
    expect(() => startupJobsAdapter.parseList(fixture('hostile-truncated.xml'), sitemap!)).toThrow(ParseError);
  });
});

describe('startupjobs run on recorded responses', () => {
  it('stores the region\'s offers, and does not fetch a left-out offer again', async () => {
    const store = new MemoryListingStore();

    const first = await runSource({ adapter: startupJobsAdapter, fetcher: ReplayFetcher.forSource('startupjobs'), store });
    const fetcher = ReplayFetcher.forSource('startupjobs');
    const second = await runSource({ adapter: startupJobsAdapter, fetcher, store });

    expect(first).toMatchObject({ outcome: 'complete', pages: 1, requests: 5, seen: 4, created: 3, rejected: 1 });
    expect(second).toMatchObject({ outcome: 'complete', requests: 1, unchanged: 3 });
  });
});
