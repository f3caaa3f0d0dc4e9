/** Where the site shows one listing (its detail page, a hash route). */
export function listingPageUrl(siteUrl: string, id: string): string {
  return `${siteUrl}/#/listing/${encodeURIComponent(id)}`;
}
