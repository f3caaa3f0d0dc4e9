import { useCatalogueSnapshots } from '../../../functions/catalogue-deps';
import { useClock, useListingStore } from '../../../functions/deps';
import { usePartnerPostings } from '../../../functions/partner-deps';
import { handler as getListing } from '../../../functions/api/get-listing';
import { handler as getListings } from '../../../functions/api/get-listings';
import { handler as getModerationPending } from '../../../functions/api/get-moderation-pending';
import { handler as getPartnerJob } from '../../../functions/api/get-partner-job';
import { handler as getSources } from '../../../functions/api/get-sources';
import { handler as postModerationDecision } from '../../../functions/api/post-moderation-decision';
import { handler as postPartnerJob } from '../../../functions/api/post-partner-job';
import { handler as postPartnerJobAction } from '../../../functions/api/post-partner-job-action';
import { handler as putPartnerJob } from '../../../functions/api/put-partner-job';
import { handler as getAlert } from '../../../functions/api/get-alert';
import { handler as getListingsFeed } from '../../../functions/api/get-listings-feed';
import { handler as postAlert } from '../../../functions/api/post-alert';
import { handler as postAlertAction } from '../../../functions/api/post-alert-action';
import { useSearchAlerts } from '../../../functions/alerts-deps';
import { MemoryAlertStore } from '../../../shared/alerts/memory-alert-store';
import { SearchAlerts } from '../../../shared/alerts/search-alerts';
import { errorSchema } from '../../../shared/api/api-errors';
import { CataloguePublisher } from '../../../shared/catalogue/catalogue-publisher';
import { MemorySnapshotStore } from '../../../shared/catalogue/memory-snapshot-store';
import { openApiDocument } from '../../../shared/api/openapi';
import { MemoryPartnerStore } from '../../../shared/partner/memory-partner-store';
import type { Email } from '../../../shared/partner/mailer';
import { PartnerPostings } from '../../../shared/partner/partner-postings';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { invoke, type Invocation } from '../../support/invoke';
import { partnerForm } from '../../support/partner-form';

/*
 * The answers the handlers really give, checked against what the OpenAPI document says each operation
 * can answer: every status is listed for its operation, and every error body is the Error schema.
 */

const T0 = new Date('2026-11-24T10:00:00Z');
const STAFF = { 'x-staff-token': 'test-staff-token-0123456789' };
const JSON_TYPE = { 'content-type': 'application/json' };
const paths = openApiDocument().paths as Record<string, Record<string, { responses: Record<string, unknown> }>>;
let outbox: Email[];
const seen: { operation: string; status: number }[] = [];

beforeEach(() => {
  const store = new MemoryPartnerStore();
  outbox = [];
  useClock(() => T0);
  useListingStore(new MemoryListingStore());
  usePartnerPostings(
    new PartnerPostings({
      store,
      mailer: { send: async (e) => void outbox.push(e) },
      siteUrl: 'https://jobs.example.org',
      now: () => T0,
    }),
    store,
  );
  const alerts = new MemoryAlertStore();
  useSearchAlerts(
    new SearchAlerts({
      store: alerts,
      limits: store,
      mailer: { send: async (e) => void outbox.push(e) },
      siteUrl: 'https://jobs.example.org',
      now: () => T0,
      rateLimits: { perIpPerHour: 2, perEmailPerDay: 10 },
    }),
    alerts,
  );
});

/** Asserts that the document lists the answer for the operation at `path` and `method`. */
async function documented(method: string, path: string, request: Promise<Invocation>): Promise<Invocation> {
  const response = await request;
  const listed = Object.keys(paths[path]?.[method]?.responses ?? {});
  seen.push({ operation: `${method} ${path}`, status: response.status });
  expect({
    operation: `${method} ${path}`,
    status: String(response.status),
    listed: listed.includes(String(response.status)),
  }).toEqual({ operation: `${method} ${path}`, status: String(response.status), listed: true });
  if (response.status >= 400) expect(errorSchema.strict().safeParse(response.json()).success).toBe(true);
  return response;
}

const form = (overrides: Record<string, unknown> = {}) => partnerForm(T0, overrides, 60_000);
const body = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));
const submit = (value: unknown, headers: Record<string, string> = JSON_TYPE, sourceIp?: string) =>
  documented(
    'post',
    '/partner/jobs',
    invoke(postPartnerJob, { method: 'POST', url: '/partner/jobs', headers, body: body(value), sourceIp }),
  );
const act = (id: string, action: string, headers: Record<string, string>, value: unknown = {}) =>
  documented(
    'post',
    `/partner/jobs/{id}/${action}`,
    invoke(postPartnerJobAction, {
      method: 'POST',
      url: '/x',
      headers: { ...JSON_TYPE, ...headers },
      pathParameters: { id, action },
      body: body(value),
    }),
  );
const decide = (id: string, decision: string, value: unknown = {}, headers: Record<string, string> = STAFF) =>
  documented(
    'post',
    `/moderation/jobs/{id}/${decision}`,
    invoke(postModerationDecision, {
      method: 'POST',
      url: '/x',
      headers: { ...JSON_TYPE, ...headers },
      pathParameters: { id, decision },
      body: body(value),
    }),
  );
