import type { ListingCard } from '../catalogue/listing-card';
import { listingSummary } from '../api/listing-summary';
import { listingPageUrl } from '../api/listing-page-url';
import type { Email } from '../partner/mailer';

/*
 * The e-mails of a saved search. Subjects are fixed text of ours; listing titles appear only in the
 * body, as plain text.
 */

export interface AlertLinks {
  /** The site's management page (see the search, unsubscribe): a new token in every e-mail. */
  manageUrl: string;
  /** RFC 8058 one-click unsubscribe: the API's POST target, its token in the URL. */
  unsubscribeUrl: string;
  /** The search on the site. */
  searchUrl: string;
}

/** Sent on subscribing, and the only e-mail before the link is used. */
export function alertConfirmationEmail(to: string, confirmUrl: string, links: AlertLinks, validHours: number): Email {
  return {
    to,
    subject: 'Confirm your e-mail alert for a saved search',
    text: [
      'Someone asked the Ostrava expat listings to e-mail this address once a day with new listings that match this search:',
      links.searchUrl,
      `If that was you, confirm within ${validHours} hours with this link:`,
      confirmUrl,
      'If it was not you, ignore this e-mail: nothing more will be sent, and the address is deleted when the link expires.',
      'Manage or cancel the alert later with this private link (every alert e-mail carries a new one):',
      links.manageUrl,
    ].join('\n\n'),
  };
}

/**
 * The daily digest: the new listings (at most the newest `cards.length`; `more` others), each with its
 * English title, one line of facts and our page. Carries RFC 8058's List-Unsubscribe (the HTTPS URL
 * only: no mailto) and List-Unsubscribe-Post, so that a mail client's unsubscribe button works in one click.
 */
export function alertDigestEmail(
  to: string,
  siteUrl: string,
  cards: readonly ListingCard[],
  more: number,
  links: AlertLinks,
): Email {
  const items = cards.map(
    (card) => `${card.titleEnglish?.text ?? card.title}\n${listingSummary(card)}\n${listingPageUrl(siteUrl, card.id)}`,
  );
  const count = cards.length + more;
  return {
    to,
    subject: 'New listings for your saved search',
    text: [
      `${count} new ${count === 1 ? 'listing matches' : 'listings match'} your saved search since the last e-mail:`,
      ...items,
      ...(more > 0
        ? [`… and ${more} more: see them all on the site:\n${links.searchUrl}`]
        : [`The search on the site:\n${links.searchUrl}`]),
      `Manage this alert or unsubscribe:\n${links.manageUrl}`,
    ].join('\n\n'),
    headers: { 'List-Unsubscribe': `<${links.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}
