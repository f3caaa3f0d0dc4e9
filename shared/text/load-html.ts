import { load, type CheerioAPI } from 'cheerio';

/**
 * Loads HTML with htmlparser2 (forgiving, about twice as fast as cheerio's default parse5 here): we
 * read fields out of portal pages, we do not need browser-exact tree building.
 */
export function loadHtml(html: string, asFragment = false): CheerioAPI {
  return load(html, { xml: { xmlMode: false, decodeEntities: true } }, !asFragment);
}
