import { PHOTO_HOSTS } from '../infra/definitions/site-security';
import type { Listing, ListingCard } from './api-client';
import { el } from './dom';
import { shownTitle } from './render-english';
import { strings } from './strings';

/*
 * The sources' photos, hot-linked from the source's own image host (never copied to ours), lazy, with
 * their box sized before they load so that nothing jumps. Only hosts the page's policy allows are
 * used: a photo elsewhere would be blocked and show as a broken image.
 */

const allowed = PHOTO_HOSTS.map((host) => new URL(host.replace('*.', 'wildcard.')));

/** Whether a URL is on one of the photo hosts the policy allows (`https://*.sdn.cz` covers d18-a.sdn.cz). */
export function isPhotoUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === 'https:' &&
    allowed.some((host, i) =>
      PHOTO_HOSTS[i]!.includes('*.')
        ? parsed.hostname.endsWith(host.hostname.replace(/^wildcard/, ''))
        : parsed.hostname === host.hostname,
    )
  );
}

/** The listing's photos the page can show: the card's thumbnail, or the detail's images. */
export function photoUrls(listing: Listing | ListingCard): string[] {
  const urls =
    'images' in listing ? listing.images : 'thumbnail' in listing && listing.thumbnail ? [listing.thumbnail] : [];
  return urls.filter(isPhotoUrl);
}

/** One photo, 4:3, lazy; `alt` names what it shows. */
export function photo(url: string, alt: string, width: number): HTMLImageElement {
  return el('img', {
    src: url,
    alt,
    width: String(width),
    height: String(Math.round((width * 3) / 4)),
    loading: 'lazy',
    decoding: 'async',
    referrerpolicy: 'no-referrer',
  });
}

/** A photo's alt text, in English like the title shown beside it (not the portal's Czech title). */
export function photoAlt(listing: ListingCard, n?: number, of?: number): string {
  return n === undefined || of === undefined ? shownTitle(listing) : strings.photoOf(shownTitle(listing), n, of);
}

/** The detail's gallery: every photo in a row that scrolls (by keyboard too), or a line saying there is none. */
export function gallery(listing: Listing): HTMLElement {
  const urls = photoUrls(listing);
  if (urls.length === 0) return el('p', { class: 'no-photos' }, strings.noPhotos);
  return el(
    'section',
    { class: 'gallery', 'aria-label': strings.photos, tabindex: '0' },
    ...urls.map((url, i) => el('figure', {}, photo(url, photoAlt(listing, i + 1, urls.length), 640))),
  );
}
