import { ConflictError, ForbiddenError, InputError, NotFoundError, RateLimitedError } from '../../../shared/errors';
import type { Email } from '../../../shared/partner/mailer';
import { MemoryPartnerStore } from '../../../shared/partner/memory-partner-store';
import { PartnerPostings, type PartnerPostingsDeps } from '../../../shared/partner/partner-postings';
import { postingInputSchema, type PostingInput } from '../../../shared/partner/posting-input';
import { partnerForm } from '../../support/partner-form';

const T0 = new Date('2026-11-24T10:00:00Z');

function setup(options: { mailFails?: boolean } & Pick<PartnerPostingsDeps, 'catalogue' | 'log'> = {}) {
  let now = T0;
  const store = new MemoryPartnerStore();
  const outbox: Email[] = [];
  const mailer = {
    send: async (email: Email) =>
      options.mailFails ? Promise.reject(new Error('SES is down')) : void outbox.push(email),
  };
  const postings = new PartnerPostings({
    store,
    mailer,
    siteUrl: 'https://jobs.example.org',
    now: () => now,
    catalogue: options.catalogue,
    log: options.log,
  });
  return { store, outbox, postings, advance: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

const form = (overrides: Record<string, unknown> = {}): PostingInput =>
  postingInputSchema.parse(partnerForm(T0, overrides));
/** Approves as a moderator does: the version the pending list showed. */
const approveShown = async (postings: PartnerPostings, id: string) =>
  postings.approve(id, (await postings.listPending()).find((p) => p.id === id)?.contentHash ?? 'not shown as pending');
const tokenOf = (url: string) => url.split('/').at(-1)!;
const linkIn = (email: Email | undefined, kind: 'confirm' | 'manage') =>
  new RegExp(`https://jobs\\.example\\.org/#/${kind}/[^/\\s]+/([\\w-]+)`).exec(email?.text ?? '')?.[1];

/** Submits and confirms the contact address, as the poster does with the e-mailed link. */
async function submitConfirmed(
  postings: PartnerPostings,
  outbox: Email[],
  overrides: Record<string, unknown> = {},
  ip = '203.0.113.7',
) {
  const submitted = await postings.submit(form(overrides), ip);
  await postings.confirm(submitted.id, linkIn(outbox.at(-1), 'confirm'));
  return { ...submitted, token: tokenOf(submitted.managementUrl) };
}

describe('PartnerPostings: the life of a posting', () => {
  it('goes submit → unconfirmed → confirm → pending → approve → listed → edit → pending → approve → close → read only', async () => {
    const { postings, store, outbox } = setup();

    const { id, status, managementUrl, confirmationEmail } = await postings.submit(form(), '203.0.113.7');
    const token = tokenOf(managementUrl);
    expect([status, confirmationEmail]).toEqual(['unconfirmed', 'sent']);
    expect(await postings.listPending()).toEqual([]);
    expect(outbox[0]).toMatchObject({ to: 'hr@example.org', text: expect.stringContaining(managementUrl) });
    expect(await postings.confirm(id, linkIn(outbox[0], 'confirm'))).toEqual({ id, status: 'pending' });
    expect((await store.get(id))?.listing).toMatchObject({
      status: 'pending',
      source: 'partner',
      englishFriendly: true,
      location: { municipality: 'Ostrava', district: 'Poruba' },
    });
    expect(await postings.listPending()).toEqual([
      expect.objectContaining({
        id,
        contactEmail: 'hr@example.org',
        companyId: '45274649',
        applyUrl: 'https://example.org/apply',
      }),
    ]);

    expect((await approveShown(postings, id)).status).toBe('active');
    expect((await postings.edit(id, token, form({ title: 'Senior Mechanical Design Engineer' }))).status).toBe(
      'pending',
    );
    await approveShown(postings, id);
    expect((await postings.close(id, token)).status).toBe('expired');

    expect((await postings.view(id, token)).status).toBe('expired');
    await expect(postings.edit(id, token, form())).rejects.toThrow(ForbiddenError);
    await expect(postings.renew(id, token, '2026-12-20')).rejects.toThrow(ForbiddenError);
    expect(await postings.listPending()).toEqual([]);
  });

  it('approves only the version the moderator reviewed: an edit made after the pending list was read is not published', async () => {
    const { postings, outbox, store } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);
    const [reviewed] = await postings.listPending();
    await postings.edit(
      id,
      token,
      form({
        description: 'Send a 4000 CZK visa handling fee to our account first; the job is then yours, guaranteed.',
      }),
    );

    await expect(postings.approve(id, reviewed!.contentHash)).rejects.toThrow(ConflictError);
    expect((await store.get(id))?.listing.status).toBe('pending');
    const [again] = await postings.listPending();
    expect((await postings.approve(id, again!.contentHash)).status).toBe('active');
  });

  it('counts a posting as first seen when it is first listed, however long moderation took; a re-approval after an edit keeps that', async () => {
    const { postings, outbox, store, advance } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);
    advance(30 * 3_600_000); // a weekend's wait: longer than the 12 h a digest looks back

    await approveShown(postings, id);
    const listedAt = new Date(T0.getTime() + 30 * 3_600_000).toISOString();
    expect((await store.get(id))?.listing.firstSeenAt).toBe(listedAt);

    advance(3 * 86_400_000);
    await postings.edit(id, token, form({ title: 'Senior Mechanical Design Engineer' }));
    await approveShown(postings, id);
    expect((await store.get(id))?.listing).toMatchObject({ status: 'active', firstSeenAt: listedAt });
  });

  it('e-mails the firm when its posting is approved, with a link to the listing', async () => {
    const { postings, outbox } = setup();
    const { id } = await submitConfirmed(postings, outbox);

    const decision = await approveShown(postings, id);

    expect(decision).toEqual({ id, status: 'active', email: 'sent' });
    expect(outbox.at(-1)).toMatchObject({
      to: 'hr@example.org',
      subject: 'Your job posting is now listed',
      text: expect.stringContaining(`https://jobs.example.org/#/listing/${encodeURIComponent(id)}`),
    });
  });

  it('rejects with a reason that is e-mailed to the poster; the link then only reads', async () => {
    const { postings, outbox } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);

    const rejected = await postings.reject(id, 'Please state the salary in CZK.');

    expect(rejected.status).toBe('rejected');
    expect(outbox.at(-1)).toMatchObject({
      to: 'hr@example.org',
      subject: 'Your job posting was not accepted',
      text: expect.stringContaining('Please state the salary in CZK.'),
    });
    expect((await postings.view(id, token)).status).toBe('rejected');
    await expect(postings.edit(id, token, form({ title: 'Resubmitted engineer' }))).rejects.toThrow(ForbiddenError);
    await expect(approveShown(postings, id)).rejects.toThrow(ConflictError);
  });

  it('makes a take-down final: the owner can neither edit it back to moderation nor close it', async () => {
    const { postings, outbox, store } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);
    await approveShown(postings, id);

    await postings.takeDown(id);

    await expect(postings.edit(id, token, form({ title: 'Innocent edit' }))).rejects.toThrow(ForbiddenError);
    await expect(postings.close(id, token)).rejects.toThrow(ForbiddenError);
    await expect(postings.renew(id, token, '2026-12-20')).rejects.toThrow(ForbiddenError);
    await expect(approveShown(postings, id)).rejects.toThrow(ConflictError);
    expect((await store.get(id))?.listing.status).toBe('rejected');
    expect((await postings.view(id, token)).status).toBe('rejected');
  });

  it('refuses to take down a posting its owner closed, which keeps saying it was closed', async () => {
    const { postings, outbox, store } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);
    await approveShown(postings, id);
    await postings.close(id, token);

    await expect(postings.takeDown(id)).rejects.toThrow(
      new ConflictError('this posting was closed or ran out: it is no longer listed, so there is nothing to take down'),
    );
    expect((await store.get(id))!.listing.status).toBe('expired');
    expect((await postings.view(id, token)).status).toBe('expired');
  });

  it.each<[string, (p: PartnerPostings, id: string, token: string) => Promise<unknown>, string]>([
    ['already approved', (p, id) => approveShown(p, id), 'active'],
    ['closed by its owner', async (p, id, token) => p.close(id, token), 'expired'],
    ['rejected', (p, id) => p.reject(id, 'Not a real job offer.'), 'rejected'],
    [
      'taken down',
      async (p, id) => {
        await approveShown(p, id);
        await p.takeDown(id);
      },
      'rejected',
    ],
  ])(
    'refuses to approve a posting that is %s, even with the hash of its current version',
    async (_name, end, status) => {
      const { postings, outbox, store } = setup();
      const { id, token } = await submitConfirmed(postings, outbox);
      await end(postings, id, token);
      const current = (await store.get(id))!.listing;
      const mails = outbox.length;

      await expect(postings.approve(id, current.contentHash)).rejects.toThrow(
        new ConflictError(`only a pending posting can be approved (this one is ${status})`),
      );
      expect((await store.get(id))!.listing.status).toBe(status);
      expect(outbox).toHaveLength(mails);
    },
  );

  it.each<[string, (p: PartnerPostings, id: string, token: string) => Promise<unknown>, string]>([
    ['unconfirmed', async () => undefined, 'unconfirmed'],
    ['approved', (p, id) => approveShown(p, id), 'active'],
    ['rejected', (p, id) => p.reject(id, 'Not a real job offer.'), 'rejected'],
  ])('refuses to reject a posting that is %s', async (_name, before, status) => {
    const { postings, outbox, store } = setup();
    const submitted = await postings.submit(form(), '203.0.113.7');
    if (status !== 'unconfirmed') await postings.confirm(submitted.id, linkIn(outbox.at(-1), 'confirm'));
    await before(postings, submitted.id, tokenOf(submitted.managementUrl));

    await expect(postings.reject(submitted.id, 'Too late.')).rejects.toThrow(
      new ConflictError(`only a pending posting can be rejected (this one is ${status})`),
    );
    expect((await store.get(submitted.id))!.listing.status).toBe(status);
  });

  it('stops a posting at its expiry, and renews it up to 60 days ahead', async () => {
    const { postings, outbox, advance } = setup();
    const { id, token } = await submitConfirmed(postings, outbox, { expiresOn: '2026-11-30' });

    expect((await postings.renew(id, token, '2027-01-15')).validThrough).toBe('2027-01-15T23:59:59.000Z');
    await expect(postings.renew(id, token, '2027-03-01')).rejects.toThrow(/60 days/);
    advance(60 * 86_400_000);
    await expect(postings.renew(id, token, '2027-03-01')).rejects.toThrow(/ended/);
  });

  it.each(['2026-12-32', '9999-99-99', '2026-02-30', 'tomorrow'])(
    'refuses the renewal date %s with InputError naming expiresOn',
    async (expiresOn) => {
      const { postings, outbox, store } = setup();
      const { id, token } = await submitConfirmed(postings, outbox);
      const before = store.all();

      await expect(postings.renew(id, token, expiresOn)).rejects.toMatchObject({
        name: 'InputError',
        field: 'expiresOn',
      });
      expect(store.all()).toEqual(before);
    },
  );
});

