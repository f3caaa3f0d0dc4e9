import { Metrics } from '@aws-lambda-powertools/metrics';
import { useClock } from '../../../functions/deps';
import { usePartnerPostings } from '../../../functions/partner-deps';
import { handler as getModerationPending } from '../../../functions/api/get-moderation-pending';
import { handler as getPartnerJob } from '../../../functions/api/get-partner-job';
import { handler as postModerationDecision } from '../../../functions/api/post-moderation-decision';
import { handler as postPartnerJob } from '../../../functions/api/post-partner-job';
import { handler as postPartnerJobAction } from '../../../functions/api/post-partner-job-action';
import { handler as putPartnerJob } from '../../../functions/api/put-partner-job';
import { MemoryPartnerStore } from '../../../shared/partner/memory-partner-store';
import type { Email } from '../../../shared/partner/mailer';
import { PartnerPostings } from '../../../shared/partner/partner-postings';
import { METRIC } from '../../../shared/telemetry-names';
import { invoke } from '../../support/invoke';
import { partnerForm } from '../../support/partner-form';

const T0 = new Date('2026-11-24T10:00:00Z');
const STAFF = { 'x-staff-token': 'test-staff-token-0123456789' };
const JSON_TYPE = { 'content-type': 'application/json' };
let store: MemoryPartnerStore;
let outbox: Email[];

beforeEach(() => {
  store = new MemoryPartnerStore();
  outbox = [];
  useClock(() => T0);
  usePartnerPostings(
    new PartnerPostings({
      store,
      mailer: { send: async (e) => void outbox.push(e) },
      siteUrl: 'https://jobs.example.org',
      now: () => T0,
    }),
    store,
  );
});

const form = (overrides: Record<string, unknown> = {}) =>
  partnerForm(
    T0,
    {
      companyId: undefined,
      salary: undefined,
      applyUrl: undefined,
      applyEmail: 'jobs@example.org',
      location: { municipality: 'Ostrava' },
      workplace: 'onsite',
      ...overrides,
    },
    60_000,
  );
