import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ensureTable, localDynamoClient, startDynalite, type EmbeddedDynamo } from '../../infra/local/embedded-dynamo';
import { ConflictError, RateLimitedError } from '../../shared/errors';
import { DynamoPartnerStore } from '../../shared/partner/dynamo-partner-store';
import type { Email } from '../../shared/partner/mailer';
import { PartnerPostings } from '../../shared/partner/partner-postings';
import { DynamoListingStore } from '../../shared/store/dynamo-listing-store';

const T0 = new Date('2026-11-24T10:00:00Z');
const form = (title = 'Mechanical Design Engineer') => ({
  companyName: 'Example Engineering s.r.o.',
  contactEmail: 'hr@example.org',
  title,
  description: 'Design rail vehicle components in CATIA. Our team works in English; Czech is not required.',
  location: { municipality: 'Ostrava' },
  employment: ['full-time'],
  workplace: 'onsite',
  languages: { czech: 'not-needed', english: 'required' },
  applyEmail: 'jobs@example.org',
  expiresOn: '2026-12-31',
  formShownAt: T0.getTime() - 60_000,
});

describe('partner postings on the listings table (dynalite)', () => {
  let dynamo: EmbeddedDynamo;
  let client: DynamoDBClient;
  beforeAll(async () => {
    dynamo = await startDynalite();
    client = localDynamoClient(dynamo.endpoint);
    await ensureTable(client, 'listings');
  });
  afterAll(async () => {
    client.destroy();
    await dynamo.close();
  });

  it('lists a posting only once approved, never serves its private fields, and unlists it when closed', async () => {
    const outbox: Email[] = [];
    const postings = new PartnerPostings({ store: new DynamoPartnerStore(client, 'listings'), mailer: { send: async (e) => void outbox.push(e) }, siteUrl: 'https://jobs.example.org', now: () => T0 });
    const listings = new DynamoListingStore(client, { tableName: 'listings', versionCheckIntervalMs: 0 });
    const listed = async () => (await listings.queryActive({ kind: 'job', sort: 'newest', filters: {}, limit: 50, now: T0 })).items.map((l) => l.id);

    const { id, managementUrl } = await postings.submit(form(), '203.0.113.7');
    const pendingIds = (await postings.listPending()).map((l) => l.id);
    const beforeApproval = await listed();
    await postings.approve(id);
    const afterApproval = await listed();
    const served = await listings.getById(id);
    await postings.close(id, managementUrl.split('#')[1]);

    expect(pendingIds).toEqual([id]);
    expect(beforeApproval).not.toContain(id);
    expect(afterApproval).toContain(id);
    expect(JSON.stringify(served)).not.toMatch(/secretHash|contactEmail|hr@example/);
    expect(await listed()).not.toContain(id);
    expect(outbox).toHaveLength(1);
    const { Item: listingItem } = await client.send(new GetItemCommand({ TableName: 'listings', Key: { pk: { S: `LISTING#${id}` }, sk: { S: 'LISTING' } } }));
    const { Item: contact } = await client.send(new GetItemCommand({ TableName: 'listings', Key: { pk: { S: `CONTACT#${id}` }, sk: { S: 'CONTACT' } } }));
    expect(listingItem).not.toHaveProperty('contactEmail');
    // Closed today: the e-mail is kept 30 days more, then TTL removes it.
    expect(Number(contact?.expiresAt?.N)).toBe(Math.floor(Date.parse('2026-11-24T10:00:00.000Z') / 1000) + 30 * 86_400);
  });

  it('counts rate-limit windows and holds duplicate claims in the table', async () => {
    const postings = new PartnerPostings({ store: new DynamoPartnerStore(client, 'listings'), mailer: { send: async () => undefined }, siteUrl: 'https://jobs.example.org', now: () => T0, limits: { perIpPerHour: 2, perEmailPerDay: 10 } });

    await postings.submit(form('Job one of many'), '198.51.100.9');
    await expect(postings.submit(form('Job one of many'), '198.51.100.10')).rejects.toThrow(ConflictError);
    await postings.submit(form('Job two of many'), '198.51.100.9');
    await expect(postings.submit(form('Job three of many'), '198.51.100.9')).rejects.toThrow(RateLimitedError);
  });
});