describe('PartnerPostings: the contact address is confirmed before moderation', () => {
  it('keeps an unconfirmed posting out of moderation, and refuses a wrong or expired confirmation link', async () => {
    const { postings, outbox, advance } = setup();
    const { id, managementUrl } = await postings.submit(form(), '203.0.113.7');

    await expect(postings.confirm(id, tokenOf(managementUrl))).rejects.toThrow(ForbiddenError);
    advance(49 * 3_600_000);
    await expect(postings.confirm(id, linkIn(outbox[0], 'confirm'))).rejects.toThrow(/expired/);
    expect(await postings.listPending()).toEqual([]);

    await postings.resendConfirmation(id, tokenOf(managementUrl));
    await postings.confirm(id, linkIn(outbox.at(-1), 'confirm'));
    expect((await postings.listPending()).map((p) => p.id)).toEqual([id]);
  });

  it('asks again when an edit changes the contact address', async () => {
    const { postings, outbox } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);

    const edited = await postings.edit(id, token, form({ contactEmail: 'someone-else@example.net' }));

    expect(edited.status).toBe('unconfirmed');
    expect(outbox.at(-1)).toMatchObject({
      to: 'someone-else@example.net',
      subject: 'Confirm your e-mail address for your job posting',
    });
  });

  it("puts none of the poster's text in a subject, and quotes the cleaned title in the body", async () => {
    const { postings, outbox } = setup();

    await postings.submit(
      form({ title: 'ACTION NEEDED: confirm your residence permit at \u2066evil.example\u2069' }),
      '203.0.113.7',
    );

    expect(outbox[0]!.subject).toBe('Confirm your e-mail address for your job posting');
    expect(outbox[0]!.text).toContain('“ACTION NEEDED: confirm your residence permit at evil.example”');
    expect(outbox[0]!.text).not.toMatch(/[\u2066-\u2069\u202a-\u202e]/);
  });
});