const view = (id: string, headers: Record<string, string>) =>
  documented('get', '/partner/jobs/{id}', invoke(getPartnerJob, { url: '/x', headers, pathParameters: { id } }));
const edit = (id: string, headers: Record<string, string>, value: unknown) =>
  documented(
    'put',
    '/partner/jobs/{id}',
    invoke(putPartnerJob, {
      method: 'PUT',
      url: '/x',
      headers: { ...JSON_TYPE, ...headers },
      pathParameters: { id },
      body: body(value),
    }),
  );
const pending = (headers: Record<string, string>, sourceIp?: string) =>
  documented(
    'get',
    '/moderation/pending',
    invoke(getModerationPending, { url: '/moderation/pending', headers, sourceIp }),
  );
const confirmTokenIn = (email: Email | undefined) => /#\/confirm\/[^/\s]+\/([\w-]+)/.exec(email?.text ?? '')?.[1] ?? '';

/** A submitted, confirmed (pending) posting and its management header. */
async function pendingPosting(): Promise<{ id: string; auth: Record<string, string> }> {
  const { id, managementUrl } = (await submit(form())).json();
  await act(id, 'confirm', { authorization: `Bearer ${confirmTokenIn(outbox[0])}` });
  return { id, auth: { authorization: `Bearer ${managementUrl.split('/').at(-1)}` } };
}

