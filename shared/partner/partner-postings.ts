import { randomBytes } from 'node:crypto';
import { ConflictError, ForbiddenError, InputError, NotFoundError, RateLimitedError } from '../errors';
import { contentHash } from '../listing/content-hash';
import type { CataloguePublisher } from '../catalogue/catalogue-publisher';
import type { Listing, ListingDraft, ListingStatus } from '../listing/schema';
import type { Log } from '../log';
import { duplicateKey } from './duplicate-key';
import type { Email, Mailer } from './mailer';
import { newManagementToken, tokenMatches } from './management-token';
import type {
  ConfirmResult,
  DecisionResult,
  EmailOutcome,
  PendingPosting,
  ResendResult,
  SubmitResult,
} from './partner-answers';
import type { PartnerStore, PostingPrivate, StoredPosting } from './partner-store';
import { botSignal, timingProblems, type PostingInput } from './posting-input';
import { listingPageUrl, postingListing } from './posting-listing';
import { approvedEmail, confirmationEmail, rejectedEmail } from './posting-mail';
import { mailboxKey, rateLimitSubject } from './rate-limit-subject';

export interface PartnerPostingsDeps {
  store: PartnerStore;
  mailer: Mailer;
  /** The site's base URL: postings, management and confirmation links point there. */
  siteUrl: string;
  now?: () => Date;
  limits?: { perIpPerHour: number; perEmailPerDay: number };
  /** Updates the published job catalogue when a posting starts or stops being listed. */
  catalogue?: Pick<CataloguePublisher, 'update'>;
  /** Where a failed e-mail is logged (the failure is also reported to the caller). */
  log?: Log;
}

const DAY_S = 86_400;
const DUPLICATE_WINDOW_S = 30 * DAY_S;
const CONTACT_KEPT_AFTER_S = 30 * DAY_S;
/** How long a confirmation link works. */
export const CONFIRMATION_VALID_HOURS = 48;
/** The poster may change a posting in these states only; afterwards the link can only read it. */
const CHANGEABLE: ReadonlySet<ListingStatus> = new Set(['unconfirmed', 'pending', 'active']);
const ID = /^partner:[A-Za-z0-9_-]{1,40}$/;

/**
 * The life of a partner posting: submit (unconfirmed) → the contact address confirmed by its link
 * (pending, for moderation) → approve (active, listed) → edit (pending again; a new contact address is
 * confirmed again) → close as filled (expired) or run out; reject or take down (rejected). Closed,
 * refused and taken-down postings are final: the management link then only reads them. Every change by
 * the poster needs the management token; moderation is behind the staff token (checked by the caller).
 * What is served is decided by isServed (shared/api/get-listing.ts): approved, active postings only.
 */
export class PartnerPostings {
  private readonly now: () => Date;
  private readonly limits: { perIpPerHour: number; perEmailPerDay: number };

  constructor(private readonly deps: PartnerPostingsDeps) {
    this.now = deps.now ?? (() => new Date());
    this.limits = deps.limits ?? { perIpPerHour: 5, perEmailPerDay: 10 };
  }

  /**
   * Stores an unconfirmed posting and e-mails the confirmation link. Everything is checked before
   * anything is counted, claimed or stored; a failed write gives the duplicate claim back. The
   * management link is in the answer whether or not the e-mail went out.
   */
  async submit(input: PostingInput, sourceIp: string): Promise<SubmitResult> {
    const now = this.now();
    const bot = botSignal(input, now);
    if (bot === 'honeypot') throw new InputError('the submission was refused', 'website');
    if (bot)
      throw new InputError(
        bot === 'too-fast'
          ? 'formShownAt: the form was sent too fast; please try again'
          : 'formShownAt: the form is too old; reload the page and send it again',
        'formShownAt',
      );
    this.checkTiming(input, now);
    const id = `partner:${randomBytes(9).toString('base64url')}`;
    const listing = postingListing(id, input, { siteUrl: this.deps.siteUrl, now, firstSeenAt: now.toISOString() });
    if ((await this.deps.store.countInWindow(`ip:${rateLimitSubject(sourceIp)}`, 3600, now)) > this.limits.perIpPerHour)
      throw new RateLimitedError('too many postings from this address; try again later');
    await this.countEmail(input.contactEmail, now);
    const key = this.keyOf(listing);
    await this.claimTitle(key, id, now);
    const management = newManagementToken();
    const confirmation = newManagementToken();
    const stored: StoredPosting = {
      listing: { ...listing, status: 'unconfirmed' },
      private: {
        secretHash: management.hash,
        contactEmail: input.contactEmail,
        contactEmailUntil: this.contactUntil(listing),
        ...this.confirmationFields(confirmation.hash, now),
      },
    };
    const created = await this.deps.store.create(stored).catch(async (error: unknown) => {
      await this.deps.store.release(key, id);
      throw error;
    });
    if (!created) {
      await this.deps.store.release(key, id);
      throw new ConflictError('a posting with this id exists');
    }
    const managementUrl = this.managementUrl(id, management.token);
    const email = await this.send(
      confirmationEmail(
        input.contactEmail,
        listing.title,
        this.confirmUrl(id, confirmation.token),
        managementUrl,
        CONFIRMATION_VALID_HOURS,
      ),
    );
    return { id, status: 'unconfirmed', managementUrl, confirmationEmail: email };
  }