describe('PartnerPostings: the posting never depends on the mail', () => {
  it('answers with the management link and reports a failed e-mail; the link then sends it again', async () => {
    const failing = setup({ mailFails: true });

    const result = await failing.postings.submit(form(), '203.0.113.7');

    expect(result).toMatchObject({
      status: 'unconfirmed',
      confirmationEmail: 'failed',
      managementUrl: expect.stringMatching(/#\/manage\//),
    });
    expect((await failing.postings.view(result.id, tokenOf(result.managementUrl))).status).toBe('unconfirmed');
    expect(await failing.postings.resendConfirmation(result.id, tokenOf(result.managementUrl))).toEqual({
      confirmationEmail: 'failed',
    });
  });
});

describe('PartnerPostings: abuse', () => {
  it.each<[string, Record<string, unknown>, string]>([
    ['a filled honeypot', { website: 'https://spam.example' }, 'website'],
    ['a form sent in under five seconds', { formShownAt: T0.getTime() - 1000 }, 'formShownAt'],
    ['a made-up formShownAt of 1', { formShownAt: 1 }, 'formShownAt'],
    ['a form shown in the future', { formShownAt: T0.getTime() + 3_600_000 }, 'formShownAt'],
    ['an expiry more than 60 days ahead', { expiresOn: '2027-06-01' }, 'expiresOn'],
    ['a town outside the region', { location: { municipality: 'Brno' } }, 'location.municipality'],
    [
      'a town outside the region with an Ostrava district beside it',
      { location: { municipality: 'Praha', district: 'Poruba' } },
      'location.municipality',
    ],
    [
      'an hourly salary that overflows the monthly limit',
      { salary: { min: 9_000_000, max: 10_000_000, currency: 'EUR', period: 'hour' } },
      'salary',
    ],
  ])('refuses %s, naming the field, and stores, counts and claims nothing', async (_name, change, field) => {
    const { postings, store, outbox } = setup();

    const attempt = postings.submit(form(change), '203.0.113.7');

    await expect(attempt).rejects.toThrow(InputError);
    await expect(attempt).rejects.toMatchObject({ field });
    expect(store.all()).toEqual([]);
    expect(outbox).toEqual([]);
    expect((await postings.submit(form(), '203.0.113.7')).status).toBe('unconfirmed');
  });

  it('gives the duplicate claim back when the write fails', async () => {
    const { postings, store } = setup();
    const create = store.create.bind(store);
    store.create = async () => Promise.reject(new Error('DynamoDB is down'));
    await expect(postings.submit(form(), '203.0.113.7')).rejects.toThrow('DynamoDB is down');
    store.create = create;

    expect((await postings.submit(form(), '203.0.113.7')).status).toBe('unconfirmed');
  });

  it.each<[string, (p: PartnerPostings, id: string, token: string) => Promise<unknown>]>([
    ['closed', (p, id, token) => p.close(id, token)],
    ['rejected', (p, id) => p.reject(id, 'Not a real job offer.')],
    ['taken down', (p, id) => p.takeDown(id)],
  ])('frees the company and title once the posting is %s', async (_name, end) => {
    const { postings, outbox } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);

    await end(postings, id, token);

    expect((await postings.submit(form(), '198.51.100.1')).status).toBe('unconfirmed');
  });

  it('allows ten postings a day from one e-mail address, from any IP, counted case-insensitively; the eleventh is refused until the day is over', async () => {
    const { postings, store, advance } = setup();
    for (let i = 0; i < 10; i++)
      await postings.submit(
        form({ title: `Engineer number ${i}`, contactEmail: i % 2 ? 'HR@example.org' : 'hr@example.org' }),
        `198.51.100.${i + 1}`,
      );

    await expect(postings.submit(form({ title: 'Engineer number 10' }), '192.0.2.1')).rejects.toThrow(
      new RateLimitedError('too many postings from this e-mail address today'),
    );
    expect(store.all()).toHaveLength(10);
    expect(
      (await postings.submit(form({ title: 'Engineer number 11', contactEmail: 'jobs@example.org' }), '192.0.2.2'))
        .status,
    ).toBe('unconfirmed');
    const tomorrow = advance(86_400_000 + 1000);
    expect(
      (
        await postings.submit(
          postingInputSchema.parse(partnerForm(tomorrow, { title: 'Engineer number 12' })),
          '192.0.2.3',
        )
      ).status,
    ).toBe('unconfirmed');
  });

  it('counts the per-address limit by mailbox: "+tags" and, at Gmail, dots reach the same inbox', async () => {
    const { postings } = setup();
    for (let i = 0; i < 10; i++)
      await postings.submit(
        form({ title: `Engineer number ${i}`, contactEmail: `hr+${i}@example.org` }),
        `198.51.100.${i + 1}`,
      );
    await expect(
      postings.submit(form({ title: 'Engineer number 10', contactEmail: 'HR+x@Example.org' }), '192.0.2.1'),
    ).rejects.toThrow(RateLimitedError);

    const gmail = setup().postings;
    for (let i = 0; i < 10; i++)
      await gmail.submit(
        form({
          title: `Engineer number ${i}`,
          contactEmail: i % 2 ? 'jana.novakova@gmail.com' : 'jananovakova+jobs@googlemail.com',
        }),
        `198.51.100.${i + 1}`,
      );
    await expect(
      gmail.submit(form({ title: 'Engineer number 10', contactEmail: 'j.a.n.a.novakova@gmail.com' }), '192.0.2.1'),
    ).rejects.toThrow(RateLimitedError);
    // Dots count elsewhere: another host may give jana.novakova and janan.ovakova to two people.
    expect(
      (
        await gmail.submit(
          form({ title: 'Engineer number 11', contactEmail: 'jana.novakova@example.org' }),
          '192.0.2.2',
        )
      ).status,
    ).toBe('unconfirmed');
  });

  it('rate-limits one address, counting IPv6 by /64, and refuses a duplicate within 30 days', async () => {
    const { postings, store } = setup();
    for (let i = 0; i < 5; i++)
      await postings.submit(form({ title: `Engineer number ${i}` }), `2001:db8:7:7::${i + 1}`);

    await expect(postings.submit(form({ title: 'Engineer number 6' }), '2001:db8:7:7:ffff::9')).rejects.toThrow(
      RateLimitedError,
    );
    await expect(postings.submit(form({ title: 'ENGINEER NUMBER 1' }), '198.51.100.1')).rejects.toThrow(ConflictError);
    expect(store.all()).toHaveLength(5);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a trailing dot', { title: 'Mechanical Design Engineer.' }],
    ['another spelling of s.r.o.', { companyName: 'Example Engineering, s. r. o.' }],
    ['Cyrillic look-alikes', { title: 'Меchanical Design Engineer' }],
    ['fullwidth letters', { companyName: 'Ｅｘａｍｐｌｅ Engineering s.r.o.' }],
    ['a soft hyphen and bidi isolates', { title: 'Mecha\u00adnical \u2066Design\u2069 Engineer' }],
  ])('sees a duplicate through %s', async (_name, change) => {
    const { postings } = setup();
    await postings.submit(form(), '203.0.113.7');

    await expect(postings.submit(form(change), '198.51.100.1')).rejects.toThrow(ConflictError);
  });

  it('frees the new title when an edit that renamed the posting could not be saved', async () => {
    const { postings, outbox, store } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);
    const replace = store.replace.bind(store);
    store.replace = async () => false;
    await expect(postings.edit(id, token, form({ title: 'Renamed engineer' }))).rejects.toThrow(ConflictError);
    store.replace = replace;

    expect((await postings.submit(form({ title: 'Renamed engineer' }), '198.51.100.1')).status).toBe('unconfirmed');
  });

  it('checks duplicates on edit too', async () => {
    const { postings, outbox } = setup();
    await postings.submit(form(), '203.0.113.7');
    const other = await submitConfirmed(postings, outbox, { title: 'Another job entirely' }, '198.51.100.1');

    await expect(postings.edit(other.id, other.token, form({ title: 'Mechanical Design Engineer.' }))).rejects.toThrow(
      ConflictError,
    );
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

  it('answers moderation of an unknown posting with NotFoundError', async () => {
    const { postings } = setup();

    await expect(approveShown(postings, 'partner:nope')).rejects.toThrow(NotFoundError);
    await expect(approveShown(postings, 'sreality:123')).rejects.toThrow(NotFoundError);
  });
});

describe('PartnerPostings: what each step changes, and what it leaves alone', () => {
  const formAt = (now: Date, overrides: Record<string, unknown> = {}) =>
    postingInputSchema.parse(partnerForm(now, overrides));
  const DAY = 86_400_000;

  it('updates the published catalogue when a posting is listed or stops being listed, and only then', async () => {
    const updates: { id: string; status: string }[][] = [];
    const { postings: withCatalogue, outbox } = setup({
      catalogue: {
        update: async (listings) => {
          updates.push(listings.map((l) => ({ id: l.id, status: l.status })));
          return [];
        },
      },
    });

    const { id, token } = await submitConfirmed(withCatalogue, outbox);
    expect(updates).toEqual([]);
    await approveShown(withCatalogue, id);
    await withCatalogue.close(id, token);

    expect(updates).toEqual([[{ id, status: 'active' }], [{ id, status: 'expired' }]]);
  });

  it('keeps a posting saved when the catalogue cannot be updated, and logs it', async () => {
    const errors: string[] = [];
    const log = { info: () => undefined, warn: () => undefined, error: (message: string) => void errors.push(message) };
    const {
      postings: failing,
      outbox,
      store,
    } = setup({ catalogue: { update: async () => Promise.reject(new Error('S3 is down')) }, log });
    const { id } = await submitConfirmed(failing, outbox);

    const result = await approveShown(failing, id);

    expect(result.status).toBe('active');
    expect((await store.get(id))?.listing.status).toBe('active');
    expect(errors).toEqual(['catalogue not updated after a posting changed']);
  });

  it("answers a confirmation link used again with the posting's status, without moving it back to moderation", async () => {
    const { postings, outbox } = setup();
    const submitted = await postings.submit(form(), '203.0.113.7');
    const link = linkIn(outbox[0], 'confirm');
    await postings.confirm(submitted.id, link);
    await approveShown(postings, submitted.id);

    const again = await postings.confirm(submitted.id, link);

    expect(again).toEqual({ id: submitted.id, status: 'active' });
    expect(await postings.listPending()).toEqual([]);
  });

  it('accepts a confirmation link for exactly 48 hours', async () => {
    const { postings, outbox, advance } = setup();
    const { id } = await postings.submit(form(), '203.0.113.7');
    const late = await postings.submit(form({ title: 'Second posting' }), '203.0.113.8');

    advance(48 * 3_600_000);
    const inTime = await postings.confirm(id, linkIn(outbox[0], 'confirm'));
    advance(1);

    expect(inTime.status).toBe('pending');
    await expect(postings.confirm(late.id, linkIn(outbox[1], 'confirm'))).rejects.toThrow(/expired/);
  });

  it('refuses to send a new confirmation link once the address is confirmed', async () => {
    const { postings, outbox } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);

    await expect(postings.resendConfirmation(id, token)).rejects.toThrow(ConflictError);
    expect(outbox).toHaveLength(1);
  });

  it('keeps an unconfirmed posting unconfirmed when an edit leaves the contact address as it was', async () => {
    const { postings } = setup();
    const { id, managementUrl } = await postings.submit(form(), '203.0.113.7');

    const edited = await postings.edit(
      id,
      tokenOf(managementUrl),
      form({ title: 'Mechanical Design Engineer (CATIA)' }),
    );

    expect(edited.status).toBe('unconfirmed');
    expect(await postings.listPending()).toEqual([]);
  });

  it('lets another company post a title one company already posts', async () => {
    const { postings } = setup();
    await postings.submit(form(), '203.0.113.7');

    const other = await postings.submit(
      form({ companyName: 'Other Works a.s.', companyId: '25596641', contactEmail: 'jobs@other.example' }),
      '198.51.100.9',
    );

    expect(other.status).toBe('unconfirmed');
  });

  it('frees the old title after a rename, and keeps the title claimed after an edit that keeps it', async () => {
    const { postings } = setup();
    const renamed = await postings.submit(form(), '203.0.113.7');
    const kept = await postings.submit(form({ title: 'Welder' }), '203.0.113.8');

    await postings.edit(
      renamed.id,
      tokenOf(renamed.managementUrl),
      form({ title: 'Senior Mechanical Design Engineer' }),
    );
    await postings.edit(
      kept.id,
      tokenOf(kept.managementUrl),
      form({ title: 'Welder', description: 'Welding of rail vehicle frames; our team works in English.' }),
    );

    expect((await postings.submit(form(), '198.51.100.1')).status).toBe('unconfirmed');
    await expect(postings.submit(form({ title: 'Welder' }), '198.51.100.2')).rejects.toThrow(ConflictError);
  });

  it('refuses the same title from the same company for 30 days, and takes it after', async () => {
    const { postings, advance } = setup();
    await postings.submit(form(), '203.0.113.7');

    const day29 = advance(29 * DAY);
    await expect(postings.submit(formAt(day29), '198.51.100.1')).rejects.toThrow(ConflictError);
    const day31 = advance(2 * DAY);

    expect((await postings.submit(formAt(day31), '198.51.100.2')).status).toBe('unconfirmed');
  });

  it('e-mails the decision while the contact address is kept (30 days past the last day listed), and not after', async () => {
    const kept = setup();
    const gone = setup();
    const a = await submitConfirmed(kept.postings, kept.outbox);
    const b = await submitConfirmed(gone.postings, gone.outbox);
    // The form ends 37 days after T0 (23:59:59 UTC); the address is kept 30 days after that.
    const keptUntil =
      Date.parse(`${new Date(T0.getTime() + 37 * DAY).toISOString().slice(0, 10)}T23:59:59.000Z`) + 30 * DAY;

    kept.advance(keptUntil - T0.getTime() - 1);
    gone.advance(keptUntil - T0.getTime());

    expect((await kept.postings.reject(a.id, 'Not a job in the region')).email).toBe('sent');
    expect((await gone.postings.reject(b.id, 'Not a job in the region')).email).toBe('none');
    expect(gone.outbox).toHaveLength(1);
  });

  it('takes a posting down once: the answer says so, and a second take-down is refused', async () => {
    const { postings, outbox } = setup();
    const { id } = await submitConfirmed(postings, outbox);

    const first = await postings.takeDown(id);

    expect(first).toEqual({ id, status: 'rejected', email: 'none' });
    await expect(postings.takeDown(id)).rejects.toThrow(ConflictError);
  });

  it('tells the poster why the link only reads: refused or taken down, or closed or expired', async () => {
    const { postings, outbox } = setup();
    const down = await submitConfirmed(postings, outbox);
    const closed = await submitConfirmed(postings, outbox, { title: 'Welder' }, '203.0.113.8');
    await postings.takeDown(down.id);
    await postings.close(closed.id, closed.token);

    await expect(postings.edit(down.id, down.token, form())).rejects.toThrow(/has ended \(refused or taken down\)/);
    await expect(postings.renew(closed.id, closed.token, '2026-12-20')).rejects.toThrow(
      /has ended \(closed or expired\)/,
    );
  });

  it.each([
    ['too fast', 1_000, /sent too fast/],
    ['too old', 25 * 3_600_000, /too old/],
  ])('says whether a form was sent %s', async (_name, shownAgoMs, message) => {
    const { postings } = setup();

    await expect(
      postings.submit(postingInputSchema.parse(partnerForm(T0, {}, shownAgoMs)), '203.0.113.7'),
    ).rejects.toThrow(message);
  });
});

