import type { CheerioAPI } from 'cheerio';
import { ParseError } from '../../errors';
import { cleanText } from '../../normalise/clean-text';
import type { RawRental } from '../raw-rental';
import type { ListPage, PageRequest } from '../source-adapter';
import { splitLocality } from './locality';
import { BASE, detailLink, elementsOf, offerFromPath, type ElementNode } from './page';

/** "24 607 inzerátů", "1 inzerát", "3 inzeráty": the total the result list declares. */
const TOTAL = />\s*(\d{1,3}(?:[\s\u00a0]\d{3})*|\d+)\s+inzer[aá]t(?:ů|y)?\s*</i;

export interface ListWalk {
  path: string;
  propertyType: 'flat' | 'house';
}

/**
 * One result page: its cards (advert slots among them skipped), the total it declares, and the pager's
 * "next" link, which is what the portal walks to (its `?page=1` is the second page).
 */
export function parseListPage(
  $: CheerioAPI,
  html: string,
  request: PageRequest,
  walk: ListWalk | undefined,
): ListPage<RawRental> {
  const cards: ElementNode[] = [];
  let hasResults = false;
  let next: string | undefined;
  let canonical: string | undefined;
  for (const node of elementsOf($)) {
    const classes = ` ${node.attribs.class ?? ''} `;
    if (classes.includes(' c-products__item ') && !classes.includes(' c-products__item-advertisment '))
      cards.push(node);
    else if (
      classes.includes(' c-products ') ||
      classes.includes(' c-products__list ') ||
      classes.includes(' c-list-products ')
    )
      hasResults = true;
    else if (node.tagName === 'a' && classes.includes(' paging__item ') && classes.includes(' next '))
      next = node.attribs.href;
    else if (node.tagName === 'link' && node.attribs.rel === 'canonical') canonical = node.attribs.href;
  }
  if (!hasResults && cards.length === 0) throw new ParseError('no result list (.c-products) on the page', request.url);
  const unreadable: string[] = [];
  const records = cards.flatMap((card, index) => {
    const record = cardRecord($, card, walk);
    if (!record) unreadable.push(`card ${index + 1}: no listing id in its link or wrapper`);
    return record ? [record] : [];
  });
  if (cards.length > 0 && records.length === 0)
    throw new ParseError('result cards have no detail links this adapter knows', request.url);
  const total = TOTAL.exec(html);
  return {
    records,
    declaredTotal: total ? Number(total[1]!.replace(/\D/g, '')) : undefined,
    next: nextRequest(next, request, canonical),
    ...(unreadable.length > 0 ? { unreadable } : {}),
  };
}

/**
 * The pager's next page, if it stays on the same list (the requested one, or the page's canonical
 * list when a saved page is read on its own): never another walk or host, never the same page.
 */
function nextRequest(
  href: string | undefined,
  request: PageRequest,
  canonical: string | undefined,
): PageRequest | undefined {
  if (!href) return undefined;
  try {
    const current = new URL(request.url);
    const url = new URL(href, current);
    const own = canonical ? new URL(canonical, current) : current;
    const sameList =
      url.origin === current.origin && (url.pathname === current.pathname || url.pathname === own.pathname);
    if (!sameList || url.href === current.href) return undefined;
    return { url: url.href };
  } catch {
    return undefined;
  }
}

/** The card's thumbnail when it is a well-formed absolute (or protocol-relative) URL; lazy images sit in data-src. */
function imageUrl(src: string | undefined): string[] {
  if (!src || /\s/.test(src) || !/^(https?:)?\/\//.test(src)) return [];
  try {
    return [new URL(src, BASE).href];
  } catch {
    return [];
  }
}

function cardRecord($: CheerioAPI, card: ElementNode, walk: ListWalk | undefined): RawRental | undefined {
  const parts: { link?: string; title?: string; info?: string; price?: string; image?: string; snippet?: string } = {};
  $(card)
    .find('*')
    .each((_, node) => {
      const el = node as ElementNode;
      const classes = ` ${el.attribs.class ?? ''} `;
      if (parts.link === undefined && el.tagName === 'a' && classes.includes(' c-products__link '))
        parts.link = el.attribs.href;
      else if (parts.title === undefined && classes.includes(' c-products__title ')) parts.title = $(el).text();
      else if (parts.info === undefined && classes.includes(' c-products__info ')) parts.info = $(el).text();
      else if (parts.price === undefined && classes.includes(' c-products__price ')) parts.price = $(el).text();
      else if (parts.image === undefined && el.tagName === 'img')
        parts.image = el.attribs['data-src'] ?? el.attribs.src;
      if (parts.snippet === undefined && /^snippet-s-result-article-/.test(el.attribs.id ?? ''))
        parts.snippet = el.attribs.id;
    });
  const link = detailLink(parts.link);
  // A damaged link still names its listing in the card's wrapper id (snippet-s-result-article-<id>).
  const id = link?.id ?? /([0-9a-f]{24})$/i.exec(parts.snippet ?? '')?.[1]?.toLowerCase();
  if (!id) return undefined;
  const title = cleanText(parts.title ?? '') || undefined;
  const offerType = link
    ? offerFromPath(link.offer)
    : /^prodej\b/i.test(title ?? '')
      ? 'sale'
      : /^pron[aá]jem\b/i.test(title ?? '')
        ? 'rent'
        : undefined;
  return {
    source: 'idnes',
    sourceId: id,
    url: link?.url ?? `${BASE}/detail/pronajem/${walk?.propertyType === 'house' ? 'dum' : 'byt'}/x/${id}/`,
    title,
    priceText: cleanText(parts.price ?? '') || undefined,
    offerType,
    propertyType: walk?.propertyType ?? (link?.category === 'dum' ? 'house' : 'flat'),
    ...splitLocality(parts.info ?? ''),
    images: imageUrl(parts.image),
  };
}
