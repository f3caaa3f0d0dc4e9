import { Validator } from '@seriousme/openapi-schema-validator';
import { handler as getListing } from '../../../functions/api/get-listing';
import { handler as getOpenApi } from '../../../functions/api/get-openapi';
import { handler as getSources } from '../../../functions/api/get-sources';
import { useListingStore } from '../../../functions/deps';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { invoke } from '../../support/invoke';
import { jobDraft, rentalDraft } from '../../support/listing-drafts';

const store = new MemoryListingStore();

beforeAll(async () => {
  useListingStore(store);
  await store.upsertChanged([rentalDraft(1), rentalDraft(2)], new Date('2026-11-01T00:00:00.000Z'));
  await store.expire(['sreality:1002'], new Date('2026-11-02T00:00:00.000Z'));
  await store.recordRun({
    runId: 'run-1',
    source: 'sreality',
    startedAt: '2026-11-01T00:00:00.000Z',
    finishedAt: '2026-11-01T00:01:00.000Z',
    outcome: 'complete',
    suspicious: false,
    pages: 2,
    requests: 3,
    seen: 2,
    created: 2,
    changed: 0,
    unchanged: 0,
    expired: 0,
    rejected: 0,
    rejectedReasons: {},
    durationMs: 60000,
  });
});

describe('GET /listings/{id}', () => {
  it('answers one listing', async () => {
    const response = await invoke(getListing, {
      url: '/listings/sreality%3A1001',
      pathParameters: { id: 'sreality:1001' },
    });

    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ id: 'sreality:1001', status: 'active' });
  });

  it('tags each listing with its own ETag and answers 304 only to that tag', async () => {
    const one = await invoke(getListing, { url: '/listings/sreality%3A1001', pathParameters: { id: 'sreality:1001' } });
    const other = await invoke(getListing, {
      url: '/listings/sreality%3A1002',
      pathParameters: { id: 'sreality:1002' },
    });

    const fresh = await invoke(getListing, {
      url: '/listings/sreality%3A1001',
      pathParameters: { id: 'sreality:1001' },
      headers: { 'If-None-Match': one.headers.etag as string },
    });
    const stale = await invoke(getListing, {
      url: '/listings/sreality%3A1001',
      pathParameters: { id: 'sreality:1001' },
      headers: { 'If-None-Match': other.headers.etag as string },
    });

    expect(one.headers.etag).toMatch(/^W\/"[\w-]+"$/);
    expect(other.headers.etag).not.toBe(one.headers.etag);
    expect([fresh.status, fresh.body]).toEqual([304, '']);
    expect(stale.status).toBe(200);
    expect(stale.json()).toMatchObject({ id: 'sreality:1001' });
  });

  it('answers an expired listing, marked expired', async () => {
    const response = await invoke(getListing, {
      url: '/listings/sreality%3A1002',
      pathParameters: { id: 'sreality:1002' },
    });

    expect(response.json()).toMatchObject({ status: 'expired' });
  });

  it('answers 404 for an unknown id', async () => {
    const response = await invoke(getListing, { url: '/listings/sreality%3A9', pathParameters: { id: 'sreality:9' } });

    expect(response.status).toBe(404);
    expect(response.json()).toMatchObject({ error: 'not_found' });
  });

  it('answers 404 for a partner posting closed by its owner (never approved text is never served)', async () => {
    await store.upsertChanged(
      [jobDraft(7, { id: 'partner:closed7', source: 'partner' })],
      new Date('2026-11-01T00:00:00.000Z'),
    );
    await store.expire(['partner:closed7'], new Date('2026-11-02T00:00:00.000Z'));

    const response = await invoke(getListing, {
      url: '/listings/partner%3Aclosed7',
      pathParameters: { id: 'partner:closed7' },
    });

    expect(response.status).toBe(404);
    expect(response.body).not.toContain('Software developer 7');
  });

  it('answers 400 naming id for a malformed id', async () => {
    const response = await invoke(getListing, { url: '/listings/x', pathParameters: { id: '<script>' } });

    expect(response.status).toBe(400);
    expect(response.json()).toMatchObject({ parameter: 'id' });
  });
});

describe('GET /sources', () => {
  it('lists every registered source with its last runs and active count, and no retired DEMO source', async () => {
    const response = await invoke(getSources, { url: '/sources' });

    const sources = response.json().sources;
    const sreality = sources.find((s: { name: string }) => s.name === 'sreality');
    expect(sreality).toMatchObject({
      kind: 'rental',
      activeListings: 1,
      lastRuns: [expect.objectContaining({ runId: 'run-1', outcome: 'complete', seen: 2 })],
    });
    expect(sources.map((s: { name: string }) => s.name)).not.toContain('demo');
  });

  it('rejects unknown parameters', async () => {
    expect((await invoke(getSources, { url: '/sources?all=1' })).status).toBe(400);
  });
});

describe('GET /openapi.json', () => {
  it('serves a valid OpenAPI 3.1 document generated from the schemas', async () => {
    const response = await invoke(getOpenApi, { url: '/openapi.json' });

    const document = response.json();
    const result = await new Validator().validate(document);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(document.openapi).toBe('3.1.0');
    expect(document.paths['/listings'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['kind', 'maxRent', 'disposition', 'cursor']),
    );
    expect(document.components.schemas.Listing).toBeDefined();
  });

  it('documents the Czech value likely-required and the English meaning of each quoted signal', async () => {
    const response = await invoke(getOpenApi, { url: '/openapi.json' });

    const text = JSON.stringify(response.json());
    expect(text).toContain('"likely-required"');
    expect(text).toMatch(/"meaning":\{[^}]*"description":"What the quoted evidence says, in English/);
    expect(text).toMatch(/"name":"czechNotRequired"[^}]*never required, likely-required or unknown/);
  });

  it("tells clients that postedAt is only ever the source's date, and firstSeenAt what stands in for it", async () => {
    const document = (await invoke(getOpenApi, { url: '/openapi.json' })).json();

    const text = JSON.stringify(document.components.schemas);
    expect(text).toContain('absent when the source gives no date, never filled in from firstSeenAt');
    expect(text).toContain('the only date known for a listing without postedAt');
    expect(
      document.paths['/listings'].get.parameters.find((p: { name: string }) => p.name === 'postedWithinDays')
        .description,
    ).toMatch(/first seen, firstSeenAt, for a listing whose source gives no date/);
  });
});