  /** The contact address is confirmed by the link e-mailed to it: the posting goes to moderation. */
  async confirm(id: string, token: string | undefined): Promise<ConfirmResult> {
    const posting = ID.test(id) ? await this.deps.store.get(id) : undefined;
    if (!posting || !tokenMatches(token, posting.private.confirmationHash))
      throw new ForbiddenError('this confirmation link is not valid');
    if (posting.listing.status !== 'unconfirmed') return { id, status: posting.listing.status };
    if (Date.parse(posting.private.confirmationExpiresAt ?? '') < this.now().getTime())
      throw new ForbiddenError('this confirmation link has expired; send a new one from the management page');
    this.assertChangeable(posting);
    const saved = await this.save(posting, { ...posting.listing, status: 'pending' });
    return { id, status: saved.status };
  }

  /** Sends a new confirmation link (the old one stops working), e.g. after the first e-mail failed. */
  async resendConfirmation(id: string, token: string | undefined): Promise<ResendResult> {
    const posting = await this.authorised(id, token, 'change');
    if (posting.listing.status !== 'unconfirmed' || !posting.private.contactEmail)
      throw new ConflictError('the contact address of this posting is already confirmed');
    const now = this.now();
    await this.countEmail(posting.private.contactEmail, now);
    const confirmation = newManagementToken();
    await this.save(posting, posting.listing, this.confirmationFields(confirmation.hash, now));
    const email = confirmationEmail(
      posting.private.contactEmail,
      posting.listing.title,
      this.confirmUrl(id, confirmation.token),
      this.managementUrl(id, token!),
      CONFIRMATION_VALID_HOURS,
    );
    return { confirmationEmail: await this.send(email) };
  }

  /** The poster's view of their posting, whatever its state (after a close, a refusal or a take-down: read only). */
  async view(id: string, token: string | undefined): Promise<Listing> {
    return (await this.authorised(id, token, 'read')).listing;
  }

  /** Replaces the posting's content; it goes back to moderation (or to confirmation, for a new contact address). */
  async edit(id: string, token: string | undefined, input: PostingInput): Promise<Listing> {
    const posting = await this.authorised(id, token, 'change');
    const now = this.now();
    this.checkTiming(input, now);
    const listing = postingListing(id, input, {
      siteUrl: this.deps.siteUrl,
      now,
      firstSeenAt: posting.listing.firstSeenAt,
    });
    const [before, after] = [this.keyOf(posting.listing), this.keyOf(listing)];
    if (after !== before) await this.claimTitle(after, id, now);
    const newContact = input.contactEmail.toLowerCase() !== posting.private.contactEmail?.toLowerCase();
    const unconfirmed = newContact || posting.listing.status === 'unconfirmed';
    const confirmation = newContact ? newManagementToken() : undefined;
    const saved = await this.save(
      posting,
      { ...listing, status: unconfirmed ? 'unconfirmed' : 'pending' },
      {
        contactEmail: input.contactEmail,
        contactEmailUntil: this.contactUntil(listing),
        ...(confirmation ? this.confirmationFields(confirmation.hash, now) : {}),
      },
    ).catch(async (error: unknown) => {
      // The new title stays free when the edit did not land.
      if (after !== before) await this.deps.store.release(after, id);
      throw error;
    });
    if (after !== before) await this.deps.store.release(before, id);
    if (confirmation)
      await this.send(
        confirmationEmail(
          input.contactEmail,
          listing.title,
          this.confirmUrl(id, confirmation.token),
          this.managementUrl(id, token!),
          CONFIRMATION_VALID_HOURS,
        ),
      );
    return saved;
  }

