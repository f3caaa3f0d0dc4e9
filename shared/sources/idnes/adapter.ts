import type { Cheerio, CheerioAPI } from 'cheerio';

type AnyNode = Parameters<CheerioAPI['contains']>[0];
/** What we read of an element node (domhandler's Element). */
type ElementNode = AnyNode & { tagName: string; attribs: Record<string, string | undefined> };

/** Every element of a page, in document order. */
function elements($: CheerioAPI): ElementNode[] {
  return $('*').toArray() as ElementNode[];
}
import { loadHtml } from '../../text/load-html';
import { BlockedError, ParseError } from '../../errors';
import { cleanText } from '../../normalise/clean-text';
import { normaliseRental } from '../../normalise/normalise-rental';
import { isBlockPage } from '../parse-json';
import type { RawRental } from '../raw-rental';
import type { ListPage, PageRequest, SourceAdapter } from '../source-adapter';

/*
 * reality.idnes.cz: server-rendered HTML. List pages of rentals of flats and houses in the
 * Moravian-Silesian Region (30 cards a page, paged by ?page=N, walked one at a time because paging
 * drifts under concurrent fetches); the detail page's dataLayer object is the cleanest source, with
 * the definition list for deposit, furnishing, floor, lift and PENB. Broker blocks are never read.
 */

const BASE = 'https://reality.idnes.cz';
const WALKS = [
  { path: '/s/pronajem/byty/moravskoslezsky-kraj/', propertyType: 'flat' },
  { path: '/s/pronajem/domy/moravskoslezsky-kraj/', propertyType: 'house' },
] as const;
const PAGE_SIZE = 30;
const DETAIL_ID = /\/detail\/pronajem\/[^/]+\/[^/]+\/([0-9a-f]{24})\/?$/i;

function listUrl(path: string, page: number): string {
  return page <= 1 ? `${BASE}${path}` : `${BASE}${path}?page=${page}`;
}

function loadPage(html: string, url: string): CheerioAPI {
  if (isBlockPage(html)) throw new BlockedError('the portal served a block or captcha page', url);
  // A whole page ends with </html>; one that does not was cut off on the way.
  if (!/<\/html>\s*$/i.test(html.slice(-200))) throw new ParseError('the page is cut off (no closing </html>)', url);
  return loadHtml(html);
}

/** "Ostrava - Poruba, okres Ostrava-město" → city "Ostrava", parts ["Poruba", "okres Ostrava-město"]. */
function splitLocality(text: string): { city?: string; parts: string[]; address?: string } {
  const [place = '', ...rest] = cleanText(text).split(',').map((part) => part.trim());
  const [city, ...cityParts] = place.split(/\s+[-–]\s+/);
  // A street may come first: "Hlavní třída, Ostrava - Poruba".
  if (rest.length > 0 && !/okres/i.test(rest[0]!) && cityParts.length === 0 && /\d|ulice|třída|náměstí/i.test(place)) {
    return { ...splitLocality(rest.join(', ')), address: cleanText(text) };
  }
  return { city: city || undefined, parts: [...cityParts, ...rest.map((p) => p.replace(/^okres\s+/i, ''))], address: cleanText(text) || undefined };
}

function safeUrl(href: string | undefined): URL | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, BASE);
    return url.hostname === 'reality.idnes.cz' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The parts of one result card, found in a single walk over its elements: one selector query per
 * field per card costs more than the rest of the parse.
 */
function cardParts($: CheerioAPI, card: Cheerio<AnyNode>): { link?: string; title?: string; info?: string; price?: string; image?: string } {
  const parts: { link?: string; title?: string; info?: string; price?: string; image?: string } = {};
  card
    .find('*')
    .each((_, node) => {
      const el = $(node);
      const classes = ` ${el.attr('class') ?? ''} `;
      if (parts.link === undefined && node.tagName === 'a' && classes.includes(' c-products__link ')) parts.link = el.attr('href');
      else if (parts.title === undefined && classes.includes(' c-products__title ')) parts.title = el.text();
      else if (parts.info === undefined && classes.includes(' c-products__info ')) parts.info = el.text();
      else if (parts.price === undefined && classes.includes(' c-products__price ')) parts.price = el.text();
      else if (parts.image === undefined && node.tagName === 'img') parts.image = el.attr('data-src') ?? el.attr('src');
    });
  return parts;
}

/** A definition row that exists says yes ("ano", "4 m²") unless it says no ("ne", "není"). */
function present(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^(ne|není|bez)\b/i.test(value) ? 'ne' : 'ano';
}

