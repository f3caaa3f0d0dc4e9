import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { RecordRejectedError } from '../../../shared/errors';
import { runSource } from '../../../shared/scrape/run-source';
import { careersAdapter, jobPostingsIn } from '../../../shared/sources/careers/adapter';
import { normaliseJob } from '../../../shared/normalise/normalise-job';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/careers', file), 'utf8');
const [greenhouse, lever, page] = careersAdapter.startRequests({ radiusKm: 35 });

describe('careersAdapter', () => {
  it("asks each configured employer's board, as data/employers.json lists them", () => {
    expect([greenhouse, lever, page].map((r) => r!.url)).toEqual([
      'https://boards-api.greenhouse.io/v1/boards/examplesoftwareostrava/jobs?content=true',
      'https://api.lever.co/v0/postings/example-engineering?mode=json',
      'https://careers.example.org/ostrava',
    ]);
  });

  it("reads a Greenhouse feed field by field, giving remote jobs the employer's city", () => {
    const [ostrava, , remote, , , , prague] = careersAdapter.parseList(
      fixture('greenhouse-examplesoftwareostrava.json'),
      greenhouse!,
    ).records;

    const job = careersAdapter.normalise(ostrava!);

    expect(job).toMatchObject({
      id: 'careers:example-software-ostrava-4200001',
      company: 'Example Software Ostrava',
      salary: { min: 90000, max: 120000, period: 'month', monthlyCzkMin: 90000 },
      workplace: 'hybrid',
      languages: { czech: 'not-needed' },
      englishFriendly: true,
      postedAt: '2026-11-20T14:00:00.000Z',
      location: { municipality: 'Ostrava' },
    });
    expect(job.description).not.toMatch(/<|&lt;/);
    expect(() => careersAdapter.normalise(prague!)).toThrow(RecordRejectedError);
    expect(careersAdapter.normalise(remote!)).toMatchObject({
      workplace: 'remote',
      location: { municipality: 'Ostrava' },
      languages: { czech: 'advantage' },
    });
  });

  it.each([
    [
      'Mzda: 28 400 - 34 900 Kč hrubého',
      1,
      { min: 28400, max: 34900, period: 'month', monthlyCzkMin: 28400, monthlyCzkMax: 34900 },
    ],
    ['Pay from 55k CZK a month', 2, { min: 55000, max: undefined, period: 'month' }],
    ['Plat 80-110 tis. Kč/měsíc', 3, { min: 80000, max: 110000, period: 'month' }],
    ['Hourly rate 260 CZK/h, 30 hours a week', 4, { min: 260, period: 'hour', hoursPerWeek: 30, monthlyCzkMin: 33800 }],
    ['až 48 000 Kč měsíčně', 5, { min: undefined, max: 48000, period: 'month' }],
  ])('reads pay written in a Greenhouse description: %s', (_text, index, salary) => {
    const records = careersAdapter.parseList(fixture('greenhouse-examplesoftwareostrava.json'), greenhouse!).records;

    expect(normaliseJob(records[index]!).salary).toMatchObject(salary);
  });

  it('reads a Lever feed: salary ranges by their interval, pay only in salaryDescriptionPlain, commitment and workplace', () => {
    const [engineer, czechOnly, technician, project] = careersAdapter.parseList(
      fixture('lever-example-engineering.json'),
      lever!,
    ).records;

    expect(careersAdapter.normalise(engineer!)).toMatchObject({
      salary: { min: 70000, max: 90000, period: 'month' },
      employment: ['full-time'],
      workplace: 'onsite',
      englishFriendly: true,
      postedAt: '2026-11-24T10:00:00.000Z',
    });
    expect(careersAdapter.normalise(czechOnly!)).toMatchObject({
      salary: { min: 36000, max: 44000, period: 'month' },
      englishFriendly: false,
      languages: { czech: 'required' },
      location: { municipality: 'Frýdek-Místek' },
    });
    expect(careersAdapter.normalise(technician!)).toMatchObject({
      salary: { min: 210, max: 260, period: 'hour', monthlyCzkMin: 36400 },
    });
    expect(careersAdapter.normalise(project!)).toMatchObject({
      salary: { min: 80000, max: 110000, period: 'month' },
      workplace: 'hybrid',
    });
  });

  it('finds JobPosting JSON-LD inside @graph, ignoring a broken block, with pay as numbers, digit strings or text', () => {
    expect(jobPostingsIn(fixture('careers-example-logistics.html'), page!.url)).toHaveLength(4);

    const [analyst, lead, driver, picker] = careersAdapter
      .parseList(fixture('careers-example-logistics.html'), page!)
      .records.map((r) => normaliseJob(r));

    expect(analyst).toMatchObject({
      id: 'careers:example-logistics-cz-LA-2026-21',
      url: 'https://careers.example.org/ostrava/la-2026-21',
      salary: { min: 55000, max: 70000, period: 'month' },
      employment: ['full-time'],
      languages: { czech: 'advantage' },
      englishFriendly: true,
    });
    expect(lead!.salary).toMatchObject({ min: 45000, max: 52000, period: 'month' });
    expect(driver!.salary).toMatchObject({ min: 35000, max: 42000, period: 'month' });
    expect(picker).toMatchObject({ salary: { min: 185, period: 'hour' }, employment: ['part-time'] });
  });
});

describe('careers run on recorded responses', () => {
  it("stores the region's jobs of every configured employer", async () => {
    const store = new MemoryListingStore();

    const run = await runSource({ adapter: careersAdapter, fetcher: ReplayFetcher.forSource('careers'), store });

    expect(run).toMatchObject({ outcome: 'complete', pages: 3, seen: 16, created: 14, rejected: 2 });
  });
});
