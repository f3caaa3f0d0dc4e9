import { randomBytes } from 'node:crypto';
import { ConflictError, ForbiddenError, InputError, NotFoundError, RateLimitedError } from '../errors';
import { resolveLocation } from '../geo/resolve-location';
import { contentHash } from '../listing/content-hash';
import type { CataloguePublisher } from '../catalogue/catalogue-publisher';
import type { Listing, ListingDraft } from '../listing/schema';
import type { Log } from '../log';
import { parseListingDraft, describeIssues } from '../listing/validate-listing';
import { monthlyCzk } from '../normalise/salary';
import { foldText } from '../text/fold-text';
import type { Mailer } from './mailer';
import { newManagementToken, tokenMatches } from './management-token';
import type { PartnerStore, StoredPosting } from './partner-store';
import { botSignal, postingInputSchema, timingProblems, type PostingInput } from './posting-input';

export interface PartnerPostingsDeps {
  store: PartnerStore;
  mailer: Mailer;
  /** The site's base URL: postings and management links point there. */
  siteUrl: string;
  now?: () => Date;
  limits?: { perIpPerHour: number; perEmailPerDay: number };
  /** Updates the published job catalogue when a posting starts or stops being listed. */
  catalogue?: Pick<CataloguePublisher, 'update'>;
  log?: Log;
}

const DAY_S = 86_400;
const DUPLICATE_WINDOW_S = 30 * DAY_S;
const CONTACT_KEPT_AFTER_S = 30 * DAY_S;

/**
 * The life of a partner posting: submit (pending, not listed) → approve (listed) → edit (pending
 * again) → close as filled / expire / take down; reject with a reason. Every change by the poster
 * needs the management token; every moderation call is behind the staff token (checked by the caller).
 */
export class PartnerPostings {
  private readonly now: () => Date;
  private readonly limits: { perIpPerHour: number; perEmailPerDay: number };

  constructor(private readonly deps: PartnerPostingsDeps) {
    this.now = deps.now ?? (() => new Date());
    this.limits = deps.limits ?? { perIpPerHour: 5, perEmailPerDay: 10 };
  }

  /** Creates a pending posting; returns its id and the management link (shown once, also e-mailed). */
  async submit(body: unknown, sourceIp: string): Promise<{ id: string; status: 'pending'; managementUrl: string }> {
    const input = this.parse(body);
    const now = this.now();
    const bot = botSignal(input, now);
    if (bot) throw new InputError(bot === 'honeypot' ? 'the submission was refused' : 'the form was sent too fast; please try again', bot === 'honeypot' ? 'website' : 'formShownAt');
    if ((await this.deps.store.countInWindow(`ip:${sourceIp}`, 3600, now)) > this.limits.perIpPerHour) throw new RateLimitedError('too many postings from this address; try again later');
    if ((await this.deps.store.countInWindow(`email:${input.contactEmail.toLowerCase()}`, DAY_S, now)) > this.limits.perEmailPerDay) {
      throw new RateLimitedError('too many postings from this e-mail address today');
    }
    const id = `partner:${randomBytes(9).toString('base64url')}`;
    const duplicateOf = await this.deps.store.claim(`dup:${foldText(input.companyName)}|${foldText(input.title)}`, id, DUPLICATE_WINDOW_S, now);
    if (duplicateOf !== id) throw new ConflictError('this company posted a job with this title in the last 30 days');
    const { token, hash } = newManagementToken();
    const listing = this.toListing(id, input, now, now.toISOString());
    const created = await this.deps.store.create({ listing, private: { secretHash: hash, contactEmail: input.contactEmail, contactEmailUntil: this.contactUntil(listing) } });
    if (!created) throw new ConflictError('a posting with this id exists');
    // The secret stays in the fragment, which browsers never send to a server (or its logs).
    const managementUrl = `${this.deps.siteUrl}/#/manage/${encodeURIComponent(id)}/${token}`;
    await this.deps.mailer.send({
      to: input.contactEmail,
      subject: `Your job posting "${listing.title}" is waiting for review`,
      text: `Thank you. The centre will review your posting soon.\n\nManage it (edit, close, renew) with this private link:\n${managementUrl}\n\nKeep the link secret: anyone who has it can change the posting.`,
    });
    return { id, status: 'pending', managementUrl };
  }