  /** Closes the posting as filled: no longer listed, final; the title is free again. */
  async close(id: string, token: string | undefined): Promise<Listing> {
    const posting = await this.authorised(id, token, 'change');
    const closed = await this.save(posting, {
      ...posting.listing,
      status: 'expired',
      validThrough: this.now().toISOString(),
    });
    await this.deps.store.release(this.keyOf(posting.listing), id);
    return closed;
  }

  /** Moves the last day listed (YYYY-MM-DD), at most 60 days ahead. */
  async renew(id: string, token: string | undefined, expiresOn: string): Promise<Listing> {
    const posting = await this.authorised(id, token, 'change');
    this.checkTiming({ expiresOn }, this.now());
    return this.save(posting, { ...posting.listing, validThrough: `${expiresOn}T23:59:59.000Z` });
  }

  /** Postings awaiting moderation (contact confirmed), oldest first, with the contact address. */
  async listPending(limit = 50): Promise<PendingPosting[]> {
    // Partner postings are jobs by construction (postingListing): the filter only narrows the type.
    return (await this.deps.store.listPending(limit)).flatMap((p) =>
      p.listing.kind === 'job' ? [{ ...p.listing, contactEmail: p.private.contactEmail }] : [],
    );
  }

  /**
   * Lists a pending posting and tells the firm. `reviewed` is the contentHash of the version the
   * moderator was shown: a posting edited since then is not approved (409), so no text goes public
   * that a moderator did not see.
   */
  async approve(id: string, reviewed: string): Promise<DecisionResult> {
    const posting = await this.existing(id);
    if (posting.listing.status !== 'pending')
      throw new ConflictError(`only a pending posting can be approved (this one is ${posting.listing.status})`);
    if (posting.listing.contentHash !== reviewed)
      throw new ConflictError(
        'the posting was changed after it was shown to you; reload the pending list and review it again',
      );
    // Listed from now: a posting that waited for moderation longer than a digest looks back (12 h) must
    // still reach the saved searches, which take what was first seen since their last digest.
    const firstListedAt = posting.private.firstListedAt ?? this.now().toISOString();
    const approved = await this.save(
      posting,
      { ...posting.listing, status: 'active', firstSeenAt: firstListedAt },
      { firstListedAt },
    );
    return {
      id,
      status: approved.status,
      email: await this.tell(posting, (to) => approvedEmail(to, approved.title, listingPageUrl(this.deps.siteUrl, id))),
    };
  }

  /** Refuses a pending posting, for a reason e-mailed to the firm; final. */
  async reject(id: string, reason: string): Promise<DecisionResult> {
    const posting = await this.existing(id);
    if (posting.listing.status !== 'pending')
      throw new ConflictError(`only a pending posting can be rejected (this one is ${posting.listing.status})`);
    const rejected = await this.save(posting, { ...posting.listing, status: 'rejected' });
    await this.deps.store.release(this.keyOf(posting.listing), id);
    return {
      id,
      status: rejected.status,
      email: await this.tell(posting, (to) => rejectedEmail(to, posting.listing.title, reason.trim())),
    };
  }

  /**
   * The centre takes down a posting that is still alive (unconfirmed, pending or listed); final (nothing
   * the poster does brings it back). A closed or run-out posting is refused (409): it is no longer
   * listed, and its record must keep saying that its owner closed it.
   */
  async takeDown(id: string): Promise<DecisionResult> {
    const posting = await this.existing(id);
    if (posting.listing.status === 'rejected') throw new ConflictError('this posting is already refused or taken down');
    if (!CHANGEABLE.has(posting.listing.status))
      throw new ConflictError(
        'this posting was closed or ran out: it is no longer listed, so there is nothing to take down',
      );
    const taken = await this.save(posting, { ...posting.listing, status: 'rejected' });
    await this.deps.store.release(this.keyOf(posting.listing), id);
    return { id, status: taken.status, email: 'none' };
  }

  private checkTiming(input: Pick<PostingInput, 'expiresOn'>, now: Date): void {
    const problem = timingProblems(input, now)[0];
    if (problem) throw new InputError(`${problem.field}: ${problem.message}`, problem.field);
  }