const post = (body: unknown, extra: { headers?: Record<string, string>; sourceIp?: string } = {}) =>
  invoke(postPartnerJob, {
    method: 'POST',
    url: '/partner/jobs',
    headers: { ...JSON_TYPE, ...extra.headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
    sourceIp: extra.sourceIp,
  });
const withId = (id: string, rest: Record<string, string> = {}) => ({ id, ...rest });
const action = (id: string, name: string, headers: Record<string, string>, body?: unknown) =>
  invoke(postPartnerJobAction, {
    method: 'POST',
    url: '/x',
    headers: { ...JSON_TYPE, ...headers },
    pathParameters: withId(id, { action: name }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const decide = (id: string, decision: string, body?: unknown, headers: Record<string, string> = STAFF) =>
  invoke(postModerationDecision, {
    method: 'POST',
    url: '/x',
    headers: { ...JSON_TYPE, ...headers },
    pathParameters: withId(id, { decision }),
    body: body === undefined ? undefined : JSON.stringify(body),
  });
const confirmTokenIn = (email: Email | undefined) => /#\/confirm\/[^/\s]+\/([\w-]+)/.exec(email?.text ?? '')?.[1] ?? '';

describe('partner and moderation routes', () => {
  it('walk a posting through submit, confirmation, moderation, edit and close; the link then only reads', async () => {
    const created = await post(form());
    const { id, managementUrl } = created.json();
    const auth = { authorization: `Bearer ${managementUrl.split('/').at(-1)}` };

    const confirmed = await action(id, 'confirm', { authorization: `Bearer ${confirmTokenIn(outbox[0])}` });
    const pending = await invoke(getModerationPending, { url: '/moderation/pending', headers: STAFF });
    const approved = await decide(id, 'approve', { contentHash: pending.json().items[0].contentHash });
    const edited = await invoke(putPartnerJob, {
      method: 'PUT',
      url: '/x',
      headers: { ...auth, ...JSON_TYPE },
      pathParameters: withId(id),
      body: JSON.stringify(form({ title: 'Senior Engineer' })),
    });
    const closed = await action(id, 'close', auth);

    expect(created.status).toBe(201);
    expect(created.json()).toMatchObject({ status: 'unconfirmed', confirmationEmail: 'sent' });
    expect(confirmed.json()).toEqual({ id, status: 'pending' });
    expect(pending.json().items).toEqual([
      expect.objectContaining({
        id,
        contactEmail: 'hr@example.org',
        applyEmail: 'jobs@example.org',
        languages: { czech: 'not-needed', english: 'required' },
      }),
    ]);
    expect(approved.json()).toEqual({ id, status: 'active', email: 'sent' });
    expect(edited.json()).toMatchObject({ status: 'pending', title: 'Senior Engineer' });
    expect(closed.json().status).toBe('expired');
    expect((await invoke(getPartnerJob, { url: '/x', headers: auth, pathParameters: withId(id) })).json().status).toBe(
      'expired',
    );
    expect((await action(id, 'renew', auth, { expiresOn: '2026-12-20' })).status).toBe(403);
  });

  it.each([
    ['a filled honeypot', () => post(form({ website: 'https://spam.example' })), 400],
    ['a too-fast submit', () => post(form({ formShownAt: T0.getTime() - 500 })), 400],
    ['formShownAt: 1', () => post(form({ formShownAt: 1 })), 400],
    ['script in a field', () => post(form({ companyName: 'Evil <script>x()</script>' })), 400],
    ['an oversized body', () => post(form({ description: 'x'.repeat(40_000) })), 413],
    ['a body that is not JSON', () => post('{"companyName":'), 400],
    [
      'a text/plain body (a cross-site form post needs no preflight)',
      () => post(form(), { headers: { 'content-type': 'text/plain' } }),
      415,
    ],
    [
      'a form-encoded body',
      () => post(form(), { headers: { 'content-type': 'application/x-www-form-urlencoded' } }),
      415,
    ],
    [
      'a request a browser sent from another site',
      () => post(form(), { headers: { 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' } }),
      403,
    ],
    ['a request from an opaque origin', () => post(form(), { headers: { origin: 'null' } }), 403],
    [
      'a salary that overflows the monthly limit',
      () => post(form({ salary: { min: 9_000_000, currency: 'EUR', period: 'hour' } })),
      400,
    ],
  ])('answer %s with its 4xx status, as JSON, and store nothing', async (_name, send, status) => {
    const response = await send();

    expect(response.status).toBe(status);
    expect(response.json()).toMatchObject({ error: expect.any(String), message: expect.any(String) });
    expect(store.all()).toEqual([]);
  });

  it('send no CORS allowance for another origin on the write and moderation routes', async () => {
    const response = await post(form(), { headers: { origin: 'https://evil.example' } });
    const pending = await invoke(getModerationPending, {
      url: '/moderation/pending',
      headers: { ...STAFF, origin: 'https://evil.example' },
    });

    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    expect(pending.headers['access-control-allow-origin']).toBeUndefined();
  });

  it('answer 400 naming expiresOn for a renewal to a date that does not exist', async () => {
    const { id, managementUrl } = (await post(form())).json();
    const auth = { authorization: `Bearer ${managementUrl.split('/').at(-1)}` };

    const responses = await Promise.all(
      ['2026-12-32', '9999-99-99'].map((expiresOn) => action(id, 'renew', auth, { expiresOn })),
    );

    expect(responses.map((r) => [r.status, r.json().parameter])).toEqual([
      [400, 'expiresOn'],
      [400, 'expiresOn'],
    ]);
  });

  it('answer 429 past the rate limit, counting an IPv6 /64 as one address', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++)
      statuses.push(
        (await post(form({ title: `Engineer position ${i}` }), { sourceIp: `2001:db8:42:1::${i + 1}` })).status,
      );

    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
  });

  it('answer 201 with the management link when the e-mail fails, and keep the posting', async () => {
    usePartnerPostings(
      new PartnerPostings({
        store,
        mailer: { send: () => Promise.reject(new Error('SES is down')) },
        siteUrl: 'https://jobs.example.org',
        now: () => T0,
      }),
      store,
    );

    const response = await post(form());

    expect(response.status).toBe(201);
    expect(response.json()).toMatchObject({
      confirmationEmail: 'failed',
      managementUrl: expect.stringContaining('#/manage/'),
    });
    expect(store.all()).toHaveLength(1);
  });

  it('let no request without the right secret edit, close, approve, reject or take down anything', async () => {
    const { id } = (await post(form())).json();
    const before = store.all();
    const wrongStaff = { 'x-staff-token': 'guessed-staff-token-00000000' };

    const statuses = await Promise.all([
      invoke(putPartnerJob, {
        method: 'PUT',
        url: '/x',
        headers: { ...JSON_TYPE, authorization: 'Bearer forgedtokenforgedtoken' },
        pathParameters: withId(id),
        body: JSON.stringify(form()),
      }),
      action(id, 'close', {}),
      action(id, 'confirm', { authorization: 'Bearer forgedtokenforgedtoken' }),
      invoke(getPartnerJob, {
        url: '/x',
        headers: { authorization: 'Bearer forgedtokenforgedtoken' },
        pathParameters: withId(id),
      }),
      decide(id, 'approve', undefined, {}),
      decide(id, 'take-down', undefined, wrongStaff),
      decide(id, 'reject', { reason: 'Not a real job.' }, wrongStaff),
      invoke(getModerationPending, { url: '/moderation/pending' }),
    ]).then((responses) => responses.map((r) => r.status));

    expect(statuses).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
    expect(store.all()).toEqual(before);
    expect(before.map((p) => p.listing.status)).toEqual(['unconfirmed']);
  });

  it('count wrong staff tokens per address: past ten, the address gets 429 even with the right token', async () => {
    const counted = jest.spyOn(Metrics.prototype, 'addMetric');
    const statuses = [];
    for (let i = 0; i < 11; i++)
      statuses.push(
        (
          await invoke(getModerationPending, {
            url: '/moderation/pending',
            headers: { 'x-staff-token': `guess-${i}-000000000000` },
            sourceIp: `2001:db8:99:1::${i + 1}`,
          })
        ).status,
      );
    const locked = await invoke(getModerationPending, {
      url: '/moderation/pending',
      headers: STAFF,
      sourceIp: '2001:db8:99:1::abcd',
    });
    const elsewhere = await invoke(getModerationPending, {
      url: '/moderation/pending',
      headers: STAFF,
      sourceIp: '198.51.100.20',
    });

    expect(statuses).toEqual([...Array(10).fill(403), 429]);
    expect([locked.status, elsewhere.status]).toEqual([429, 200]);
    // The ten refusals feed the StaffTokenRefused alarm; the lock-out answers are not refusals of a token.
    expect(counted.mock.calls.filter(([name]) => name === METRIC.staffTokenRefused)).toHaveLength(10);
    counted.mockRestore();
  });

  it('approve only the version the moderator was shown (409 after a later edit; 400 naming contentHash without one)', async () => {
    const created = (await post(form())).json();
    const auth = { authorization: `Bearer ${created.managementUrl.split('/').at(-1)}`, ...JSON_TYPE };
    await action(created.id, 'confirm', { authorization: `Bearer ${confirmTokenIn(outbox[0])}` });
    const shown = (await invoke(getModerationPending, { url: '/moderation/pending', headers: STAFF })).json().items[0];
    await invoke(putPartnerJob, {
      method: 'PUT',
      url: '/x',
      headers: auth,
      pathParameters: withId(created.id),
      body: JSON.stringify(
        form({ description: 'Send a 4000 CZK visa handling fee to our account first; the job is then yours.' }),
      ),
    });

    const blind = await decide(created.id, 'approve', {});
    const stale = await decide(created.id, 'approve', { contentHash: shown.contentHash });

    expect([blind.status, blind.json().parameter]).toEqual([400, 'contentHash']);
    expect(stale.status).toBe(409);
    expect(store.all()[0]!.listing.status).toBe('pending');
  });

  it('e-mail a rejection reason to the poster, and answer 400 naming reason without one', async () => {
    const { id } = (await post(form())).json();
    await action(id, 'confirm', { authorization: `Bearer ${confirmTokenIn(outbox[0])}` });

    const missing = await decide(id, 'reject', {});
    const response = await decide(id, 'reject', { reason: 'Please add the salary.' });

    expect([missing.status, missing.json().parameter]).toEqual([400, 'reason']);
    expect(response.json()).toMatchObject({ status: 'rejected', email: 'sent' });
    expect(outbox.at(-1)).toMatchObject({
      to: 'hr@example.org',
      subject: 'Your job posting was not accepted',
      text: expect.stringContaining('Please add the salary.'),
    });
  });
});
