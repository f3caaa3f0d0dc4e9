import { alertInputSchema } from '../../../shared/alerts/alert-input';
import { sendAlertDigests } from '../../../shared/alerts/alert-digests';
import { MemoryAlertStore } from '../../../shared/alerts/memory-alert-store';
import { SearchAlerts } from '../../../shared/alerts/search-alerts';
import { CatalogueReader } from '../../../shared/catalogue/catalogue-reader';
import { CataloguePublisher } from '../../../shared/catalogue/catalogue-publisher';
import { MemorySnapshotStore } from '../../../shared/catalogue/memory-snapshot-store';
import { ForbiddenError, RateLimitedError } from '../../../shared/errors';
import type { Email, Mailer } from '../../../shared/partner/mailer';
import { MemoryPartnerStore } from '../../../shared/partner/memory-partner-store';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { rentalDraft } from '../../support/listing-drafts';

const T0 = new Date('2026-11-20T08:00:00.000Z');
const HOUR = 3_600_000;
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };

function setUp() {
  let now = T0;
  const outbox: Email[] = [];
  const store = new MemoryAlertStore();
  const listings = new MemoryListingStore();
  const snapshots = new MemorySnapshotStore();
  const publisher = new CataloguePublisher({ store: listings, snapshots });
  const alerts = new SearchAlerts({
    store,
    limits: new MemoryPartnerStore(),
    mailer: { send: async (e) => void outbox.push(e) },
    siteUrl: 'https://x.example',
    now: () => now,
  });
  const digest = (mailer: Mailer = { send: async (e) => void outbox.push(e) }) =>
    sendAlertDigests({
      store,
      catalogues: new CatalogueReader({ snapshots, checkIntervalMs: 0, log: quiet }),
      mailer,
      siteUrl: 'https://x.example',
      now: () => now,
      log: quiet,
    });
  const arrive = async (...drafts: Parameters<typeof listings.upsertChanged>[0]) => {
    await listings.upsertChanged(drafts, now);
    await publisher.publish('rental');
  };
  return { store, outbox, alerts, digest, arrive, at: (t: Date) => (now = t) };
}

const input = (
  email = 'Reader@Example.org',
  search: Record<string, string> = { kind: 'rental', disposition: '2+kk' },
) => alertInputSchema.parse({ email, search });
const tokenIn = (mail: Email | undefined, kind: 'confirm' | 'manage') =>
  new RegExp(`#/alerts/[^/]+/${kind}/([A-Za-z0-9_-]+)`).exec(mail?.text ?? '')?.[1];