describe('PartnerPostings: each refusal says why, and the edges of each rule', () => {
  const message = async (attempt: Promise<unknown>) =>
    attempt.then(
      () => 'no refusal',
      (error: Error) => `${error.name}: ${error.message}`,
    );

  it('answers each refusal with its own message', async () => {
    const { postings, store, outbox } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);
    for (let i = 0; i < 4; i++) await postings.submit(form({ title: `Engineer number ${i}` }), '203.0.113.7');
    jest.spyOn(store, 'replace').mockResolvedValueOnce(false);

    expect(await message(postings.submit(form({ website: 'https://spam.example' }), '198.51.100.1'))).toBe(
      'InputError: the submission was refused',
    );
    expect(await message(postings.submit(form({ title: 'Engineer number 5' }), '203.0.113.7'))).toBe(
      'RateLimitedError: too many postings from this address; try again later',
    );
    expect(await message(postings.submit(form(), '198.51.100.1'))).toBe(
      'ConflictError: this company posted a job with this title in the last 30 days',
    );
    expect(await message(postings.confirm(id, 'not-the-token'))).toBe(
      'ForbiddenError: this confirmation link is not valid',
    );
    expect(await message(postings.resendConfirmation(id, token))).toBe(
      'ConflictError: the contact address of this posting is already confirmed',
    );
    expect(await message(postings.view(id, 'not-the-token'))).toBe('ForbiddenError: this management link is not valid');
    expect(await message(postings.approve(id, 'an older version'))).toBe(
      'ConflictError: the posting was changed after it was shown to you; reload the pending list and review it again',
    );
    expect(await message(postings.approve('partner:unknown', 'x'))).toBe('NotFoundError: no posting has this id');
    expect(await message(postings.renew(id, token, '2026-12-20'))).toBe(
      'ConflictError: the posting was changed meanwhile; reload it and try again',
    );
    await postings.takeDown(id);
    expect(await message(postings.takeDown(id))).toBe('ConflictError: this posting is already refused or taken down');
  });

  it('refuses a posting whose generated id is taken, giving its title back', async () => {
    const { postings, store } = setup();
    jest.spyOn(store, 'create').mockResolvedValueOnce(false);

    expect(await message(postings.submit(form(), '203.0.113.7'))).toBe('ConflictError: a posting with this id exists');
    expect((await postings.submit(form(), '203.0.113.7')).status).toBe('unconfirmed');
  });

  it('keeps the title claimed when an edit that kept it could not be saved', async () => {
    const { postings, store, outbox } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);
    jest.spyOn(store, 'replace').mockResolvedValueOnce(false);

    await expect(
      postings.edit(id, token, form({ description: 'The same job, described again at more length for applicants.' })),
    ).rejects.toThrow(ConflictError);

    expect(await message(postings.submit(form(), '198.51.100.1'))).toBe(
      'ConflictError: this company posted a job with this title in the last 30 days',
    );
  });

  it('does not claim a title again for an edit that keeps it: the 30 days run from the first claim', async () => {
    const { postings, outbox, advance } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);
    advance(31 * 86_400_000);

    await postings.edit(
      id,
      token,
      form({ description: 'The same job, described again at more length for applicants.' }),
    );
    const later = postingInputSchema.parse(
      partnerForm(new Date(T0.getTime() + 31 * 86_400_000), { contactEmail: 'other@example.net' }),
    );

    expect((await postings.submit(later, '198.51.100.1')).status).toBe('unconfirmed');
  });

  it('confirms a new contact address by the link e-mailed to it, and then writes to that address', async () => {
    const { postings, outbox } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);
    await postings.edit(id, token, form({ contactEmail: 'someone-else@example.net' }));

    expect(await postings.confirm(id, linkIn(outbox.at(-1), 'confirm'))).toEqual({ id, status: 'pending' });
    await approveShown(postings, id);
    expect(outbox.at(-1)).toMatchObject({ to: 'someone-else@example.net', subject: 'Your job posting is now listed' });
  });

  it("e-mails a refusal's reason without the spaces around it", async () => {
    const { postings, outbox } = setup();
    const { id } = await submitConfirmed(postings, outbox);

    await postings.reject(id, '  Not a job offer.  ');

    expect(outbox.at(-1)?.text).toContain('for this reason:\n\nNot a job offer.\n\nYou are welcome');
  });

  it('lets the poster change a posting until its last listed instant, and not a millisecond after', async () => {
    const { postings, outbox, advance } = setup();
    const { id, token } = await submitConfirmed(postings, outbox);
    const validThrough = Date.parse((await postings.view(id, token)).validThrough!);

    advance(validThrough - T0.getTime());
    expect((await postings.renew(id, token, '2027-01-20')).validThrough).toBe('2027-01-20T23:59:59.000Z');
    const { postings: later, outbox: laterOutbox, advance: advanceLater } = setup();
    const other = await submitConfirmed(later, laterOutbox);
    advanceLater(validThrough - T0.getTime() + 1);
    expect(await message(later.renew(other.id, other.token, '2027-01-20'))).toMatch(
      /^ForbiddenError: this posting has ended/,
    );
  });

  it('sends no new confirmation link for an unconfirmed posting that has run out', async () => {
    const { postings, advance } = setup();
    const { id, managementUrl } = await postings.submit(form(), '203.0.113.7');

    advance(40 * 86_400_000);

    expect(await message(postings.resendConfirmation(id, tokenOf(managementUrl)))).toMatch(
      /^ForbiddenError: this posting has ended \(closed or expired\)/,
    );
  });

  it('logs an e-mail that could not be sent, by its subject', async () => {
    const warnings: [string, Record<string, unknown> | undefined][] = [];
    const log = {
      info: () => undefined,
      warn: (m: string, k?: Record<string, unknown>) => void warnings.push([m, k]),
      error: () => undefined,
    };
    const { postings } = setup({ mailFails: true, log });

    await postings.submit(form(), '203.0.113.7');

    expect(warnings).toEqual([
      [
        'e-mail not sent',
        { subject: 'Confirm your e-mail address for your job posting', error: new Error('SES is down') },
      ],
    ]);
  });

  it("logs a failed catalogue update with the posting's id and status, needs no log to survive one, and logs nothing without a catalogue", async () => {
    const logged: [string, Record<string, unknown> | undefined][] = [];
    const log = {
      info: () => undefined,
      warn: () => undefined,
      error: (m: string, k?: Record<string, unknown>) => void logged.push([m, k]),
    };
    const failing = { update: async () => Promise.reject(new Error('S3 is down')) };

    const withLog = setup({ catalogue: failing, log });
    const a = await submitConfirmed(withLog.postings, withLog.outbox);
    await approveShown(withLog.postings, a.id);
    const withoutLog = setup({ catalogue: failing });
    const b = await submitConfirmed(withoutLog.postings, withoutLog.outbox);
    const noCatalogue = setup({ log });
    const c = await submitConfirmed(noCatalogue.postings, noCatalogue.outbox);

    expect((await approveShown(withoutLog.postings, b.id)).status).toBe('active');
    expect((await approveShown(noCatalogue.postings, c.id)).status).toBe('active');
    expect(logged).toEqual([
      ['catalogue not updated after a posting changed', { id: a.id, status: 'active', error: new Error('S3 is down') }],
    ]);
  });

  it('runs on the system clock when none is given', async () => {
    const postings = new PartnerPostings({
      store: new MemoryPartnerStore(),
      mailer: { send: async () => undefined },
      siteUrl: 'https://jobs.example.org',
    });
    const shown = new Date(Date.now() - 60_000);

    const submitted = await postings.submit(postingInputSchema.parse(partnerForm(shown)), '203.0.113.7');

    expect(submitted.status).toBe('unconfirmed');
  });
});