export const idnesAdapter: SourceAdapter<RawRental> = {
  name: 'idnes',
  kind: 'rental',

  startRequests: () => WALKS.map((walk) => ({ url: listUrl(walk.path, 1) })),

  parseList(html: string, request: PageRequest): ListPage<RawRental> {
    const $ = loadPage(html, request.url);
    const url = new URL(request.url);
    const walk = WALKS.find((w) => url.pathname === w.path);
    const cardNodes: ElementNode[] = [];
    let hasResultsFrame = false;
    let headingText = '';
    for (const node of elements($)) {
      const classes = ` ${node.attribs.class ?? ''} `;
      if (classes.includes(' c-products__item ')) cardNodes.push(node);
      else if (classes.includes(' c-products ') || classes.includes(' c-list-products ')) hasResultsFrame = true;
      if (node.tagName === 'h1' || classes.includes(' b-heading__title ') || classes.includes(' paging__info ')) headingText += ` ${$(node).text()}`;
    }
    const cards = $(cardNodes as never[]);
    if (!walk || (!hasResultsFrame && cards.length === 0)) throw new ParseError('no result list (.c-products) on the page', request.url);
    const records: RawRental[] = [];
    cards.each((_, element) => {
      const parts = cardParts($, $(element));
      const link = safeUrl(parts.link);
      const id = link ? DETAIL_ID.exec(link.pathname)?.[1] : undefined;
      if (!link || !id) return; // an advert or a promo block, not a listing
      records.push({
        source: 'idnes',
        sourceId: id.toLowerCase(),
        url: `${link.origin}${link.pathname}`,
        title: cleanText(parts.title ?? '') || undefined,
        priceText: cleanText(parts.price ?? '') || undefined,
        propertyType: walk.propertyType,
        ...splitLocality(parts.info ?? ''),
        images: parts.image && /^https?:|^\/\//.test(parts.image) ? [parts.image] : [],
      });
    });
    if (cards.length > 0 && records.length === 0) throw new ParseError('result cards have no detail links this adapter knows', request.url);
    const totalText = cleanText(headingText).replace(/(\d) (\d{3})/g, '$1$2');
    const total = /(\d+)\s+(inzerát|nabíd|výsled)/i.exec(totalText);
    const page = Number(url.searchParams.get('page') ?? 1);
    const full = cards.length >= PAGE_SIZE;
    return {
      records,
      declaredTotal: total ? Number(total[1]) : undefined,
      next: full && page < 200 ? { url: listUrl(walk.path, page + 1) } : undefined,
    };
  },

  detailRequest: (record) => ({ url: record.url }),

  parseDetail(html: string, record: RawRental): RawRental | undefined {
    const $ = loadPage(html, record.url);
    // The sold marker and the dataLayer object are found in the raw page: cheaper than selectors.
    if (/class="[^"]*\bb-intro--sold\b/.test(html)) return undefined;
    const match = /dataLayer\.push\((\{[^<]*?"listing_[\s\S]*?\})\);?/.exec(html);
    if (!match) throw new ParseError('the detail page has no listing dataLayer', record.url);
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(match[1]!) as Record<string, unknown>;
    } catch (error) {
      throw new ParseError('the detail dataLayer is not readable', record.url, { cause: error });
    }
    // One walk over the page's elements: selector queries cost more than the rest of the parse.
    const facts = new Map<string, string>();
    const images: string[] = [];
    let description: string | undefined;
    for (const node of elements($)) {
      if (node.tagName === 'dt') {
        const dd = $(node).next();
        if ((dd.get(0) as ElementNode | undefined)?.tagName === 'dd') facts.set(cleanText($(node).text()).replace(/:$/, '').toLowerCase(), cleanText(dd.text()));
      } else if (node.tagName === 'a' && node.attribs['data-fancybox'] === 'images' && node.attribs.href) {
        images.push(node.attribs.href);
      } else if (description === undefined && ` ${node.attribs.class ?? ''} `.includes(' b-desc ')) {
        description = $(node).html() ?? undefined;
      }
    }
    const fact = (...labels: string[]) => labels.map((l) => facts.get(l)).find((v) => v !== undefined && v !== '');
    const str = (key: string) => (typeof data[key] === 'string' && data[key] !== '' ? (data[key] as string) : undefined);
    const num = (key: string) => (typeof data[key] === 'number' ? (data[key] as number) : typeof data[key] === 'string' && /^\d+(\.\d+)?$/.test(data[key] as string) ? Number(data[key]) : undefined);
    return {
      ...record,
      description,
      rent: num('listing_price'),
      fees: fact('poplatky za služby', 'měsíční poplatky', 'poplatky', 'náklady na bydlení'),
      deposit: fact('kauce', 'vratná kauce', 'jistina'),
      area: num('listing_area') ?? fact('užitná plocha', 'plocha'),
      disposition: str('listing_category')?.split('/')[1] ?? record.disposition,
      city: str('listing_localityCity') ?? record.city,
      parts: [str('listing_localityCityArea'), str('listing_localityDistrict'), ...(record.parts ?? [])].filter((p): p is string => !!p),
      lat: num('listing_lat'),
      lon: num('listing_lon'),
      agency: str('listing_brand') ? 'agency' : record.agency,
      furnished: fact('vybavení', 'vybaveno'),
      elevator: present(fact('výtah')),
      balcony: present(fact('balkon', 'lodžie', 'terasa')),
      parking: present(fact('parkování', 'garáž')),
      floor: fact('podlaží', 'patro')?.match(/-?\d+/)?.[0],
      energyClass: fact('penb', 'energetická náročnost budovy', 'energetická náročnost'),
      availableFrom: fact('k nastěhování', 'dostupné od'),
      images: images.filter((href) => /^https?:|^\/\//.test(href)),
    };
  },

  normalise: normaliseRental,
};
