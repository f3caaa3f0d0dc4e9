import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { ParseError } from '../../../shared/errors';
import { runSource } from '../../../shared/scrape/run-source';
import { mpsvAdapter, toRawJob } from '../../../shared/sources/mpsv/adapter';
import type { RawJob } from '../../../shared/sources/raw-job';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/mpsv', file), 'utf8');

/** The file in small chunks, as a network stream delivers it. */
function chunks(text: string, size = 97): AsyncIterable<Buffer> {
  const buffer = Buffer.from(text);
  return Readable.from(Array.from({ length: Math.ceil(buffer.length / size) }, (_, i) => buffer.subarray(i * size, (i + 1) * size)));
}

async function streamWithCodeList(codeList: string | undefined): Promise<RawJob[]> {
  const records: RawJob[] = [];
  for await (const record of mpsvAdapter.streamRecords!(chunks(fixture('volna-mista.json')), codeList === undefined ? [] : [codeList])) records.push(record);
  return records;
}

async function collect(body: AsyncIterable<Buffer>): Promise<RawJob[]> {
  const records: RawJob[] = [];
  for await (const record of mpsvAdapter.streamRecords!(body)) records.push(record);
  return records;
}

describe('mpsvAdapter', () => {
  it('streams the file, keeping only postings in the Moravian-Silesian Region', async () => {
    const records = await collect(chunks(fixture('volna-mista.json')));

    expect(records.map((r) => r.sourceId)).toEqual(['1234567', '1234568', '1234569', '1234570', '1234571', '1234572']);
  });

  it('reads the same records from a whole saved file', async () => {
    const [start] = mpsvAdapter.startRequests({ radiusKm: 35 });

    expect(mpsvAdapter.parseList(fixture('volna-mista.json'), start!).records).toEqual(await collect(chunks(fixture('volna-mista.json'))));
  });

  it('normalises a posting field by field, without the contact person', async () => {
    const [developer] = await collect(chunks(fixture('volna-mista.json')));

    const job = mpsvAdapter.normalise(developer!);

    expect(job).toMatchObject({
      id: 'mpsv:1234567',
      url: 'https://up.gov.cz/volna-mista-v-cr#/volna-mista-detail/1234567',
      title: 'Software developer (Java)',
      company: 'Demo IT Ostrava s.r.o.',
      companyId: '12345678',
      salary: { min: 60000, max: 90000, currency: 'CZK', period: 'month', monthlyCzkMin: 60000, monthlyCzkMax: 90000 },
      workplace: 'hybrid',
      languages: { english: 'required', czech: 'not-needed' },
      englishFriendly: true,
      workPermit: { nonEuWelcome: true, employeeCard: true, blueCard: true },
      profession: { isco: '25121', majorGroup: 'professionals' },
      validThrough: '2026-12-31T00:00:00.000Z',
      postedAt: '2026-11-20T07:15:00.000Z',
      location: { municipality: 'Ostrava' },
    });
    expect(job.englishSignals).toContainEqual({
      reason: 'Czech is not needed',
      evidence: 'Working language is English; Czech is not required.',
      meaning: 'English required (working language); Czech not needed',
    });
    expect(JSON.stringify(job)).not.toMatch(/Horáková|596 ?123 ?456|pavla/);
  });

  it('turns hourly pay into monthly with the stated hours, and keeps Czech required where stated', async () => {
    const [, warehouse, production, accountant] = await collect(chunks(fixture('volna-mista.json')));

    // Czech-written and not asking for English: Czech is not needed, but English is not enough either (issue 15).
    expect(mpsvAdapter.normalise(production!)).toMatchObject({ salary: { period: 'hour', hoursPerWeek: 37.5, monthlyCzkMin: 30900, monthlyCzkMax: 35800 }, languages: { czech: 'not-needed' }, englishFriendly: false });
    expect(mpsvAdapter.normalise(accountant!)).toMatchObject({ languages: { czech: 'required' }, englishFriendly: false });
    expect(mpsvAdapter.normalise(warehouse!).description).not.toMatch(/596/);
  });

  it('reads the register\'s language codes (Jazyk/anJ, Jazyk/ceJ) and an entry\'s note that makes it an advantage', async () => {
    const records = await collect(chunks(fixture('volna-mista.json')));
    const developer = records[0]!;
    const accountant = records[3]!;

    expect(developer.stated).toEqual({ english: 'required', evidence: 'Required languages: English (Jazyk/anJ), active' });
    expect(accountant.stated).toMatchObject({ czech: 'required', english: 'advantage' });
    expect(mpsvAdapter.normalise(accountant)).toMatchObject({ languages: { czech: 'required', english: 'advantage' }, englishFriendly: false });
  });

  it.each([
    [[{ jazyk: { id: 'Jazyk/anJ' }, urovenZnalosti: { id: 'UrovenZnalostiJazyka/pas' }, popis: 'výhoda' }], { english: 'advantage' }],
    [[{ jazyk: { id: 'Jazyk/ceJ' }, urovenZnalosti: { id: 'UrovenZnalostiJazyka/neurceno' } }], { czech: 'required' }],
    [[{ jazyk: { id: 'Jazyk/jiny' }, popis: 'angličtina' }], { english: 'required' }],
    [[{ jazyk: { id: 'Jazyk/nemJ' }, popis: 'výhodou' }], undefined],
    [null, undefined],
  ])('states %j as %j', (entries, expected) => {
    const posting = { portalId: 1, pozadovanaProfese: { cs: 'Řidič' }, pozadovanaJazykovaZnalost: entries };

    const stated = toRawJob(posting)?.stated;

    expect(stated === undefined ? undefined : { english: stated.english, czech: stated.czech }).toEqual(expected && { english: undefined, czech: undefined, ...expected });
  });

  it.each([
    ['hostile-changed-layout.json', /no "polozky" array/],
    ['hostile-truncated.json', /not valid JSON|no "polozky"/],
  ])('fails loudly on %s', async (file, message) => {
    await expect(collect(chunks(fixture(file)))).rejects.toThrow(ParseError);
    await expect(collect(chunks(fixture(file)))).rejects.toThrow(message);
  });
});

