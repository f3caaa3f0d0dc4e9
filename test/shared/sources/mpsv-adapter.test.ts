import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ReplayFetcher } from '../../../infra/local/replay-fetcher';
import { ParseError } from '../../../shared/errors';
import { runSource } from '../../../shared/scrape/run-source';
import { mpsvAdapter, toRawJob } from '../../../shared/sources/mpsv/adapter';
import type { RawJob } from '../../../shared/sources/raw-job';
import { normaliseJob } from '../../../shared/normalise/normalise-job';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';

const fixture = (file: string) => readFileSync(join(__dirname, '../../fixtures/mpsv', file), 'utf8');

/** The file in small chunks, as a network stream delivers it. */
function chunks(text: string, size = 97): AsyncIterable<Buffer> {
  const buffer = Buffer.from(text);
  return Readable.from(
    Array.from({ length: Math.ceil(buffer.length / size) }, (_, i) => buffer.subarray(i * size, (i + 1) * size)),
  );
}

async function streamWithCodeList(codeList: string | undefined): Promise<RawJob[]> {
  const records: RawJob[] = [];
  for await (const record of mpsvAdapter.streamRecords!(
    chunks(fixture('volna-mista.json')),
    codeList === undefined ? [] : [codeList],
  ))
    records.push(record);
  return records;
}

async function collect(body: AsyncIterable<Buffer>): Promise<RawJob[]> {
  const records: RawJob[] = [];
  for await (const record of mpsvAdapter.streamRecords!(body)) records.push(record);
  return records;
}

const IN_REGION = Array.from({ length: 23 }, (_, n) => String(67100001 + n));

