import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Validator } from '@seriousme/openapi-schema-validator';
import { localDynamoClient } from '../../infra/local/embedded-dynamo';
import { startLocalService, type LocalService } from '../../infra/local/local-service';
import type { Log } from '../../shared/log';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { jobDraft, rentalDraft } from '../support/listing-drafts';
import { REPLAY_RECORDED_AT, replayClock } from '../support/replay-clock';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

interface Source {
  name: string;
  kind: string;
  enabled: boolean;
  activeListings: number;
  lastRuns: { outcome: string }[];
}

/*
 * What holds for whatever recorded responses are replayed: these tests name no recorded listing, so
 * that the fixtures can be re-recorded without touching them.
 */
describe('npm start: the local service on dynalite', () => {
  let dataDir: string;
  let service: LocalService;
  let starting: Promise<LocalService> | undefined;
  const get = async (path: string, init?: RequestInit) => {
    const response = await fetch(`${service.url}${path}`, init);
    return {
      status: response.status,
      headers: response.headers,
      body: (response.status === 204 || response.status === 304 ? undefined : await response.json()) as any,
    };
  };
  const sources = async (): Promise<Source[]> => (await get('/sources')).body.sources;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'listings-'));
    starting = startLocalService({ port: 0, host: '127.0.0.1', dataDir, replay: true, log: quiet, now: replayClock() });
    service = await starting;
  }, 180_000); // replays every source: far longer than usual on a busy machine
  afterAll(async () => {
    // Also a start the hook gave up on, once it finishes: nothing may keep running after the file.
    await ((service as LocalService | undefined) ?? (await starting?.catch(() => undefined)))?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('answers the README query (rent with fees at most, one layout) with matching replayed rentals only', async () => {
    // Built around a replayed rental, so that it has an answer whatever was recorded.
    const all = (await get('/listings?kind=rental&limit=50')).body.items;
    const sample = all.find((item: any) => item.disposition !== undefined && item.rentCzk !== undefined);
    const maxRent = sample.rentCzk + (sample.feesCzk ?? 0);
    const enabled = (await sources()).filter((s) => s.enabled).map((s) => s.name);

    const { status, body } = await get(
      `/listings?kind=rental&maxRent=${maxRent}&disposition=${encodeURIComponent(sample.disposition)}&limit=50`,
    );

    expect(status).toBe(200);
    expect(body.items.map((item: { id: string }) => item.id)).toContain(sample.id);
    for (const item of body.items) {
      expect(item.disposition).toBe(sample.disposition);
      expect(item.rentCzk + (item.feesCzk ?? 0)).toBeLessThanOrEqual(maxRent);
      expect(enabled).toContain(item.source);
    }
    expect(body.items.some((item: { source: string }) => item.source !== 'demo')).toBe(true); // the recorded portals' listings match too
  });

  it('replays every enabled source completely, and lists no DEMO source', async () => {
    const all = await sources();

    for (const source of all.filter((s) => s.enabled)) {
      expect({ name: source.name, outcome: source.lastRuns[0]?.outcome }).toEqual({
        name: source.name,
        outcome: 'complete',
      });
      expect(source.activeListings).toBeGreaterThan(0);
    }
    expect(all.map((s) => s.name)).not.toContain('demo');
  });

  it('walks every page with nextCursor, with no repeats, reaching every active rental', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await get(
        `/listings?kind=rental&limit=5${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      ids.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
      pages++;
    } while (cursor && pages < 1000);
    const active = (await sources()).filter((s) => s.kind === 'rental').reduce((sum, s) => sum + s.activeListings, 0);

    expect(pages).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(active);
  });

  it("stamps what the replay first saw with the service's clock, not the system's", async () => {
    const { body } = await get('/listings?kind=rental&limit=50');
    const { body: jobs } = await get('/listings?kind=job&limit=50');

    for (const item of [...body.items, ...jobs.items]) {
      // The replay ran on the pinned clock, within the minutes since it started.
      expect(Date.parse(item.firstSeenAt)).toBeGreaterThanOrEqual(REPLAY_RECORDED_AT);
      expect(Date.parse(item.firstSeenAt)).toBeLessThan(REPLAY_RECORDED_AT + 30 * 60_000);
    }
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
    const [first] = (await get('/listings?kind=job&limit=1')).body.items;

    // The list gives cards; the detail is the whole listing, of which the card is a part.
    expect((await get(`/listings/${encodeURIComponent(first.id)}`)).body).toMatchObject(first);
    expect((await get('/nowhere')).status).toBe(404);
  });

  it('serves English-friendly jobs paying at least 50 000 CZK with their language requirements and evidence', async () => {
    const { status, body } = await get('/listings?kind=job&english=true&minSalary=50000&limit=50');

    const developer = body.items.find((job: { id: string }) => job.id === 'mpsv:67100001');
    expect(status).toBe(200);
    expect(
      body.items.every(
        (job: any) => job.englishFriendly && (job.salary.monthlyCzkMax ?? job.salary.monthlyCzkMin) >= 50000,
      ),
    ).toBe(true);
    expect(developer).toMatchObject({
      languages: { english: 'required', czech: 'not-needed' },
      workPermit: { nonEuWelcome: true },
    });
    expect(developer.englishSignals).toContainEqual({
      reason: 'Czech is not needed',
      evidence: 'Czech is not required.',
      meaning: expect.stringMatching(/Czech not needed/),
    });
    expect(body.items.map((job: { id: string }) => job.id)).toEqual(
      expect.arrayContaining(['startupjobs:85101', 'careers:example-engineering-6f1b2c3d-0000-4000-8000-000000000001']),
    );
  });

  it('serves the replayed jobs of every job source, careers included though it is off for live runs', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const page: { body: { items: { id: string }[]; nextCursor: string | null } } = await get(
        `/listings?kind=job&limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      ids.push(...page.body.items.map((item) => item.id));
      cursor = page.body.nextCursor;
    } while (cursor);

    const bySource = (source: string) => ids.filter((id) => id.startsWith(`${source}:`)).length;
    expect({ mpsv: bySource('mpsv'), careers: bySource('careers'), startupjobs: bySource('startupjobs') }).toEqual({
      mpsv: 23,
      careers: 14,
      startupjobs: 9,
    });
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
    const { status, headers } = await get('/listings', {
      method: 'OPTIONS',
      headers: { Origin: 'https://example.org', 'Access-Control-Request-Method': 'GET' },
    });

    expect(status).toBe(204);
    expect(headers.get('access-control-allow-methods')).toBe('GET');
  });

  it('lets no other origin pass a preflight for a partner write', async () => {
    const { headers } = await get('/partner/jobs', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'POST' },
    });

    expect(headers.get('access-control-allow-methods')).toBe('');
    expect(headers.get('access-control-allow-headers')).not.toContain('content-type');
  });

  it('keeps its data across a restart, and removes the DEMO set an earlier version left, saying so', async () => {
    const [kept] = (await get('/listings?kind=rental&limit=1')).body.items;
    // What an earlier version's `npm start -- --replay` wrote: listings and a run of the source "demo".
    const client = localDynamoClient(service.dynamoEndpoint);
    const store = new DynamoListingStore(client, { tableName: service.tableName });
    const demo = [
      rentalDraft(1, { id: 'demo:rental-1', source: 'demo', title: '[DEMO] Pronájem bytu 2+kk' }),
      jobDraft(1, { id: 'demo:job-1', source: 'demo', title: '[DEMO] Java Developer' }),
    ];
    await store.upsertChanged(demo, new Date(REPLAY_RECORDED_AT));
    await store.recordRun(demoRun());
    client.destroy();
    await service.close();
    jest.resetModules(); // a restart is a fresh process: handlers re-read the new endpoint at import
    const warnings: { message: string; details: unknown }[] = [];
    const log: Log = { ...quiet, warn: (message, details) => void warnings.push({ message, details }) };

    service = await (
      await import('../../infra/local/local-service')
    ).startLocalService({ port: 0, host: '127.0.0.1', dataDir, replay: false, log, now: replayClock() });

    // The card's thumbnail is the whole listing's first image.
    const { thumbnail, ...card } = kept as typeof kept & { thumbnail?: string };
    const whole = (await get(`/listings/${encodeURIComponent(kept.id)}`)).body as unknown as typeof kept & {
      images: string[];
    };
    expect(whole).toMatchObject(card);
    expect(whole.images[0]).toBe(thumbnail);
    expect((await get('/listings/demo%3Arental-1')).status).toBe(404);
    expect((await get('/listings/demo%3Ajob-1')).status).toBe(404);
    expect(warnings).toEqual([
      { message: expect.stringMatching(/removed DEMO listings/), details: { source: 'demo', listings: 2, runs: 1 } },
    ]);
  }, 90_000); // it stops and starts the whole service: about 12 s on a busy 2-core machine
});

function demoRun() {
  const at = new Date(REPLAY_RECORDED_AT).toISOString();
  return {
    runId: 'demo-run',
    source: 'demo',
    startedAt: at,
    finishedAt: at,
    outcome: 'complete' as const,
    suspicious: false,
    pages: 0,
    requests: 0,
    seen: 2,
    created: 2,
    changed: 0,
    unchanged: 0,
    expired: 0,
    rejected: 0,
    rejectedReasons: {},
    durationMs: 0,
  };
}
