import { XMLBuilder } from 'fast-xml-parser';
import type { ListingCard } from '../catalogue/listing-card';
import { listingPageUrl } from './listing-page-url';
import { listingSummary } from './listing-summary';
import { FEED_WINDOW_DAYS } from './new-listings';

export { FEED_WINDOW_DAYS };

/** Entry ids are tag: URIs (RFC 4151) of the listing id: stable when the site's address changes. */
const TAG_AUTHORITY = 'ostrava-expat-listings.example,2026';

export interface FeedContext {
  /** The feed's own URL (rel="self", and its id). */
  selfUrl: string;
  /** The same search on the site (rel="alternate"). */
  searchUrl: string;
  /** The site's base URL: each entry links to its detail page there. */
  siteUrl: string;
  kind: ListingCard['kind'];
  /** Used as `updated` when no entry is in the window. */
  now: Date;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

/**
 * An RFC 4287 Atom document of `cards` (newest first, as given): one entry per listing with its tag:
 * id, the English title and a one-line summary as text (escaped by the builder, never markup), links
 * to our detail page (alternate) and to the source's page (related), `updated` = when we first saw it,
 * `published` = the date the source gives, if any. Characters XML 1.0 forbids are dropped.
 */
export function listingsFeed(cards: readonly ListingCard[], context: FeedContext): string {
  const newest = cards[0]?.firstSeenAt;
  const what = context.kind === 'job' ? 'jobs' : 'flats and houses to rent';
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      id: context.selfUrl,
      title: text(`New ${what} around Ostrava: your search`),
      subtitle: text(`Listings first seen in the last ${FEED_WINDOW_DAYS} days that match this search, newest first.`),
      updated: newest ?? startOfDay(context.now),
      author: { name: 'Ostrava expat listings' },
      link: [
        { '@_rel': 'self', '@_type': 'application/atom+xml', '@_href': context.selfUrl },
        { '@_rel': 'alternate', '@_type': 'text/html', '@_href': context.searchUrl },
      ],
      entry: cards.map((card) => entry(card, context.siteUrl)),
    },
  });
}

function entry(card: ListingCard, siteUrl: string) {
  return {
    id: `tag:${TAG_AUTHORITY}:listing/${encodeURIComponent(card.id)}`,
    title: text(card.titleEnglish?.text ?? card.title),
    updated: card.firstSeenAt,
    ...(card.postedAt ? { published: card.postedAt } : {}),
    link: [
      { '@_rel': 'alternate', '@_type': 'text/html', '@_href': listingPageUrl(siteUrl, card.id) },
      { '@_rel': 'related', '@_type': 'text/html', '@_href': card.url, '@_title': `The listing on ${card.source}` },
    ],
    summary: text(listingSummary(card)),
  };
}

/** A text construct (RFC 4287 §3.1, type="text"): the builder escapes it; XML-forbidden characters go. */
function text(value: string) {
  // eslint-disable-next-line no-control-regex
  return { '@_type': 'text', '#text': value.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '') };
}

function startOfDay(now: Date): string {
  return `${now.toISOString().slice(0, 10)}T00:00:00.000Z`;
}
