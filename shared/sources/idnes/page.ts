import type { CheerioAPI } from 'cheerio';
import { BlockedError, ParseError } from '../../errors';
import { loadHtml } from '../../text/load-html';
import { isBlockPage } from '../parse-json';

type AnyNode = Parameters<CheerioAPI['contains']>[0];
/** What we read of an element node (domhandler's Element). */
export type ElementNode = AnyNode & { tagName: string; attribs: Record<string, string | undefined> };

export const BASE = 'https://reality.idnes.cz';

/** Every element of a page, in document order: one walk is cheaper than a selector query per field. */
export function elementsOf($: CheerioAPI): ElementNode[] {
  return $('*').toArray() as ElementNode[];
}

/** A page's DOM, or BlockedError (a captcha page) / ParseError (cut off, or too large or deep to be a page). */
export function loadPage(html: string, url: string): CheerioAPI {
  if (isBlockPage(html)) throw new BlockedError('the portal served a block or captcha page', url);
  // A whole page ends with </html>; one that does not was cut off on the way.
  if (!/<\/html>\s*$/i.test(html.slice(-200))) throw new ParseError('the page is cut off (no closing </html>)', url);
  return loadHtml(html, false, url);
}

const DETAIL = /^\/detail\/([^/]+)\/([^/]+)\/[^/]+\/([0-9a-f]{24})\/?$/i;

/** A detail link's parts: `/detail/<offer>/<category>/<slug>/<24-hex id>/` on reality.idnes.cz. */
export function detailLink(
  href: string | undefined,
): { url: string; id: string; offer: string; category: string } | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, BASE);
    const match = DETAIL.exec(url.pathname);
    if (url.hostname !== 'reality.idnes.cz' || !match) return undefined;
    return {
      url: `${url.origin}${url.pathname}`,
      id: match[3]!.toLowerCase(),
      offer: match[1]!.toLowerCase(),
      category: match[2]!.toLowerCase(),
    };
  } catch {
    return undefined;
  }
}

/** The offer a link or dataLayer names: "pronajem"/"Pronájem" → rent, "prodej" → sale, else other. */
export function offerFromPath(offer: string): 'rent' | 'sale' | 'other' {
  const folded = offer
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
  return folded.startsWith('pronajem') ? 'rent' : folded.startsWith('prodej') ? 'sale' : 'other';
}
