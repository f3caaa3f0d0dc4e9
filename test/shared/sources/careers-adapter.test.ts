import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { RecordRejectedError } from '../../../shared/errors';
import { runSource } from '../../../shared/scrape/run-source';
import { careersAdapter, jobPostingsIn } from '../../../shared/sources/careers/adapter';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/careers', file), 'utf8');
const [greenhouse, lever, page] = careersAdapter.startRequests({ radiusKm: 35 });

describe('careersAdapter', () => {
  it('asks each configured employer\'s board, as data/employers.json lists them', () => {
    expect([greenhouse, lever, page].map((r) => r!.url)).toEqual([
      'https://boards-api.greenhouse.io/v1/boards/examplesoftwareostrava/jobs?content=true',
      'https://api.lever.co/v0/postings/example-engineering?mode=json',
      'https://careers.example.org/ostrava',
    ]);
  });

  it('reads a Greenhouse feed field by field, giving remote jobs the employer\'s city', () => {
    const [ostrava, prague, remote] = careersAdapter.parseList(fixture('greenhouse-examplesoftwareostrava.json'), greenhouse!).records;

    const job = careersAdapter.normalise(ostrava!);

    expect(job).toMatchObject({
      id: 'careers:example-software-ostrava-4012345',
      company: 'Example Software Ostrava',
      salary: { min: 90000, max: 120000, monthlyCzkMin: 90000 },
      workplace: 'hybrid',
      languages: { czech: 'not-needed' },
      englishFriendly: true,
      postedAt: '2026-11-10T14:00:00.000Z',
      location: { municipality: 'Ostrava' },
    });
    expect(job.description).not.toMatch(/<|&lt;/);
    expect(() => careersAdapter.normalise(prague!)).toThrow(RecordRejectedError);
    expect(careersAdapter.normalise(remote!)).toMatchObject({ workplace: 'remote', location: { municipality: 'Ostrava' }, languages: { czech: 'advantage' } });
  });

  it('reads a Lever feed with its salary range, commitment and workplace', () => {
    const [engineer, czechOnly] = careersAdapter.parseList(fixture('lever-example-engineering.json'), lever!).records;

    expect(careersAdapter.normalise(engineer!)).toMatchObject({ salary: { min: 70000, max: 90000, period: 'month' }, employment: ['full-time'], workplace: 'onsite', englishFriendly: true, postedAt: '2025-11-19T08:00:00.000Z' });
    expect(careersAdapter.normalise(czechOnly!)).toMatchObject({ englishFriendly: false, languages: { czech: 'required' }, location: { municipality: 'Frýdek-Místek' } });
  });

  it('finds JobPosting JSON-LD inside @graph, ignoring a broken block', () => {
    expect(jobPostingsIn(fixture('careers-example-logistics.html'), page!.url)).toHaveLength(1);

    const [analyst] = careersAdapter.parseList(fixture('careers-example-logistics.html'), page!).records;

    expect(careersAdapter.normalise(analyst!)).toMatchObject({
      id: 'careers:example-logistics-cz-LA-2026-17',
      url: 'https://careers.example.org/ostrava/logistics-analyst',
      salary: { min: 55000, max: 70000 },
      employment: ['full-time'],
      validThrough: '2027-01-31T23:59:59.000Z',
      languages: { czech: 'advantage' },
      englishFriendly: true,
    });
  });
});

describe('careers run on recorded responses', () => {
  it('stores the region\'s jobs of every configured employer', async () => {
    const store = new MemoryListingStore();

    const run = await runSource({ adapter: careersAdapter, fetcher: ReplayFetcher.forSource('careers'), store });

    expect(run).toMatchObject({ outcome: 'complete', pages: 3, seen: 6, created: 5, rejected: 1 });
  });
});