  /** The poster's view of their posting. */
  async view(id: string, token: string | undefined): Promise<Listing> {
    return (await this.authorised(id, token)).listing;
  }

  /** Replaces the posting's content; an approved posting goes back to moderation. */
  async edit(id: string, token: string | undefined, body: unknown): Promise<Listing> {
    const posting = await this.authorised(id, token);
    const input = this.parse(body);
    const listing = this.toListing(id, input, this.now(), posting.listing.firstSeenAt);
    return this.save(posting, { ...listing, status: 'pending' }, { contactEmail: input.contactEmail, contactEmailUntil: this.contactUntil(listing) });
  }

  /** Closes the posting as filled: it is no longer listed, and the link dies with it. */
  async close(id: string, token: string | undefined): Promise<Listing> {
    const posting = await this.authorised(id, token);
    return this.save(posting, { ...posting.listing, status: 'expired', validThrough: this.now().toISOString() });
  }

  /** Moves the expiry, at most 60 days ahead. */
  async renew(id: string, token: string | undefined, expiresOn: unknown): Promise<Listing> {
    const posting = await this.authorised(id, token);
    const validThrough = this.expiry(typeof expiresOn === 'string' ? expiresOn : '');
    return this.save(posting, { ...posting.listing, validThrough });
  }

  listPending(limit = 50): Promise<Listing[]> {
    return this.deps.store.listPending(limit);
  }

  async approve(id: string): Promise<Listing> {
    const posting = await this.existing(id);
    if (posting.listing.status !== 'pending') throw new ConflictError(`only a pending posting can be approved (this one is ${posting.listing.status})`);
    return this.save(posting, { ...posting.listing, status: 'active' });
  }

  async reject(id: string, reason: unknown): Promise<Listing> {
    if (typeof reason !== 'string' || reason.trim().length < 5 || reason.length > 2000) throw new InputError('reason: give a reason of 5 to 2000 characters', 'reason');
    const posting = await this.existing(id);
    const rejected = await this.save(posting, { ...posting.listing, status: 'rejected' });
    const { contactEmail, contactEmailUntil } = posting.private;
    if (contactEmail && (!contactEmailUntil || Date.parse(contactEmailUntil) > this.now().getTime())) {
      await this.deps.mailer.send({
        to: contactEmail,
        subject: `Your job posting "${posting.listing.title}" was not accepted`,
        text: `The centre did not accept your posting, for this reason:\n\n${reason.trim()}\n\nYou can edit it with your management link and it will be reviewed again.`,
      });
    }
    return rejected;
  }

  /** The centre takes a posting down at any time. */
  async takeDown(id: string): Promise<Listing> {
    const posting = await this.existing(id);
    return this.save(posting, { ...posting.listing, status: 'rejected' });
  }

  private parse(body: unknown): PostingInput {
    const result = postingInputSchema.safeParse(body);
    if (!result.success) {
      const { field, message } = describeIssues(result.error);
      throw new InputError(message, field);
    }
    const problem = timingProblems(result.data, this.now())[0];
    if (problem) throw new InputError(`${problem.field}: ${problem.message}`, problem.field);
    return result.data;
  }

