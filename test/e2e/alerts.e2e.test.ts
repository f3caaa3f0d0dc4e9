import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { unmarshall } from '@aws-sdk/util-dynamodb';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDynamoClient } from '../../infra/local/embedded-dynamo';
import { startLocalService, type LocalService } from '../../infra/local/local-service';
import { FileOutboxMailer } from '../../shared/partner/file-outbox-mailer';
import type { Email } from '../../shared/partner/mailer';
import { replayableSources } from '../../shared/scrape/scrape-source';
import { replayClock } from '../support/replay-clock';

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
const HOUR = 3_600_000;
const ADDRESS = 'alert.reader@example.org';
/** The source whose replay run brings the "new" listings, after the subscription is confirmed. */
const LATE_SOURCE = 'ulovdomov';

describe('saved searches against npm start -- --replay: feed, subscribe, confirm, digest, unsubscribe', () => {
  let dataDir: string;
  let service: LocalService;
  let starting: Promise<LocalService> | undefined;
  // The replay day's clock, which the test moves on by hours and days (the digest is daily).
  const base = replayClock();
  let ahead = 0;
  const now = () => new Date(base().getTime() + ahead);
  const outbox = () => new FileOutboxMailer(join(dataDir, 'outbox')).read();
  const digestsIn = (mails: Email[]) => mails.filter((mail) => mail.subject === 'New listings for your saved search');

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'alerts-e2e-'));
    starting = startLocalService({
      port: 0,
      host: '127.0.0.1',
      dataDir,
      replay: true,
      replaySources: replayableSources().filter((s) => s !== LATE_SOURCE),
      log: quiet,
      now,
    });
    service = await starting;
  }, 180_000);

  afterAll(async () => {
    await ((service as LocalService | undefined) ?? (await starting?.catch(() => undefined)))?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('serves any search as a valid Atom feed of what was first seen in the last 14 days', async () => {
    const response = await fetch(`${service.url}/api/listings.atom?kind=rental&municipality=Ostrava`);
    const xml = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    expect(response.headers.get('etag')).toMatch(/^W\/"/);
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' }).parse(xml).feed;
    expect(feed.entry.length).toBeGreaterThan(0);
    for (const entry of feed.entry) expect(entry.id).toMatch(/^tag:/);
  });

  it('e-mails the new listings of a confirmed search once, and forgets the address on one-click unsubscribe', async () => {
    const subscribed = await fetch(`${service.url}/api/alerts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADDRESS, search: { kind: 'rental' } }),
    });
    const { id } = (await subscribed.json()) as { id: string };
    expect(subscribed.status).toBe(201);
    // Nothing but the confirmation goes out before its link is used, not even a digest.
    ahead += HOUR;
    await service.runAlertDigests();
    const beforeConfirming = (await outbox()).filter((mail) => mail.to === ADDRESS);
    expect(beforeConfirming.map((mail) => mail.subject)).toEqual(['Confirm your e-mail alert for a saved search']);

    const confirmToken = new RegExp(`#/alerts/${id}/confirm/([A-Za-z0-9_-]+)`).exec(beforeConfirming[0]!.text)![1];
    const confirmed = await fetch(`${service.url}/api/alerts/${id}/confirm`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${confirmToken}` },
      body: '{}',
    });
    expect(confirmed.status).toBe(200);

    // A new source's listings arrive through a replay run, after the confirmation.
    ahead += HOUR;
    expect((await service.replaySource(LATE_SOURCE)).created).toBeGreaterThan(0);
    ahead += 24 * HOUR;
    expect(await service.runAlertDigests()).toMatchObject({ subscriptions: 1, sent: 1, failed: 0 });
    ahead += 24 * HOUR;
    expect(await service.runAlertDigests()).toMatchObject({ subscriptions: 1, sent: 0, nothingNew: 1 });

    const digests = digestsIn(await outbox());
    expect(digests).toHaveLength(1);
    expect(digests[0]!.to).toBe(ADDRESS);
    expect(digests[0]!.text).toContain(`/#/listing/${LATE_SOURCE}%3A`);
    expect(digests[0]!.text).not.toMatch(/\/#\/listing\/(sreality|bezrealitky|idnes)%3A/); // the backlog is never sent
    expect(digests[0]!.headers?.['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');

    // The mail client's one-click POST to the List-Unsubscribe URL (the site's origin is this service).
    const target = new URL(/^<(.+)>$/.exec(digests[0]!.headers!['List-Unsubscribe']!)![1]!);
    const unsubscribed = await fetch(`${service.url}${target.pathname}${target.search}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(unsubscribed.status).toBe(200);

    const client = localDynamoClient(service.dynamoEndpoint);
    try {
      const { Items = [] } = await client.send(new ScanCommand({ TableName: service.tableName }));
      expect(
        Items.map((item) => JSON.stringify(unmarshall(item))).filter((item) => item.toLowerCase().includes(ADDRESS)),
      ).toEqual([]);
    } finally {
      client.destroy();
    }
    ahead += 24 * HOUR;
    expect(await service.runAlertDigests()).toMatchObject({ subscriptions: 0 });
  });
});