describe('mpsv run on the recorded file', () => {
  it('stores the region\'s jobs, then skips the unchanged file with a conditional GET', async () => {
    const store = new MemoryListingStore();

    const first = await runSource({ adapter: mpsvAdapter, fetcher: ReplayFetcher.forSource('mpsv'), store });
    const second = await runSource({ adapter: mpsvAdapter, fetcher: ReplayFetcher.forSource('mpsv'), store });

    expect(first).toMatchObject({ outcome: 'complete', pages: 1, seen: 6, created: 6, rejected: 0 });
    expect(second).toMatchObject({ outcome: 'complete', suspicious: false, seen: 0, expired: 0, note: expect.stringMatching(/not changed/) });
    expect(await store.countActive('mpsv')).toBe(6);
    expect(await store.getById('mpsv:1234572')).toMatchObject({ location: { municipality: 'Bohumín' } });
    expect(await store.getSourceMemory('mpsv')).toMatchObject({ etag: '"vm-2026-11-24"' });
  });

  it('names municipalities from the code list, and leaves a posting whose code is unknown out', async () => {
    const withList = await streamWithCodeList(fixture('obce.json'));
    const withoutList = await streamWithCodeList(undefined);

    expect(withList.find((r) => r.sourceId === '1234572')?.city).toBe('Bohumín');
    expect(withoutList.find((r) => r.sourceId === '1234572')?.city).toBeUndefined();
    expect(() => mpsvAdapter.normalise(withoutList.find((r) => r.sourceId === '1234572')!)).toThrow(/municipality/);
  });
});
