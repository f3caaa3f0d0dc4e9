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
import { invoke } from '../../support/invoke';
import { partnerForm } from '../../support/partner-form';

const T0 = new Date('2026-11-24T10:00:00Z');
const STAFF = { 'x-staff-token': 'test-staff-token-0123456789' };
let store: MemoryPartnerStore;
let outbox: Email[];

beforeEach(() => {
  store = new MemoryPartnerStore();
  outbox = [];
  useClock(() => T0);
  usePartnerPostings(new PartnerPostings({ store, mailer: { send: async (e) => void outbox.push(e) }, siteUrl: 'https://jobs.example.org', now: () => T0 }));
});

const form = (overrides: Record<string, unknown> = {}) => partnerForm(T0, { companyId: undefined, salary: undefined, applyUrl: undefined, applyEmail: 'jobs@example.org', location: { municipality: 'Ostrava' }, workplace: 'onsite', ...overrides }, 60_000);
const post = (body: unknown, extra: { headers?: Record<string, string> } = {}) =>
  invoke(postPartnerJob, { method: 'POST', url: '/partner/jobs', headers: { 'content-type': 'application/json', ...extra.headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const withId = (id: string, rest: Record<string, string> = {}) => ({ id, ...rest });

describe('partner and moderation routes', () => {
  it('walk a posting through submit, moderation, edit and close', async () => {
    const created = await post(form());
    const { id, managementUrl } = created.json();
    const auth = { authorization: `Bearer ${managementUrl.split('/').at(-1)}` };

    const pending = await invoke(getModerationPending, { url: '/moderation/pending', headers: STAFF });
    const approved = await invoke(postModerationDecision, { method: 'POST', url: '/x', headers: STAFF, pathParameters: withId(id, { decision: 'approve' }) });
    const edited = await invoke(putPartnerJob, { method: 'PUT', url: '/x', headers: { ...auth, 'content-type': 'application/json' }, pathParameters: withId(id), body: JSON.stringify(form({ title: 'Senior Engineer' })) });
    const closed = await invoke(postPartnerJobAction, { method: 'POST', url: '/x', headers: auth, pathParameters: withId(id, { action: 'close' }) });

    expect(created.status).toBe(201);
    expect(pending.json().items.map((l: { id: string }) => l.id)).toEqual([id]);
    expect(approved.json().status).toBe('active');
    expect(edited.json()).toMatchObject({ status: 'pending', title: 'Senior Engineer' });
    expect(closed.json().status).toBe('expired');
    expect((await invoke(getPartnerJob, { url: '/x', headers: auth, pathParameters: withId(id) })).status).toBe(403);
  });

  it.each([
    ['a filled honeypot', () => post(form({ website: 'https://spam.example' })), 400],
    ['a too-fast submit', () => post(form({ formShownAt: T0.getTime() - 500 })), 400],
    ['script in a field', () => post(form({ companyName: 'Evil <script>x()</script>' })), 400],
    ['an oversized body', () => post(form({ description: 'x'.repeat(40_000) })), 413],
    ['a body that is not JSON', () => post('{"companyName":'), 400],
  ])('answer %s with %d and store nothing', async (_name, send, status) => {
    const response = await send();

    expect(response.status).toBe(status);
    expect(store.all()).toEqual([]);
  });

  it('answer 429 past the rate limit', async () => {
    const statuses = [];
    for (let i = 0; i < 7; i++) statuses.push((await post(form({ title: `Engineer position ${i}` }))).status);

    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429]);
  });

  it('let no request without the right secret edit, close, approve, reject or take down anything', async () => {
    const { id } = (await post(form())).json();
    const before = store.all();
    const wrongStaff = { 'x-staff-token': 'guessed-staff-token-00000000' };

    const statuses = await Promise.all([
      invoke(putPartnerJob, { method: 'PUT', url: '/x', headers: { authorization: 'Bearer forgedtokenforgedtoken' }, pathParameters: withId(id), body: JSON.stringify(form()) } as never),
      invoke(postPartnerJobAction, { method: 'POST', url: '/x', pathParameters: withId(id, { action: 'close' }) }),
      invoke(getPartnerJob, { url: '/x', headers: { authorization: 'Bearer forgedtokenforgedtoken' }, pathParameters: withId(id) }),
      invoke(postModerationDecision, { method: 'POST', url: '/x', pathParameters: withId(id, { decision: 'approve' }) }),
      invoke(postModerationDecision, { method: 'POST', url: '/x', headers: wrongStaff, pathParameters: withId(id, { decision: 'take-down' }) }),
      invoke(postModerationDecision, { method: 'POST', url: '/x', headers: wrongStaff, pathParameters: withId(id, { decision: 'reject' }) }),
      invoke(getModerationPending, { url: '/moderation/pending' }),
    ]).then((responses) => responses.map((r) => r.status));

    expect(statuses).toEqual([403, 403, 403, 403, 403, 403, 403]);
    expect(store.all()).toEqual(before);
    expect(before.map((p) => p.listing.status)).toEqual(['pending']);
  });

  it('e-mail a rejection reason to the poster', async () => {
    const { id } = (await post(form())).json();

    const response = await invoke(postModerationDecision, { method: 'POST', url: '/x', headers: { ...STAFF, 'content-type': 'application/json' }, pathParameters: withId(id, { decision: 'reject' }), body: JSON.stringify({ reason: 'Please add the salary.' }) });

    expect(response.json().status).toBe('rejected');
    expect(outbox.at(-1)).toMatchObject({ to: 'hr@example.org', text: expect.stringContaining('Please add the salary.') });
  });
});