  private toListing(id: string, input: PostingInput, now: Date, firstSeenAt: string): Listing {
    const location = resolveLocation({ city: input.location.municipality, parts: input.location.district ? [input.location.district] : [] });
    if (!location) throw new InputError('location.municipality: must be a town of the Moravian-Silesian Region', 'location.municipality');
    const salary = input.salary && { ...input.salary, ...monthlyCzk(input.salary.min, input.salary.max, input.salary.currency, input.salary.period) };
    const draft: ListingDraft = parseListingDraft({
      kind: 'job',
      id,
      source: 'partner',
      url: `${this.deps.siteUrl}/jobs/${encodeURIComponent(id)}`,
      title: input.title,
      description: input.description,
      englishFriendly: input.languages.czech !== 'required',
      englishSignals: [
        { reason: `Czech ${input.languages.czech === 'required' ? 'is required' : input.languages.czech === 'advantage' ? 'is an advantage' : 'is not needed'} (stated by the employer)` },
      ],
      location,
      postedAt: now.toISOString(),
      validThrough: this.expiry(input.expiresOn),
      images: [],
      company: input.companyName,
      companyId: input.companyId,
      salary,
      employment: input.employment,
      workplace: input.workplace,
      languages: input.languages,
      applyUrl: input.applyUrl,
      applyEmail: input.applyEmail,
    });
    return { ...draft, status: 'pending', firstSeenAt, lastSeenAt: now.toISOString(), contentHash: contentHash(draft) };
  }

  private expiry(expiresOn: string): string {
    const problem = /^\d{4}-\d{2}-\d{2}$/.test(expiresOn) ? timingProblems({ expiresOn } as PostingInput, this.now())[0] : { field: 'expiresOn', message: 'must be a date (YYYY-MM-DD)' };
    if (problem) throw new InputError(`${problem.field}: ${problem.message}`, problem.field);
    return `${expiresOn}T23:59:59.000Z`;
  }

  private contactUntil(listing: Listing): string {
    return new Date(Date.parse(listing.validThrough ?? listing.lastSeenAt) + CONTACT_KEPT_AFTER_S * 1000).toISOString();
  }

  private async existing(id: string): Promise<StoredPosting> {
    const posting = /^partner:[A-Za-z0-9_-]{1,40}$/.test(id) ? await this.deps.store.get(id) : undefined;
    if (!posting) throw new NotFoundError('no posting has this id');
    return posting;
  }

  /** The posting, if the token is its management token and the posting still lives. */
  private async authorised(id: string, token: string | undefined): Promise<StoredPosting> {
    const posting = /^partner:[A-Za-z0-9_-]{1,40}$/.test(id) ? await this.deps.store.get(id) : undefined;
    // The same answer for an unknown id and a wrong token: a link cannot be used to probe for ids.
    if (!posting || !tokenMatches(token, posting.private.secretHash)) throw new ForbiddenError('this management link is not valid');
    const ended = posting.listing.status === 'expired' || posting.listing.status === 'rejected' || Date.parse(posting.listing.validThrough ?? '') < this.now().getTime();
    if (ended && posting.listing.status !== 'rejected') throw new ForbiddenError('this posting has ended; its management link no longer works');
    return posting;
  }

  private async save(posting: StoredPosting, listing: Listing, privateChanges: Partial<StoredPosting['private']> = {}): Promise<Listing> {
    const { status: _status, firstSeenAt: _first, lastSeenAt: _last, contentHash: _hash, ...content } = listing;
    const next: Listing = { ...listing, lastSeenAt: this.now().toISOString(), contentHash: contentHash({ ...content, status: listing.status } as unknown as ListingDraft) };
    // The contact is kept while the posting lives, plus 30 days: a close or renewal moves that end.
    const privateFields = { ...posting.private, contactEmailUntil: this.contactUntil(next), ...privateChanges };
    const saved = await this.deps.store.replace({ listing: next, private: privateFields }, posting.listing.contentHash);
    if (!saved) throw new ConflictError('the posting was changed meanwhile; reload it and try again');
    if (posting.listing.status === 'active' || next.status === 'active') await this.publish(next);
    return next;
  }

  /**
   * Puts the posting into the published catalogue or takes it out. The decision is stored whatever
   * happens here, so a failure is logged, not answered: the next publish of the job catalogue (the
   * next job source's run) carries the posting's state.
   */
  private async publish(listing: Listing): Promise<void> {
    try {
      await this.deps.catalogue?.update([listing]);
    } catch (error) {
      this.deps.log?.error('catalogue not updated after a posting changed', { id: listing.id, status: listing.status, error });
    }
  }
}
