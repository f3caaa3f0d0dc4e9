import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { startLocalService, type LocalService } from '../../infra/local/local-service';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('npm start: the local service on dynalite', () => {
  let dataDir: string;
  let service: LocalService;
  const get = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${service.url}${path}`, init);
    return { status: response.status, headers: response.headers, body: (response.status === 204 || response.status === 304 ? undefined : await response.json()) as any };
  };

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'listings-'));
    service = await startLocalService({ port: 0, host: '127.0.0.1', dataDir, replay: true, log: quiet });
  });
  afterAll(async () => {
    await service?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers matching rentals for the README query', async () => {
    const { status, body } = await get('/listings?kind=rental&maxRent=15000&disposition=2%2Bkk');

    expect(status).toBe(200);
    expect(body.count).toBeGreaterThan(0);
    for (const item of body.items) {
      expect(item.disposition).toBe('2+kk');
      expect(item.rentCzk + (item.feesCzk ?? 0)).toBeLessThanOrEqual(15000);
      expect(item.title).toMatch(/^\[DEMO\]/);
    }
  });

  it('walks every page with nextCursor, with no repeats', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await get(`/listings?kind=rental&limit=25${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
      ids.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor);

    expect(pages).toBeGreaterThanOrEqual(5);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(150 + 6 + 4 + 4 + 5); // demo rentals, and the recorded responses of sreality, idnes, bezrealitky and ulovdomov in the region
  });

  it('answers under /api as the site calls it, the same as bare, and never serves files there', async () => {
    const bare = await get('/listings?kind=rental&maxRent=15000');
    const prefixed = await get('/api/listings?kind=rental&maxRent=15000');

    expect(prefixed.status).toBe(200);
    expect(prefixed.body).toEqual(bare.body);
    expect((await get('/api/index.html')).status).toBe(404);
    expect((await get('/apixyz/listings?kind=rental')).status).toBe(404);
  });

  it('answers 400 naming kind for kind=car', async () => {
    const { status, body } = await get('/listings?kind=car');

    expect(status).toBe(400);
    expect(body.parameter).toBe('kind');
  });

  it('serves one listing by its percent-encoded id, and 404 for an unknown route', async () => {
    expect((await get('/listings/demo%3Arental-1')).body).toMatchObject({ id: 'demo:rental-1' });
    expect((await get('/nowhere')).status).toBe(404);
  });

  it('reports the demo run and the replayed scraper runs in GET /sources', async () => {
    const { body } = await get('/sources');

    expect(body.sources.find((s: { name: string }) => s.name === 'demo')).toMatchObject({ activeListings: 230, lastRuns: [expect.objectContaining({ created: 230 })] });
    expect(body.sources.find((s: { name: string }) => s.name === 'sreality')).toMatchObject({ activeListings: 6, lastRuns: [expect.objectContaining({ outcome: 'complete', created: 6 })] });
  });

  it('serves English-friendly jobs paying at least 50 000 CZK with their language requirements and evidence', async () => {
    const { status, body } = await get('/listings?kind=job&english=true&minSalary=50000&limit=50');

    const developer = body.items.find((job: { id: string }) => job.id === 'mpsv:1234567');
    expect(status).toBe(200);
    expect(body.items.every((job: any) => job.englishFriendly && job.salary.monthlyCzkMax >= 50000)).toBe(true);
    expect(developer).toMatchObject({ languages: { english: 'required', czech: 'not-needed' }, workPermit: { nonEuWelcome: true } });
    expect(developer.englishSignals).toContainEqual({
      reason: 'Czech is not needed',
      evidence: 'Working language is English; Czech is not required.',
      meaning: 'English required (working language); Czech not needed',
    });
    expect(body.items.map((job: { id: string }) => job.id)).toEqual(expect.arrayContaining(['startupjobs:84501']));
  });

  it('serves the scraped listings', async () => {
    const { body } = await get('/listings/sreality%3A1838113612');

    expect(body).toMatchObject({ source: 'sreality', englishFriendly: true, location: { district: 'Ostrava-Jih' } });
  });

  it('serves a valid OpenAPI 3.1 document', async () => {
    const { body } = await get('/openapi.json');

    expect((await new Validator().validate(body)).valid).toBe(true);
  });

  it('answers CORS preflight', async () => {
    const { status, headers } = await get('/listings', { method: 'OPTIONS', headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' } });

    expect(status).toBe(204);
    expect(headers.get('access-control-allow-methods')).toBe('GET');
  });

  it('lets no other origin pass a preflight for a partner write', async () => {
    const { headers } = await get('/partner/jobs', { method: 'OPTIONS', headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' } });

    expect(headers.get('access-control-allow-methods')).toBe('');
    expect(headers.get('access-control-allow-headers')).not.toContain('content-type');
  });

  it('keeps its data across a restart on the same data folder', async () => {
    await service.close();
    jest.resetModules(); // a restart is a fresh process: handlers re-read the new endpoint at import

    service = await (await import('../../infra/local/local-service')).startLocalService({ port: 0, host: '127.0.0.1', dataDir, replay: false, log: quiet });

    expect((await get('/listings/demo%3Ajob-1')).body).toMatchObject({ id: 'demo:job-1', kind: 'job' });
  });
});
