import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ensureTable,
  localDynamoClient,
  startDynaliteProcess,
  type EmbeddedDynamo,
} from '../../infra/local/embedded-dynamo';
import { FileOutboxMailer } from '../../shared/partner/file-outbox-mailer';
import { ConflictError, RateLimitedError } from '../../shared/errors';
import { DynamoPartnerStore } from '../../shared/partner/dynamo-partner-store';
import type { Email } from '../../shared/partner/mailer';
import { PartnerPostings } from '../../shared/partner/partner-postings';
import { decodeCatalogue } from '../../shared/catalogue/catalogue-codec';
import { CataloguePublisher } from '../../shared/catalogue/catalogue-publisher';
import { MemorySnapshotStore } from '../../shared/catalogue/memory-snapshot-store';
import { postingInputSchema } from '../../shared/partner/posting-input';
import { getServedListing } from '../../shared/api/get-listing';
import { NotFoundError } from '../../shared/errors';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';
import { partnerForm } from '../support/partner-form';

const T0 = new Date('2026-11-24T10:00:00Z');
const form = (title = 'Mechanical Design Engineer') =>
  postingInputSchema.parse(
    partnerForm(
      T0,
      {
        title,
        companyId: undefined,
        salary: undefined,
        applyUrl: undefined,
        applyEmail: 'jobs@example.org',
        location: { municipality: 'Ostrava' },
        workplace: 'onsite',
      },
      60_000,
    ),
  );
/** Approves as a moderator does: the version the pending list showed. */
const approveShown = async (postings: PartnerPostings, id: string) =>
  postings.approve(id, (await postings.listPending()).find((p) => p.id === id)?.contentHash ?? 'not shown as pending');
const confirmToken = (email: Email | undefined) => /#\/confirm\/[^/\s]+\/([\w-]+)/.exec(email?.text ?? '')?.[1];

/** The job catalogue as the decisions published it (nothing is published here but by the decisions). */
async function publishedIds(snapshots: MemorySnapshotStore, now: Date): Promise<string[]> {
  const read = await snapshots.read('job');
  if (read.status !== 'found') return [];
  return (await decodeCatalogue(read.body, 'job'))
    .query({ kind: 'job', sort: 'newest', filters: {}, limit: 50, now })
    .items.map((l) => l.id);
}

