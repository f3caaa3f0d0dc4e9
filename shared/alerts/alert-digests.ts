import type { CatalogueReader } from '../catalogue/catalogue-reader';
import { listingQueryParamsSchema } from '../api/listing-query-params';
import { newListings } from '../api/new-listings';
import type { Log } from '../log';
import type { Mailer } from '../partner/mailer';
import { alertDigestEmail } from './alert-mail';
import type { AlertStore, StoredAlert } from './alert-store';
import { alertLinks, withNewManagementToken } from './search-alerts';

/** Listings shown in one digest; the rest are counted and linked (the search on the site has them all). */
export const DIGEST_MAX_LISTINGS = 20;
/**
 * How far before the watermark a digest looks again. A scrape run stamps firstSeenAt when it sees a
 * listing but publishes the catalogue at its end (issue 17), so a listing first seen during a run that
 * straddles a digest is published after it with an earlier firstSeenAt; the overlap catches it, and the
 * sent set keeps it from being sent twice. 12 h: longer than any source's run (at most 15 minutes in
 * the cloud) with room for a publish that failed and was carried by the next run (every 6 to 24 h).
 */
export const DIGEST_OVERLAP_MS = 12 * 3_600_000;
/** Sent ids kept: those first seen within the overlap, at most this many (a DynamoDB item holds 400 KB). */
const SENT_KEPT = 2_000;

export interface AlertDigestsDeps {
  store: AlertStore;
  catalogues: Pick<CatalogueReader, 'catalogue' | 'refresh'>;
  mailer: Mailer;
  siteUrl: string;
  now: () => Date;
  log: Log;
}

export interface DigestRun {
  subscriptions: number;
  sent: number;
  /** Subscriptions with nothing new: no e-mail. */
  nothingNew: number;
  failed: number;
}

/**
 * The daily digest: for every confirmed subscription, the listings matching its search that were first
 * seen since its last digest (and, for the first, since it was confirmed: never the backlog), each sent
 * once. Nothing new, no e-mail. A failed e-mail leaves the watermark where it was, so that the next run
 * sends those listings; one subscription failing never stops the others, and a catalogue that cannot be
 * read fresh stops the run before anything moves.
 */
export async function sendAlertDigests(deps: AlertDigestsDeps): Promise<DigestRun> {
  const run: DigestRun = { subscriptions: 0, sent: 0, nothingNew: 0, failed: 0 };
  const alerts = await deps.store.listConfirmed();
  try {
    // The catalogue as published now, not as this container last saw it (a reader reloads behind its
    // requests): a digest from an old one would move watermarks past listings it never saw.
    for (const kind of new Set(
      alerts.map((alert) => alert.search.kind).filter((kind) => kind === 'job' || kind === 'rental'),
    ))
      await deps.catalogues.refresh(kind);
  } catch (error) {
    deps.log.error('alert digests not sent: the catalogue could not be read', { error });
    return { ...run, subscriptions: alerts.length, failed: alerts.length };
  }
  for (const alert of alerts) {
    run.subscriptions++;
    try {
      run[await digestOne(alert, deps)]++;
    } catch (error) {
      run.failed++;
      deps.log.error('alert digest failed', { alertId: alert.id, error });
    }
  }
  deps.log.info('alert digests sent', { ...run });
  return run;
}

async function digestOne(alert: StoredAlert, deps: AlertDigestsDeps): Promise<'sent' | 'nothingNew'> {
  const now = deps.now();
  const watermark = Date.parse(alert.digestedUntil ?? alert.confirmedAt ?? alert.createdAt);
  const confirmedAt = Date.parse(alert.confirmedAt ?? alert.createdAt);
  const since = new Date(Math.max(confirmedAt, watermark - DIGEST_OVERLAP_MS));
  // Parsed again with today's schema: a search that no longer validates is an error of this subscription only.
  const params = listingQueryParamsSchema.parse(alert.search);
  const already = new Set(alert.sent.map((s) => s.id));
  const found = (await newListings(deps.catalogues, params, { since, now, max: Number.MAX_SAFE_INTEGER })).filter(
    (card) => !already.has(card.id),
  );
  const keptSent = [...found.map((card) => ({ id: card.id, firstSeenAt: card.firstSeenAt })), ...alert.sent]
    .filter((s) => Date.parse(s.firstSeenAt) >= now.getTime() - DIGEST_OVERLAP_MS - 86_400_000)
    .slice(0, SENT_KEPT);
  if (found.length === 0) {
    await deps.store.update({ ...alert, digestedUntil: now.toISOString(), sent: keptSent });
    return 'nothingNew';
  }
  const { alert: withToken, token } = withNewManagementToken(alert);
  // The new link's hash is stored before the e-mail goes, so that its links work as soon as it arrives.
  if (!(await deps.store.update(withToken))) return 'nothingNew'; // unsubscribed meanwhile
  const shown = found.slice(0, DIGEST_MAX_LISTINGS);
  await deps.mailer.send(
    alertDigestEmail(
      alert.email,
      deps.siteUrl,
      shown,
      found.length - shown.length,
      alertLinks(deps.siteUrl, alert, token),
    ),
  );
  await deps.store.update({ ...withToken, digestedUntil: now.toISOString(), sent: keptSent });
  return 'sent';
}
