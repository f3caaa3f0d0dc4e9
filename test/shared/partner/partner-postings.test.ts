import { ConflictError, ForbiddenError, InputError, NotFoundError, RateLimitedError } from '../../../shared/errors';
import type { Email } from '../../../shared/partner/mailer';
import { MemoryPartnerStore } from '../../../shared/partner/memory-partner-store';
import { PartnerPostings } from '../../../shared/partner/partner-postings';
import { partnerForm } from '../../support/partner-form';

const T0 = new Date('2026-11-24T10:00:00Z');

function setup() {
  let now = T0;
  const store = new MemoryPartnerStore();
  const outbox: Email[] = [];
  const postings = new PartnerPostings({ store, mailer: { send: async (email) => void outbox.push(email) }, siteUrl: 'https://jobs.example.org', now: () => now });
  return { store, outbox, postings, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const form = (overrides: Record<string, unknown> = {}) => partnerForm(T0, overrides);
const tokenOf = (url: string) => url.split('/').at(-1)!;

describe('PartnerPostings: the life of a posting', () => {
  it('goes submit → pending → approve → listed → edit → pending → approve → close → gone', async () => {
    const { postings, store, outbox } = setup();

    const { id, status, managementUrl } = await postings.submit(form(), '203.0.113.7');
    const token = tokenOf(managementUrl);
    expect(status).toBe('pending');
    expect((await store.get(id))?.listing).toMatchObject({ status: 'pending', source: 'partner', englishFriendly: true, location: { municipality: 'Ostrava', district: 'Poruba' } });
    expect(outbox[0]).toMatchObject({ to: 'hr@example.org', text: expect.stringContaining(managementUrl) });
    expect((await postings.listPending()).map((l) => l.id)).toEqual([id]);

    expect((await postings.approve(id)).status).toBe('active');
    expect((await postings.edit(id, token, form({ title: 'Senior Mechanical Design Engineer' }))).status).toBe('pending');
    expect((await postings.approve(id)).title).toBe('Senior Mechanical Design Engineer');
    expect((await postings.close(id, token)).status).toBe('expired');

    await expect(postings.view(id, token)).rejects.toThrow(ForbiddenError);
    expect(await postings.listPending()).toEqual([]);
  });

  it('rejects with a reason that is e-mailed to the poster', async () => {
    const { postings, outbox } = setup();
    const { id } = await postings.submit(form(), '203.0.113.7');

    const rejected = await postings.reject(id, 'Please state the salary in CZK.');

    expect(rejected.status).toBe('rejected');
    expect(outbox.at(-1)).toMatchObject({ to: 'hr@example.org', text: expect.stringContaining('Please state the salary in CZK.') });
  });

  it('stops a posting at its expiry, and renews it up to 60 days ahead', async () => {
    const { postings, advance } = setup();
    const { id, managementUrl } = await postings.submit(form({ expiresOn: '2026-11-30' }), '203.0.113.7');

    expect((await postings.renew(id, tokenOf(managementUrl), '2027-01-15')).validThrough).toBe('2027-01-15T23:59:59.000Z');
    await expect(postings.renew(id, tokenOf(managementUrl), '2027-03-01')).rejects.toThrow(/60 days/);
    advance(60 * 86_400_000);
    await expect(postings.view(id, tokenOf(managementUrl))).rejects.toThrow(/ended/);
  });
});

describe('PartnerPostings: abuse', () => {
  it.each<[string, Record<string, unknown>, string, new (...args: never[]) => Error]>([
    ['a filled honeypot', { website: 'https://spam.example' }, 'website', InputError],
    ['a form sent in under five seconds', { formShownAt: T0.getTime() - 1000 }, 'formShownAt', InputError],
    ['script in the title', { title: 'Engineer <script>alert(1)</script>' }, 'title', InputError],
    ['markup in the description', { description: 'Great job, apply now! <a href="https://phish.example">here</a> and more text.' }, 'description', InputError],
    ['an expiry more than 60 days ahead', { expiresOn: '2027-06-01' }, 'expiresOn', InputError],
    ['a town outside the region', { location: { municipality: 'Brno' } }, 'location.municipality', InputError],
  ])('refuses %s, naming the field, and stores nothing', async (_name, change, field, errorClass) => {
    const { postings, store, outbox } = setup();

    const attempt = postings.submit(form(change), '203.0.113.7');

    await expect(attempt).rejects.toThrow(errorClass);
    await expect(attempt).rejects.toMatchObject({ field });
    expect(store.all()).toEqual([]);
    expect(outbox).toEqual([]);
  });

  it('rate-limits one address, and refuses a duplicate within 30 days', async () => {
    const { postings, store } = setup();
    for (let i = 0; i < 5; i++) await postings.submit(form({ title: `Engineer number ${i}` }), '203.0.113.7');

    await expect(postings.submit(form({ title: 'Engineer number 6' }), '203.0.113.7')).rejects.toThrow(RateLimitedError);
    await expect(postings.submit(form({ title: 'ENGINEER NUMBER 1' }), '198.51.100.1')).rejects.toThrow(ConflictError);
    expect(store.all()).toHaveLength(5);
  });

  it('refuses a forged or foreign management link, and changes nothing', async () => {
    const { postings, store } = setup();
    const { id } = await postings.submit(form(), '203.0.113.7');
    const other = await postings.submit(form({ title: 'Another job entirely' }), '203.0.113.8');
    const before = store.all();

    await expect(postings.edit(id, 'forged-token', form({ title: 'Hijacked' }))).rejects.toThrow(ForbiddenError);
    await expect(postings.close(id, tokenOf(other.managementUrl))).rejects.toThrow(ForbiddenError);
    await expect(postings.close(id, undefined)).rejects.toThrow(ForbiddenError);
    await expect(postings.view('partner:unknown', 'x')).rejects.toThrow(ForbiddenError);
    expect(store.all()).toEqual(before);
  });

  it('refuses an expired management link, and changes nothing', async () => {
    const { postings, store, advance } = setup();
    const { id, managementUrl } = await postings.submit(form({ expiresOn: '2026-11-30' }), '203.0.113.7');
    advance(7 * 86_400_000);
    const before = store.all();

    await expect(postings.edit(id, tokenOf(managementUrl), form({ title: 'Changed after expiry', expiresOn: '2026-12-20' }))).rejects.toThrow(ForbiddenError);
    await expect(postings.renew(id, tokenOf(managementUrl), '2026-12-20')).rejects.toThrow(ForbiddenError);
    expect(store.all()).toEqual(before);
  });

  it('answers moderation of an unknown posting with NotFoundError', async () => {
    const { postings } = setup();

    await expect(postings.approve('partner:nope')).rejects.toThrow(NotFoundError);
    await expect(postings.approve('sreality:123')).rejects.toThrow(NotFoundError);
  });
});