  private async countEmail(email: string, now: Date): Promise<void> {
    if ((await this.deps.store.countInWindow(`email:${mailboxKey(email)}`, DAY_S, now)) > this.limits.perEmailPerDay)
      throw new RateLimitedError('too many postings from this e-mail address today');
  }

  private async claimTitle(key: string, id: string, now: Date): Promise<void> {
    if ((await this.deps.store.claim(key, id, DUPLICATE_WINDOW_S, now)) !== id)
      throw new ConflictError('this company posted a job with this title in the last 30 days');
  }

  private keyOf(listing: Listing): string {
    return duplicateKey(listing.kind === 'job' ? (listing.company ?? '') : '', listing.title);
  }

  private confirmationFields(
    hash: string,
    now: Date,
  ): Pick<PostingPrivate, 'confirmationHash' | 'confirmationExpiresAt'> {
    return {
      confirmationHash: hash,
      confirmationExpiresAt: new Date(now.getTime() + CONFIRMATION_VALID_HOURS * 3_600_000).toISOString(),
    };
  }

  // The secrets stay in the fragment, which browsers never send to a server (or its logs).
  private managementUrl(id: string, token: string): string {
    return `${this.deps.siteUrl}/#/manage/${encodeURIComponent(id)}/${token}`;
  }

  private confirmUrl(id: string, token: string): string {
    return `${this.deps.siteUrl}/#/confirm/${encodeURIComponent(id)}/${token}`;
  }

  private async send(email: Email): Promise<EmailOutcome> {
    try {
      await this.deps.mailer.send(email);
      return 'sent';
    } catch (error) {
      // The posting is stored either way; the caller reports the failure (and the poster can ask again).
      this.deps.log?.warn('e-mail not sent', { subject: email.subject, error });
      return 'failed';
    }
  }

  /** E-mails the posting's contact, while it is still kept. */
  private async tell(posting: StoredPosting, email: (to: string) => Email): Promise<EmailOutcome> {
    const { contactEmail, contactEmailUntil } = posting.private;
    if (!contactEmail || (contactEmailUntil && Date.parse(contactEmailUntil) <= this.now().getTime())) return 'none';
    return this.send(email(contactEmail));
  }

  private contactUntil(listing: Listing): string {
    return new Date(Date.parse(listing.validThrough ?? listing.lastSeenAt) + CONTACT_KEPT_AFTER_S * 1000).toISOString();
  }

  private async existing(id: string): Promise<StoredPosting> {
    const posting = ID.test(id) ? await this.deps.store.get(id) : undefined;
    if (!posting) throw new NotFoundError('no posting has this id');
    return posting;
  }

  private assertChangeable(posting: StoredPosting): void {
    const ended =
      !CHANGEABLE.has(posting.listing.status) || Date.parse(posting.listing.validThrough ?? '') < this.now().getTime();
    if (ended)
      throw new ForbiddenError(
        `this posting has ended (${posting.listing.status === 'rejected' ? 'refused or taken down' : 'closed or expired'}); its management link can only show it`,
      );
  }

  /** The posting, if the token is its management token; for a change, also only while the posting lives. */
  private async authorised(id: string, token: string | undefined, mode: 'read' | 'change'): Promise<StoredPosting> {
    const posting = ID.test(id) ? await this.deps.store.get(id) : undefined;
    // The same answer for an unknown id and a wrong token: a link cannot be used to probe for ids.
    if (!posting || !tokenMatches(token, posting.private.secretHash))
      throw new ForbiddenError('this management link is not valid');
    if (mode === 'change') this.assertChangeable(posting);
    return posting;
  }

  private async save(
    posting: StoredPosting,
    listing: Listing,
    privateChanges: Partial<PostingPrivate> = {},
  ): Promise<Listing> {
    const { status: _status, firstSeenAt: _first, lastSeenAt: _last, contentHash: _hash, ...content } = listing;
    const next: Listing = {
      ...listing,
      lastSeenAt: this.now().toISOString(),
      contentHash: contentHash({ ...content, status: listing.status } as unknown as ListingDraft),
    };
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
      this.deps.log?.error('catalogue not updated after a posting changed', {
        id: listing.id,
        status: listing.status,
        error,
      });
    }
  }
}