describe('SearchAlerts', () => {
  it('stores an unconfirmed subscription, hashes its tokens, and sends only the confirmation e-mail', async () => {
    const { alerts, store, outbox } = setUp();

    const result = await alerts.subscribe(input(), '192.0.2.1');

    expect(result).toEqual({
      id: expect.stringMatching(/^[A-Za-z0-9_-]{16}$/),
      status: 'unconfirmed',
      confirmationEmail: 'sent',
    });
    expect(outbox.map((e) => [e.to, e.subject])).toEqual([
      ['Reader@Example.org', 'Confirm your e-mail alert for a saved search'],
    ]);
    const [stored] = store.all();
    expect(stored).toMatchObject({
      status: 'unconfirmed',
      search: { disposition: '2+kk', kind: 'rental' },
      confirmExpiresAt: new Date(T0.getTime() + 48 * HOUR).toISOString(),
    });
    expect(JSON.stringify(stored)).not.toContain(tokenIn(outbox[0], 'confirm'));
    expect(JSON.stringify(stored)).not.toContain(tokenIn(outbox[0], 'manage'));
  });

  it('confirms with the e-mailed link only, and only within 48 hours', async () => {
    const { alerts, outbox, at } = setUp();
    const { id } = await alerts.subscribe(input(), '192.0.2.1');
    const late = await alerts.subscribe(input('late@example.org'), '192.0.2.1');

    await expect(alerts.confirm(id, 'x'.repeat(43))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await alerts.confirm(id, tokenIn(outbox[0], 'confirm'))).toMatchObject({ id, status: 'confirmed' });
    at(new Date(T0.getTime() + 49 * HOUR));
    await expect(alerts.confirm(late.id, tokenIn(outbox[1], 'confirm'))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('limits subscriptions per source address (by /64 for IPv6) and per mailbox (sub-addresses count as one)', async () => {
    const { alerts } = setUp();

    for (let n = 0; n < 10; n++) await alerts.subscribe(input(`a${n}@example.org`), `2001:db8::${n}`);
    await expect(alerts.subscribe(input('b@example.org'), '2001:db8::ff')).rejects.toBeInstanceOf(RateLimitedError);
    for (let n = 0; n < 5; n++) await alerts.subscribe(input('same@example.org'), `192.0.2.${n}`);
    await expect(alerts.subscribe(input('SAME+alerts@example.org'), '192.0.2.99')).rejects.toBeInstanceOf(
      RateLimitedError,
    );
  });

  it('unsubscribes with the management link, deleting the address; a second unsubscribe succeeds, a wrong token is refused', async () => {
    const { alerts, store, outbox } = setUp();
    const { id } = await alerts.subscribe(input(), '192.0.2.1');

    await expect(alerts.unsubscribe(id, 'y'.repeat(43))).rejects.toBeInstanceOf(ForbiddenError);
    expect(await alerts.unsubscribe(id, tokenIn(outbox[0], 'manage'))).toEqual({ status: 'unsubscribed' });
    expect(await alerts.unsubscribe(id, tokenIn(outbox[0], 'manage'))).toEqual({ status: 'unsubscribed' });
    expect(store.all()).toEqual([]);
  });
});

describe('sendAlertDigests', () => {
  it('sends what is first seen after confirmation, once, with RFC 8058 headers; nothing when nothing is new', async () => {
    const { alerts, outbox, digest, arrive, at, store } = setUp();
    at(new Date(T0.getTime() - HOUR));
    await arrive(rentalDraft(1, { disposition: '2+kk' })); // the backlog: never sent
    at(T0);
    const { id } = await alerts.subscribe(input(), '192.0.2.1');
    await alerts.confirm(id, tokenIn(outbox[0], 'confirm'));
    at(new Date(T0.getTime() + 2 * HOUR));
    await arrive(rentalDraft(2, { disposition: '2+kk' }), rentalDraft(3, { disposition: '3+1' }));

    at(new Date(T0.getTime() + 24 * HOUR));
    expect(await digest()).toEqual({ subscriptions: 1, sent: 1, nothingNew: 0, failed: 0 });
    at(new Date(T0.getTime() + 48 * HOUR));
    expect(await digest()).toEqual({ subscriptions: 1, sent: 0, nothingNew: 1, failed: 0 });

    const digests = outbox.filter((e) => e.subject === 'New listings for your saved search');
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain('https://x.example/#/listing/sreality%3A1002');
    expect(digests[0]!.text).not.toMatch(/sreality%3A100[13]/);
    expect(digests[0]!.headers).toEqual({
      'List-Unsubscribe': expect.stringMatching(
        new RegExp(`^<https://x\\.example/api/alerts/${id}/unsubscribe\\?token=[A-Za-z0-9_-]{43}>$`),
      ),
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    });
    // The digest's own link unsubscribes (one click), and the old links still work meanwhile.
    const token = /token=([A-Za-z0-9_-]+)>/.exec(digests[0]!.headers!['List-Unsubscribe']!)![1];
    await alerts.view(id, tokenIn(outbox[0], 'manage'));
    await alerts.unsubscribe(id, token);
    expect(store.all()).toEqual([]);
  });

  it('keeps the watermark when the e-mail fails, and sends the listings with the next digest', async () => {
    const { alerts, outbox, arrive, at, digest } = setUp();
    const { id } = await alerts.subscribe(input(), '192.0.2.1');
    await alerts.confirm(id, tokenIn(outbox[0], 'confirm'));
    at(new Date(T0.getTime() + HOUR));
    await arrive(rentalDraft(2, { disposition: '2+kk' }));
    at(new Date(T0.getTime() + 24 * HOUR));

    const failed = await digest({
      send: async () => {
        throw new Error('SES refused');
      },
    });
    at(new Date(T0.getTime() + 48 * HOUR));
    const next = await digest();

    expect(failed).toEqual({ subscriptions: 1, sent: 0, nothingNew: 0, failed: 1 });
    expect(next).toEqual({ subscriptions: 1, sent: 1, nothingNew: 0, failed: 0 });
    expect(outbox.filter((e) => e.subject === 'New listings for your saved search').map((e) => e.text)).toEqual([
      expect.stringContaining('sreality%3A1002'),
    ]);
  });

  it('catches a listing published after a digest but first seen before it, without repeating one sent', async () => {
    const { alerts, outbox, digest, arrive, at } = setUp();
    const { id } = await alerts.subscribe(input(), '192.0.2.1');
    await alerts.confirm(id, tokenIn(outbox[0], 'confirm'));
    at(new Date(T0.getTime() + 1 * HOUR));
    await arrive(rentalDraft(2, { disposition: '2+kk' }));
    at(new Date(T0.getTime() + 24 * HOUR));
    await digest();

    // A run that saw sreality:1004 at T0+23h published it only after that digest.
    at(new Date(T0.getTime() + 23 * HOUR));
    await arrive(rentalDraft(4, { disposition: '2+kk' }));
    at(new Date(T0.getTime() + 48 * HOUR));
    await digest();

    const digests = outbox.filter((e) => e.subject === 'New listings for your saved search').map((e) => e.text);
    expect(digests).toHaveLength(2);
    expect(digests[1]).toContain('sreality%3A1004');
    expect(digests[1]).not.toContain('sreality%3A1002');
  });

  it('keeps the watermark when the catalogue cannot be read fresh, or a subscription fails', async () => {
    const { alerts, outbox, store } = setUp();
    const { id } = await alerts.subscribe(input(), '192.0.2.1');
    await alerts.confirm(id, tokenIn(outbox[0], 'confirm'));

    const before = store.all()[0]!.digestedUntil;
    const unreadable = {
      refresh: async () => {
        throw new Error('S3 unavailable');
      },
      catalogue: async () => {
        throw new Error('S3 unavailable');
      },
    };
    const noCatalogue = await sendAlertDigests({
      store,
      catalogues: unreadable,
      mailer: { send: async () => undefined },
      siteUrl: 'https://x.example',
      now: () => new Date(T0.getTime() + 24 * HOUR),
      log: quiet,
    });
    const stale = {
      refresh: async () => undefined as never,
      catalogue: async () => {
        throw new Error('decoding failed');
      },
    };
    const failing = await sendAlertDigests({
      store,
      catalogues: stale,
      mailer: { send: async () => undefined },
      siteUrl: 'https://x.example',
      now: () => new Date(T0.getTime() + 24 * HOUR),
      log: quiet,
    });

    expect(noCatalogue).toEqual({ subscriptions: 1, sent: 0, nothingNew: 0, failed: 1 });
    expect(failing).toEqual({ subscriptions: 1, sent: 0, nothingNew: 0, failed: 1 });
    expect(store.all()[0]!.digestedUntil).toBe(before);
  });
});
