import { useSearchAlerts } from '../../../functions/alerts-deps';
import { handler as getAlert } from '../../../functions/api/get-alert';
import { handler as postAlert } from '../../../functions/api/post-alert';
import { handler as postAlertAction } from '../../../functions/api/post-alert-action';
import { useClock } from '../../../functions/deps';
import { MemoryAlertStore } from '../../../shared/alerts/memory-alert-store';
import { SearchAlerts } from '../../../shared/alerts/search-alerts';
import type { Email } from '../../../shared/partner/mailer';
import { MemoryPartnerStore } from '../../../shared/partner/memory-partner-store';
import { invoke } from '../../support/invoke';

const T0 = new Date('2026-11-24T10:00:00Z');
const JSON_TYPE = { 'content-type': 'application/json' };
let store: MemoryAlertStore;
let outbox: Email[];

beforeEach(() => {
  store = new MemoryAlertStore();
  outbox = [];
  useClock(() => T0);
  useSearchAlerts(
    new SearchAlerts({
      store,
      limits: new MemoryPartnerStore(),
      mailer: { send: async (e) => void outbox.push(e) },
      siteUrl: 'https://x.example',
      now: () => T0,
    }),
    store,
  );
});

const subscribe = (body: unknown, headers: Record<string, string> = {}) =>
  invoke(postAlert, {
    method: 'POST',
    url: '/alerts',
    headers: { ...JSON_TYPE, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
const action = (
  id: string,
  name: string,
  request: { headers?: Record<string, string>; body?: string; url?: string } = {},
) =>
  invoke(postAlertAction, {
    method: 'POST',
    url: request.url ?? '/x',
    headers: { ...JSON_TYPE, ...request.headers },
    pathParameters: { id, action: name },
    body: request.body,
  });
const tokenIn = (mail: Email | undefined, kind: 'confirm' | 'manage') =>
  new RegExp(`#/alerts/[^/]+/${kind}/([A-Za-z0-9_-]+)`).exec(mail?.text ?? '')?.[1] ?? '';

describe('alert routes', () => {
  it('subscribe (201, unconfirmed), confirm with the e-mailed link, view with the management link, unsubscribe in one click', async () => {
    const created = await subscribe({
      email: ' reader@example.org ',
      search: { kind: 'rental', maxRent: '15000', sort: 'price' },
    });
    const { id } = created.json();

    const confirmed = await action(id, 'confirm', {
      headers: { authorization: `Bearer ${tokenIn(outbox[0], 'confirm')}` },
      body: '{}',
    });
    const viewed = await invoke(getAlert, {
      url: '/x',
      headers: { authorization: `Bearer ${tokenIn(outbox[0], 'manage')}` },
      pathParameters: { id },
    });
    const unsubscribed = await action(id, 'unsubscribe', {
      url: `/x?token=${tokenIn(outbox[0], 'manage')}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });

    expect(created.status).toBe(201);
    expect(created.json()).toEqual({ id: expect.any(String), status: 'unconfirmed', confirmationEmail: 'sent' });
    expect(confirmed.json()).toMatchObject({ id, status: 'confirmed' });
    expect(viewed.json()).toEqual({
      id,
      status: 'confirmed',
      email: 'reader@example.org',
      search: { kind: 'rental', maxRent: '15000' },
    });
    expect(unsubscribed.status).toBe(200);
    expect(unsubscribed.json()).toEqual({ status: 'unsubscribed' });
    expect(store.all()).toEqual([]);
  });

  it('takes the one-click body as multipart/form-data too, and {} from the site with the bearer token', async () => {
    const first = (await subscribe({ email: 'a@example.org', search: { kind: 'job' } })).json().id;
    const second = (await subscribe({ email: 'b@example.org', search: { kind: 'job' } })).json().id;
    const multipart = '--b\r\nContent-Disposition: form-data; name="List-Unsubscribe"\r\n\r\nOne-Click\r\n--b--\r\n';

    const byForm = await action(first, 'unsubscribe', {
      url: `/x?token=${tokenIn(outbox[0], 'manage')}`,
      headers: { 'content-type': 'multipart/form-data; boundary=b' },
      body: multipart,
    });
    const bySite = await action(second, 'unsubscribe', {
      headers: { authorization: `Bearer ${tokenIn(outbox[1], 'manage')}` },
      body: '{}',
    });

    expect([byForm.status, bySite.status]).toEqual([200, 200]);
    expect(store.all()).toEqual([]);
  });

  it.each([
    [{ email: 'not-an-address', search: { kind: 'job' } }, 'email'],
    [{ email: 'a@example.org', search: { kind: 'car' } }, 'search.kind'],
    [{ email: 'a@example.org', search: { kind: 'job', minRent: '5' } }, 'search.minRent'],
    [{ email: 'a@example.org', search: { kind: 'job', cursor: 'x' } }, 'search.cursor'],
    ['{"email":"a@example.org","search":{"kind":"job","__proto__":"x"}}', 'search'],
    ['{"email":"a@example.org","search":{"kind":"job","constructor":"x"}}', 'search'],
    [{ email: 'a@example.org', search: { kind: 'job' }, extra: 1 }, 'body'],
  ])('answers 400 naming the field for %j', async (body, field) => {
    const response = await subscribe(body);

    expect(response.status).toBe(400);
    expect(response.json().parameter).toMatch(new RegExp(`^${field.replace('.', '\\.')}`));
    expect(outbox).toEqual([]);
  });

  it('reads the one-click form as a form decoder would: percent-encoded or with other fields', async () => {
    const first = (await subscribe({ email: 'a@example.org', search: { kind: 'job' } })).json().id;
    const second = (await subscribe({ email: 'b@example.org', search: { kind: 'job' } })).json().id;
    const form = { 'content-type': 'application/x-www-form-urlencoded' };

    const encoded = await action(first, 'unsubscribe', {
      url: `/x?token=${tokenIn(outbox[0], 'manage')}`,
      headers: form,
      body: 'List-Unsubscribe=One%2DClick',
    });
    const withOthers = await action(second, 'unsubscribe', {
      url: `/x?token=${tokenIn(outbox[1], 'manage')}`,
      headers: form,
      body: 'a=1&List%2DUnsubscribe=One-Click&b=2',
    });

    expect([encoded.status, withOthers.status]).toEqual([200, 200]);
    expect(store.all()).toEqual([]);
  });

  it('refuses a cross-site browser request, another media type, a wrong token and a form that is not one-click', async () => {
    const { id } = (await subscribe({ email: 'a@example.org', search: { kind: 'job' } })).json();

    expect(
      (await subscribe({ email: 'a@example.org', search: { kind: 'job' } }, { 'sec-fetch-site': 'cross-site' })).status,
    ).toBe(403);
    expect(
      (await subscribe('email=a@example.org', { 'content-type': 'application/x-www-form-urlencoded' })).status,
    ).toBe(415);
    expect(
      (
        await action(id, 'unsubscribe', {
          url: `/x?token=${'z'.repeat(43)}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=One-Click',
        })
      ).status,
    ).toBe(403);
    expect(
      (
        await action(id, 'unsubscribe', {
          url: `/x?token=${tokenIn(outbox[0], 'manage')}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: 'List-Unsubscribe=Later',
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await action(id, 'unsubscribe', {
          url: `/x?token=${tokenIn(outbox[0], 'manage')}`,
          headers: { 'content-type': 'text/plain' },
          body: 'List-Unsubscribe=One-Click',
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await action(id, 'confirm', {
          headers: { authorization: `Bearer ${tokenIn(outbox[0], 'manage')}` },
          body: '{}',
        })
      ).status,
    ).toBe(403);
    expect((await action(id, 'delete', { body: '{}' })).status).toBe(400);
    expect(store.all()).toHaveLength(1);
  });
});