describe('mpsvAdapter', () => {
  it('streams the file, keeping postings placed in the region by address, town or district', async () => {
    const records = await collect(chunks(fixture('volna-mista.json')));

    expect(records.map((r) => r.sourceId)).toEqual(IN_REGION);
  });

  it('reads the same records from a whole saved file, and from a saved bare list of postings', async () => {
    const [start] = mpsvAdapter.startRequests({ radiusKm: 35 });
    const bareList = JSON.stringify(JSON.parse(fixture('volna-mista.json')).polozky);

    expect(mpsvAdapter.parseList(fixture('volna-mista.json'), start!).records).toEqual(
      await collect(chunks(fixture('volna-mista.json'))),
    );
    expect(mpsvAdapter.parseList(bareList, start!).records.map((r) => r.sourceId)).toEqual(IN_REGION);
  });

  it('normalises a posting field by field, without the contact person or the office bookkeeping', async () => {
    const [developer] = await collect(chunks(fixture('volna-mista.json')));

    const job = mpsvAdapter.normalise(developer!);

    expect(job).toMatchObject({
      id: 'mpsv:67100001',
      url: 'https://up.gov.cz/volna-mista-v-cr#/volna-mista-detail/67100001',
      title: 'Vývojář/ka softwaru (Java)',
      company: 'Severka Software s.r.o.',
      companyId: '27100001',
      salary: { min: 65000, max: 95000, currency: 'CZK', period: 'month', monthlyCzkMin: 65000, monthlyCzkMax: 95000 },
      employment: ['full-time'],
      workplace: 'hybrid',
      workPermit: { nonEuWelcome: true, employeeCard: true, blueCard: true },
      profession: { isco: '25120', majorGroup: 'professionals' },
      postedAt: '2026-11-24T00:00:00.000Z',
      location: { municipality: 'Ostrava', address: 'Nádražní 1010/14, 70200, Ostrava' },
    });
    expect(job.description).toMatch(/^We are a product team/);
    expect(JSON.stringify(job)).not.toMatch(/Kontaktní|personalni@|555 000 111/);
  });

  it.each([
    ['67100007', 'a town only, with its free-text addition', { municipality: 'Vratimov' }],
    ['67100009', 'a town only, with no workplace list', { municipality: 'Ostrava' }],
    ['67100010', 'only the district Ostrava-město', { municipality: 'Ostrava', address: 'okres Ostrava-město' }],
    ['67100012', 'two districts of the region', { municipality: 'Frýdek-Místek', address: 'okres Frýdek-Místek' }],
    [
      '67100022',
      'districts with Ostrava-město among them',
      { municipality: 'Ostrava', address: 'okres Ostrava-město' },
    ],
    ['67100018', 'a town code nobody knows, with the town in free text', { municipality: 'Ostrava' }],
  ])('places posting %s, given %s, with the precision it has', async (id, _how, location) => {
    const record = (await collect(chunks(fixture('volna-mista.json')))).find((r) => r.sourceId === id);

    expect(mpsvAdapter.normalise(record!).location).toMatchObject(location);
  });

  it('places an address whose town code is unknown at its district, keeping the street', async () => {
    const withoutList = await streamWithCodeList(undefined);

    expect(mpsvAdapter.normalise(withoutList.find((r) => r.sourceId === '67100015')!).location).toMatchObject({
      municipality: 'Karviná',
      address: 'Hlavní třída 210/31, okres Karviná',
    });
  });

  it.each([
    [
      '67100003',
      { min: 175, max: 210, period: 'hour', hoursPerWeek: 37.5, monthlyCzkMin: 28400, monthlyCzkMax: 34100 },
    ],
    ['67100007', { min: 165, period: 'hour', hoursPerWeek: 40 }],
    ['67100018', { min: undefined, max: 52000, period: 'month' }],
  ])('reads the pay of posting %s by its wage type (TypMzdy/hod holds an hourly rate)', async (id, salary) => {
    const record = (await collect(chunks(fixture('volna-mista.json')))).find((r) => r.sourceId === id);

    expect(normaliseJob(record!).salary).toMatchObject(salary);
  });

  it('reads contract-type codes and CAPITALS titles', async () => {
    const records = await collect(chunks(fixture('volna-mista.json')));
    const warehouse = mpsvAdapter.normalise(records.find((r) => r.sourceId === '67100002')!);
    const cleaner = normaliseJob(records.find((r) => r.sourceId === '67100009')!);

    expect(warehouse).toMatchObject({ title: 'Skladník/skladnice (HPP)', employment: ['full-time', 'work-agreement'] });
    expect(warehouse.description).toMatch(/^Práce ve skladu/);
    expect(cleaner.employment).toEqual(['part-time']);
  });

  it('ends with ParseError, holding at most one bounded posting, when one value never ends', async () => {
    const endless = async function* () {
      yield Buffer.from('{"polozky":[{"portalId":1,"upresnujiciInformace":{"cs":"');
      for (let i = 0; i < 64; i++) yield Buffer.alloc(64 * 1024, 'x');
    };

    await expect(collect(endless())).rejects.toThrow(/larger than 2097152 bytes/);
  });

  it("reads the register's language codes (Jazyk/anJ, Jazyk/ceJ) with their level and note", async () => {
    const records = await collect(chunks(fixture('volna-mista.json')));
    const withCode = (code: string) => records.find((r) => r.stated?.evidence?.includes(code));

    expect(withCode('Jazyk/anJ')?.stated).toMatchObject({ english: 'required' });
    expect(withCode('Jazyk/ceJ')?.stated).toMatchObject({ czech: 'required' });
    expect(mpsvAdapter.normalise(withCode('Jazyk/ceJ')!)).toMatchObject({
      languages: { czech: 'required' },
      englishFriendly: false,
    });
  });

  it.each([
    [
      [{ jazyk: { id: 'Jazyk/anJ' }, urovenZnalosti: { id: 'UrovenZnalostiJazyka/pas' }, popis: 'výhoda' }],
      { english: 'advantage' },
    ],
    [[{ jazyk: { id: 'Jazyk/ceJ' }, urovenZnalosti: { id: 'UrovenZnalostiJazyka/neurceno' } }], { czech: 'required' }],
    [[{ jazyk: { id: 'Jazyk/jiny' }, popis: 'angličtina' }], { english: 'required' }],
    [[{ jazyk: { id: 'Jazyk/nemJ' }, popis: 'výhodou' }], undefined],
    [null, undefined],
  ])('states %j as %j', (entries, expected) => {
    const posting = {
      portalId: 1,
      pozadovanaProfese: { cs: 'Řidič' },
      mistoVykonuPrace: { typMistaVykonuPrace: { id: 'TypMistaVykonuPrace/obec' }, obec: { id: 'Obec/554821' } },
      pozadovanaJazykovaZnalost: entries,
    };

    const stated = toRawJob(posting)?.stated;

    expect(stated === undefined ? undefined : { english: stated.english, czech: stated.czech }).toEqual(
      expected && { english: undefined, czech: undefined, ...expected },
    );
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
  it("stores the region's jobs, then skips the unchanged file with a conditional GET", async () => {
    const store = new MemoryListingStore();

    const first = await runSource({ adapter: mpsvAdapter, fetcher: ReplayFetcher.forSource('mpsv'), store });
    const second = await runSource({ adapter: mpsvAdapter, fetcher: ReplayFetcher.forSource('mpsv'), store });

    expect(first).toMatchObject({ outcome: 'complete', pages: 1, seen: 23, created: 23, rejected: 0 });
    expect(second).toMatchObject({
      outcome: 'complete',
      suspicious: false,
      seen: 0,
      expired: 0,
      note: expect.stringMatching(/not changed/),
    });
    expect(await store.countActive('mpsv')).toBe(23);
    expect(await store.getById('mpsv:67100017')).toMatchObject({ location: { municipality: 'Bohumín' } });
    expect(await store.getSourceMemory('mpsv')).toMatchObject({ etag: '"vm-2026-11-24"' });
  });

  it('names towns from the code list, and places a posting whose code is unknown by its district', async () => {
    const withList = await streamWithCodeList(fixture('obce.json'));
    const withoutList = await streamWithCodeList(undefined);

    expect(withList.find((r) => r.sourceId === '67100017')?.city).toBe('Bohumín');
    expect(withoutList.find((r) => r.sourceId === '67100017')).toMatchObject({
      city: 'Karviná',
      address: 'Masarykova 1000, okres Karviná',
    });
  });
});
