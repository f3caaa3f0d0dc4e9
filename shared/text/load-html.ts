import { load, type CheerioAPI } from 'cheerio';
import { assertParsableHtml } from './html-guard';

/**
 * Loads HTML with htmlparser2 (forgiving, about twice as fast as cheerio's default parse5 here): we
 * read fields out of portal pages, we do not need browser-exact tree building. Throws ParseError, before
 * any DOM is built, for a page too large or too deeply nested to be a portal page (see HTML_LIMITS).
 */
export function loadHtml(html: string, asFragment = false, url?: string): CheerioAPI {
  assertParsableHtml(html, url);
  return load(html, { xml: { xmlMode: false, decodeEntities: true } }, !asFragment);
}
