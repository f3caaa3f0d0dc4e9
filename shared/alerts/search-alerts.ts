import { createHash, randomBytes } from 'node:crypto';
import { DEPLOYED_SERVER_URL } from '../api/openapi-servers';
import { ForbiddenError, RateLimitedError } from '../errors';
import type { Log } from '../log';
import type { EmailOutcome } from '../partner/partner-answers';
import type { Email, Mailer } from '../partner/mailer';
import { newManagementToken, tokenMatches } from '../partner/management-token';
import type { PartnerStore } from '../partner/partner-store';
import { mailboxKey, rateLimitSubject } from '../partner/rate-limit-subject';
import { ALERT_CONFIRMATION_HOURS, ALERT_ID, MANAGEMENT_LINKS_KEPT } from './alert-rules';
import { searchQuery, type AlertInput } from './alert-input';
import { alertConfirmationEmail, type AlertLinks } from './alert-mail';
import type { AlertView, SubscribeResult, UnsubscribeResult } from './alert-answers';
import type { AlertStore, StoredAlert } from './alert-store';

export { ALERT_CONFIRMATION_HOURS, ALERT_ID, MANAGEMENT_LINKS_KEPT };

export interface SearchAlertsDeps {
  store: AlertStore;
  /** The partner form's rate-limit windows (PartnerStore.countInWindow), shared so that one table item kind counts both. */
  limits: Pick<PartnerStore, 'countInWindow'>;
  mailer: Mailer;
  /** The site's base URL: the confirmation and management pages, and the API under /api. */
  siteUrl: string;
  now?: () => Date;
  /** Per source address per hour, per e-mail address per day (each subscription sends that address a mail). */
  rateLimits?: { perIpPerHour: number; perEmailPerDay: number };
  log?: Log;
}

/**
 * Saved searches with e-mail alerts: subscribe (unconfirmed; only the confirmation e-mail is sent) →
 * confirm by the e-mailed link → daily digests (AlertDigests) → unsubscribe, which deletes the
 * subscription and its address. The management link's token and the confirmation token are stored as
 * SHA-256 hashes only, as the partner management token is.
 */
export class SearchAlerts {
  private readonly now: () => Date;
  private readonly rateLimits: { perIpPerHour: number; perEmailPerDay: number };

  constructor(private readonly deps: SearchAlertsDeps) {
    this.now = deps.now ?? (() => new Date());
    this.rateLimits = deps.rateLimits ?? { perIpPerHour: 10, perEmailPerDay: 5 };
  }

  /** Stores an unconfirmed subscription and e-mails its confirmation link (the only e-mail until it is used). */
  async subscribe(input: AlertInput, sourceIp: string): Promise<SubscribeResult> {
    const now = this.now();
    if (
      (await this.deps.limits.countInWindow(`alert-ip:${rateLimitSubject(sourceIp)}`, 3600, now)) >
      this.rateLimits.perIpPerHour
    )
      throw new RateLimitedError('too many alerts from this address; try again later');
    // Counted under a hash: a rate window outlives an unsubscribe, and the address must not.
    if (
      (await this.deps.limits.countInWindow(`alert-email:${emailKey(input.email)}`, 86_400, now)) >
      this.rateLimits.perEmailPerDay
    )
      throw new RateLimitedError('too many alerts for this e-mail address today');
    const confirmation = newManagementToken();
    const management = newManagementToken();
    const alert: StoredAlert = {
      id: randomBytes(12).toString('base64url'),
      email: input.email,
      search: input.search,
      status: 'unconfirmed',
      createdAt: now.toISOString(),
      confirmExpiresAt: new Date(now.getTime() + ALERT_CONFIRMATION_HOURS * 3_600_000).toISOString(),
      confirmationHash: confirmation.hash,
      secretHashes: [management.hash],
      sent: [],
    };
    await this.deps.store.create(alert);
    const email = alertConfirmationEmail(
      alert.email,
      this.confirmUrl(alert.id, confirmation.token),
      this.links(alert, management.token),
      ALERT_CONFIRMATION_HOURS,
    );
    return { id: alert.id, status: 'unconfirmed', confirmationEmail: await this.send(email) };
  }