describe('partner postings on the listings table (dynalite)', () => {
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;
  beforeAll(async () => {
    dynamo = await startDynaliteProcess();
    client = localDynamoClient(dynamo.endpoint);
    await ensureTable(client, 'listings');
  });
  afterAll(async () => {
    client.destroy();
    await dynamo.close();
  });

  it('lists a posting only once approved, never serves its private fields, and unlists it when closed', async () => {
    const outbox: Email[] = [];
    const listings = new DynamoListingStore(client, { tableName: 'listings' });
    const snapshots = new MemorySnapshotStore();
    const catalogue = new CataloguePublisher({ store: listings, snapshots });
    const postings = new PartnerPostings({
      store: new DynamoPartnerStore(client, 'listings', () => T0),
      mailer: { send: async (e) => void outbox.push(e) },
      siteUrl: 'https://jobs.example.org',
      now: () => T0,
      catalogue,
    });
    const listed = () => publishedIds(snapshots, T0);

    const { id, managementUrl } = await postings.submit(form(), '203.0.113.7');
    await postings.confirm(id, confirmToken(outbox[0]));
    const pendingIds = (await postings.listPending()).map((l) => l.id);
    const beforeApproval = await listed();
    await approveShown(postings, id);
    const afterApproval = await listed();
    const served = await listings.getById(id);
    await postings.close(id, managementUrl.split('/').at(-1));

    expect(pendingIds).toEqual([id]);
    expect(beforeApproval).not.toContain(id);
    expect(afterApproval).toContain(id);
    expect(JSON.stringify(served)).not.toMatch(/secretHash|firstListedAt|contactEmail|hr@example/);
    expect(await listed()).not.toContain(id);
    expect(outbox.map((e) => e.subject)).toEqual([
      'Confirm your e-mail address for your job posting',
      'Your job posting is now listed',
    ]);
    const { Item: listingItem } = await client.send(
      new GetItemCommand({ TableName: 'listings', Key: { pk: { S: `LISTING#${id}` }, sk: { S: 'LISTING' } } }),
    );
    const { Item: contact } = await client.send(
      new GetItemCommand({ TableName: 'listings', Key: { pk: { S: `CONTACT#${id}` }, sk: { S: 'CONTACT' } } }),
    );
    expect(listingItem).not.toHaveProperty('contactEmail');
    // The first approval is kept beside the listing (a re-approval after an edit keeps its firstSeenAt).
    expect(listingItem?.firstListedAt?.S).toBe(T0.toISOString());
    // Closed today: the e-mail is kept 30 days more, then TTL removes it.
    expect(Number(contact?.expiresAt?.N)).toBe(Math.floor(Date.parse('2026-11-24T10:00:00.000Z') / 1000) + 30 * 86_400);
  });

  it('walks the whole life on the table: listed only while approved, gone after close and after expiry, rejection e-mailed to the outbox', async () => {
    const outboxDir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const mailer = new FileOutboxMailer(outboxDir);
    let now = T0;
    const listings = new DynamoListingStore(client, { tableName: 'listings' });
    const snapshots = new MemorySnapshotStore();
    const catalogue = new CataloguePublisher({ store: listings, snapshots });
    const postings = new PartnerPostings({
      store: new DynamoPartnerStore(client, 'listings', () => now),
      mailer,
      siteUrl: 'https://jobs.example.org',
      now: () => now,
      catalogue,
    });
    const listed = () => publishedIds(snapshots, now);

    const confirmLatest = async (postingId: string) =>
      postings.confirm(
        postingId,
        confirmToken(
          (await mailer.read()).find(
            (e) => e.text.includes(encodeURIComponent(postingId)) && e.subject.startsWith('Confirm'),
          ),
        ),
      );
    const { id, managementUrl } = await postings.submit(form('Whole life engineer'), '192.0.2.1');
    await confirmLatest(id);
    const token = managementUrl.split('/').at(-1);
    const seen: boolean[] = [(await listed()).includes(id)];
    await approveShown(postings, id);
    seen.push((await listed()).includes(id));
    await postings.edit(id, token, form('Whole life engineer, senior'));
    seen.push((await listed()).includes(id));
    await approveShown(postings, id);
    seen.push((await listed()).includes(id));
    await postings.close(id, token);
    seen.push((await listed()).includes(id));

    const third = await postings.submit(form('Rejected engineer'), '192.0.2.3');
    await confirmLatest(third.id);
    await postings.reject(third.id, 'Please state the salary.');

    const second = await postings.submit(form('Expiring engineer'), '192.0.2.2');
    await confirmLatest(second.id);
    await approveShown(postings, second.id);
    const beforeExpiry = (await listed()).includes(second.id);
    now = new Date('2027-01-01T00:00:00Z');
    const afterExpiry = (await listed()).includes(second.id);

    expect(seen).toEqual([false, true, false, true, false]);
    expect([beforeExpiry, afterExpiry]).toEqual([true, false]);
    expect(await mailer.read()).toContainEqual(
      expect.objectContaining({ to: 'hr@example.org', text: expect.stringContaining('Please state the salary.') }),
    );
    rmSync(outboxDir, { recursive: true, force: true });
  });

  it('counts rate-limit windows and holds duplicate claims in the table', async () => {
    const postings = new PartnerPostings({
      store: new DynamoPartnerStore(client, 'listings', () => T0),
      mailer: { send: async () => undefined },
      siteUrl: 'https://jobs.example.org',
      now: () => T0,
      limits: { perIpPerHour: 2, perEmailPerDay: 10 },
    });

    const first = await postings.submit(form('Job one of many'), '198.51.100.9');
    await expect(postings.submit(form('Job one of many.'), '198.51.100.10')).rejects.toThrow(ConflictError);
    await postings.takeDown(first.id);
    await postings.submit(form('Job one of many'), '198.51.100.10');
    await postings.submit(form('Job two of many'), '198.51.100.9');
    await expect(postings.submit(form('Job three of many'), '198.51.100.9')).rejects.toThrow(RateLimitedError);
  });

  it('never serves a posting a moderator did not approve: closed before approval, or taken down, then edited and closed', async () => {
    const outbox: Email[] = [];
    const listings = new DynamoListingStore(client, { tableName: 'listings' });
    const snapshots = new MemorySnapshotStore();
    const postings = new PartnerPostings({
      store: new DynamoPartnerStore(client, 'listings', () => T0),
      mailer: { send: async (e) => void outbox.push(e) },
      siteUrl: 'https://jobs.example.org',
      now: () => T0,
      catalogue: new CataloguePublisher({ store: listings, snapshots }),
    });
    const never = await postings.submit(form('Never approved engineer'), '192.0.2.50');
    await postings.confirm(never.id, confirmToken(outbox.at(-1)));
    const taken = await postings.submit(form('Taken down engineer'), '192.0.2.51');
    await postings.confirm(taken.id, confirmToken(outbox.at(-1)));
    await approveShown(postings, taken.id);
    const servedWhileApproved = (await getServedListing(listings, taken.id, T0)).id;

    await postings.close(never.id, never.managementUrl.split('/').at(-1));
    await postings.takeDown(taken.id);
    const takenToken = taken.managementUrl.split('/').at(-1);
    const afterTakeDown = await Promise.allSettled([
      postings.edit(taken.id, takenToken, form('Taken down engineer')),
      postings.close(taken.id, takenToken),
    ]);

    expect(servedWhileApproved).toBe(taken.id);
    await expect(getServedListing(listings, never.id, T0)).rejects.toThrow(NotFoundError);
    await expect(getServedListing(listings, taken.id, T0)).rejects.toThrow(NotFoundError);
    expect(afterTakeDown.map((r) => r.status)).toEqual(['rejected', 'rejected']);
    expect(await publishedIds(snapshots, T0)).not.toEqual(expect.arrayContaining([never.id]));
    expect(await publishedIds(snapshots, T0)).not.toEqual(expect.arrayContaining([taken.id]));
  });
});