describe('the answers the OpenAPI document lists', () => {
  it('include what the listing routes answer, to good, bad and missing input', async () => {
    const listings = new MemoryListingStore();
    const snapshots = new MemorySnapshotStore();
    useListingStore(listings);
    useCatalogueSnapshots(snapshots);
    await new CataloguePublisher({ store: listings, snapshots }).publish('job');

    await documented('get', '/listings', invoke(getListings, { url: '/listings?kind=job' }));
    await documented('get', '/listings', invoke(getListings, { url: '/listings?kind=car' }));
    await documented('get', '/listings', invoke(getListings, { url: '/listings?kind=job&cursor=garbage' }));
    await documented('get', '/listings/{id}', invoke(getListing, { url: '/x', pathParameters: { id: 'no id' } }));
    await documented(
      'get',
      '/listings/{id}',
      invoke(getListing, { url: '/x', pathParameters: { id: 'sreality:404' } }),
    );
    await documented('get', '/sources', invoke(getSources, { url: '/sources?x=1' }));
  });

  it('include what a submission is answered, from accepted to every refusal', async () => {
    await submit(form());
    await submit(form());
    await submit(form({ title: 'x' }));
    await submit(form({ description: 'x'.repeat(40_000) }));
    await submit(form(), { 'content-type': 'text/plain' });
    await submit(form(), { ...JSON_TYPE, 'sec-fetch-site': 'cross-site' });
    for (let n = 0; n < 7; n += 1)
      await submit(form({ title: `Engineer ${n}`, contactEmail: `hr${n}@example.org` }), JSON_TYPE, '198.51.100.7');
  });

  it("include what the management link's routes answer", async () => {
    const { id, auth } = await pendingPosting();
    const wrong = { authorization: 'Bearer wrong-token-0123456789' };

    await view(id, auth);
    await view(id, wrong);
    await view('not-a-posting', auth);
    await edit(id, auth, form({ title: 'Senior Engineer' }));
    await edit(id, auth, form({ expiresOn: '2030-01-01' }));
    await edit(id, wrong, form());
    await act(id, 'renew', auth, { expiresOn: '2026-12-20' });
    await act(id, 'renew', auth, { expiresOn: 'soon' });
    await act(id, 'resend-confirmation', auth);
    await act(id, 'confirm', wrong);
    await act(id, 'close', auth, { extra: true });
    await act(id, 'close', auth);
    await act(id, 'close', auth);
  });

  it('include what moderation answers', async () => {
    const { id } = await pendingPosting();

    await pending(STAFF);
    await decide(id, 'approve', { contentHash: '0'.repeat(64) });
    await decide(id, 'approve', {});
    await decide('partner:missing', 'take-down');
    await decide(id, 'reject', { reason: 'no' });
    await decide(id, 'reject', { reason: 'Not a job in the region.' });
    await decide(id, 'take-down', {}, { 'x-staff-token': 'wrong-token-0123456789' });
    for (let n = 0; n < 11; n += 1) await pending({ 'x-staff-token': 'wrong-token-0123456789' }, '203.0.113.9');
  });

  it('include what the feed and the alert routes answer', async () => {
    const alertToken = (kind: string) =>
      new RegExp(`#/alerts/[^/]+/${kind}/([\\w-]+)`).exec(outbox.at(-1)?.text ?? '')?.[1] ?? '';
    const subscribe = (value: unknown, headers: Record<string, string> = JSON_TYPE) =>
      documented(
        'post',
        '/alerts',
        invoke(postAlert, { method: 'POST', url: '/alerts', headers, body: body(value), sourceIp: '198.51.100.7' }),
      );
    const alertAction = (id: string, action: string, request: Parameters<typeof invoke>[1]) =>
      documented(
        'post',
        `/alerts/{id}/${action}`,
        invoke(postAlertAction, { method: 'POST', pathParameters: { id, action }, ...request }),
      );

    useCatalogueSnapshots(new MemorySnapshotStore());
    await documented('get', '/listings.atom', invoke(getListingsFeed, { url: '/listings.atom?kind=job' }));
    await documented('get', '/listings.atom', invoke(getListingsFeed, { url: '/listings.atom?kind=job&cursor=x' }));
    const { id } = (await subscribe({ email: 'a@example.org', search: { kind: 'job' } })).json();
    const manage = alertToken('manage');
    await subscribe({ email: 'a@example.org', search: { kind: 'car' } });
    await subscribe('email=a', { 'content-type': 'text/plain' });
    await subscribe(
      { email: 'a@example.org', search: { kind: 'job' } },
      { ...JSON_TYPE, 'sec-fetch-site': 'cross-site' },
    );
    await subscribe({ email: 'b@example.org', search: { kind: 'job' } });
    await subscribe({ email: 'c@example.org', search: { kind: 'job' } });
    await alertAction(id, 'confirm', {
      url: '/x',
      headers: { ...JSON_TYPE, authorization: 'Bearer wrong-token-0123' },
      body: '{}',
    });
    await documented(
      'get',
      '/alerts/{id}',
      invoke(getAlert, { url: '/x', headers: { authorization: 'Bearer wrong-token-0123' }, pathParameters: { id } }),
    );
    await documented('get', '/alerts/{id}', invoke(getAlert, { url: '/x', pathParameters: { id: 'not an id' } }));
    await alertAction(id, 'unsubscribe', {
      url: '/x',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'x'.repeat(3000),
    });
    await alertAction(id, 'unsubscribe', {
      url: `/x?token=${manage}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
  });

  it('refuse a query parameter on every route that takes none, naming it, rather than ignoring it', async () => {
    const { id, auth } = await pendingPosting();
    const calls: [string, string, unknown, Parameters<typeof invoke>[1]][] = [
      ['get', '/listings/{id}', getListing, { url: '/x?x=1', pathParameters: { id: 'sreality:1' } }],
      ['get', '/sources', getSources, { url: '/sources?x=1' }],
      ['get', '/moderation/pending', getModerationPending, { url: '/moderation/pending?x=1', headers: STAFF }],
      ['get', '/partner/jobs/{id}', getPartnerJob, { url: '/x?x=1', headers: auth, pathParameters: { id } }],
      [
        'put',
        '/partner/jobs/{id}',
        putPartnerJob,
        {
          method: 'PUT',
          url: '/x?x=1',
          headers: { ...JSON_TYPE, ...auth },
          pathParameters: { id },
          body: body(form()),
        },
      ],
      [
        'post',
        '/partner/jobs',
        postPartnerJob,
        { method: 'POST', url: '/partner/jobs?x=1', headers: JSON_TYPE, body: body(form()) },
      ],
      [
        'post',
        '/partner/jobs/{id}/close',
        postPartnerJobAction,
        {
          method: 'POST',
          url: '/x?x=1',
          headers: { ...JSON_TYPE, ...auth },
          pathParameters: { id, action: 'close' },
          body: '{}',
        },
      ],
      [
        'post',
        '/alerts',
        postAlert,
        {
          method: 'POST',
          url: '/alerts?x=1',
          headers: JSON_TYPE,
          body: body({ email: 'q@example.org', search: { kind: 'job' } }),
        },
      ],
      ['get', '/alerts/{id}', getAlert, { url: '/x?x=1', pathParameters: { id: 'AAAAAAAAAAAAAAAA' } }],
      [
        'post',
        '/alerts/{id}/confirm',
        postAlertAction,
        {
          method: 'POST',
          url: '/x?x=1',
          headers: JSON_TYPE,
          pathParameters: { id: 'AAAAAAAAAAAAAAAA', action: 'confirm' },
          body: '{}',
        },
      ],
      [
        'post',
        '/moderation/jobs/{id}/take-down',
        postModerationDecision,
        {
          method: 'POST',
          url: '/x?x=1',
          headers: { ...JSON_TYPE, ...STAFF },
          pathParameters: { id, decision: 'take-down' },
          body: '{}',
        },
      ],
    ];
    for (const [method, path, handler, request] of calls) {
      const response = await documented(method, path, invoke(handler, request));
      expect({ path, status: response.status, body: response.json() }).toEqual({
        path,
        status: 400,
        body: { error: 'invalid_parameter', parameter: 'x', message: 'unknown query parameter "x"' },
      });
    }
    // Nothing was done by the refused requests: the posting is still pending (not closed, not taken down).
    expect((await view(id, auth)).json().status).toBe('pending');
  });

  it('were each given by at least one request above, so that the checks cannot pass on one status alone', () => {
    const statuses = new Set(seen.map((s) => s.status));

    expect([...statuses].sort((a, b) => a - b)).toEqual([200, 201, 400, 403, 404, 409, 413, 415, 429]);
  });
});