  /** The confirmation link was used: digests start, with what is first seen from now on (never the backlog). */
  async confirm(id: string, token: string | undefined): Promise<AlertView> {
    const now = this.now();
    const alert = ALERT_ID.test(id) ? await this.deps.store.get(id, now) : undefined;
    if (!alert || !tokenMatches(token, alert.confirmationHash))
      throw new ForbiddenError('this confirmation link is not valid or has expired');
    if (alert.status === 'confirmed') return view(alert);
    const confirmed: StoredAlert = {
      ...alert,
      status: 'confirmed',
      confirmedAt: now.toISOString(),
      digestedUntil: now.toISOString(),
    };
    if (!(await this.deps.store.update(confirmed)))
      throw new ForbiddenError('this confirmation link is not valid or has expired');
    return view(confirmed);
  }

  /** The subscription, for its management page. */
  async view(id: string, token: string | undefined): Promise<AlertView> {
    return view(await this.authorised(id, token));
  }

  /**
   * Deletes the subscription and its address. An id that is not there (already unsubscribed, expired)
   * answers the same success, so that a mail client's repeated one-click POST is not an error; a wrong
   * token for one that is there is refused.
   */
  async unsubscribe(id: string, token: string | undefined): Promise<UnsubscribeResult> {
    const alert = ALERT_ID.test(id) ? await this.deps.store.get(id, this.now()) : undefined;
    if (!alert) return { status: 'unsubscribed' };
    if (!alert.secretHashes.some((hash) => tokenMatches(token, hash)))
      throw new ForbiddenError('this unsubscribe link is not valid');
    await this.deps.store.delete(id);
    return { status: 'unsubscribed' };
  }

  /** The links an e-mail about `alert` carries, with `token` (whose hash the subscription keeps). */
  links(alert: Pick<StoredAlert, 'id' | 'search'>, token: string): AlertLinks {
    return alertLinks(this.deps.siteUrl, alert, token);
  }

  private async authorised(id: string, token: string | undefined): Promise<StoredAlert> {
    const alert = ALERT_ID.test(id) ? await this.deps.store.get(id, this.now()) : undefined;
    // One answer for an unknown id and a wrong token: a link cannot be used to probe for ids.
    if (!alert || !alert.secretHashes.some((hash) => tokenMatches(token, hash)))
      throw new ForbiddenError('this alert link is not valid (the alert may have been unsubscribed)');
    return alert;
  }

  // The secrets stay in the fragment, which browsers never send to a server (or its logs).
  private confirmUrl(id: string, token: string): string {
    return `${this.deps.siteUrl}/#/alerts/${id}/confirm/${token}`;
  }

  private async send(email: Email): Promise<EmailOutcome> {
    try {
      await this.deps.mailer.send(email);
      return 'sent';
    } catch (error) {
      this.deps.log?.warn('e-mail not sent', { subject: email.subject, error });
      return 'failed';
    }
  }
}

/** The links of an alert e-mail: the management page and RFC 8058's one-click target carry `token`. */
export function alertLinks(siteUrl: string, alert: Pick<StoredAlert, 'id' | 'search'>, token: string): AlertLinks {
  return {
    manageUrl: `${siteUrl}/#/alerts/${alert.id}/manage/${token}`,
    // A mail provider POSTs here with no cookie or header of ours: the token must be in the URL (RFC 8058 §3.2).
    unsubscribeUrl: `${siteUrl}${DEPLOYED_SERVER_URL}/alerts/${alert.id}/unsubscribe?token=${token}`,
    searchUrl: `${siteUrl}/?${searchQuery(alert.search)}`,
  };
}

/** A new management token for an e-mail, kept with the last MANAGEMENT_LINKS_KEPT. */
export function withNewManagementToken(alert: StoredAlert): { alert: StoredAlert; token: string } {
  const { token, hash } = newManagementToken();
  return { alert: { ...alert, secretHashes: [hash, ...alert.secretHashes].slice(0, MANAGEMENT_LINKS_KEPT) }, token };
}

function view(alert: StoredAlert): AlertView {
  return { id: alert.id, status: alert.status, email: alert.email, search: alert.search };
}

/** The address as a rate-limit key: its mailbox, as the partner form counts it (mailboxKey), hashed. */
function emailKey(email: string): string {
  return createHash('sha256').update(mailboxKey(email)).digest('hex');
}
