import type { CheerioAPI } from 'cheerio';
import { ParseError } from '../../errors';
import { cleanText } from '../../normalise/clean-text';
import type { RawRental } from '../raw-rental';
import { BASE, elementsOf, offerFromPath, type ElementNode } from './page';

/** A definition row that exists says yes ("ano", "4 m²") unless it says no ("ne", "není"). */
function present(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  return /^(ne|není|bez)\b/i.test(value) ? 'ne' : 'ano';
}

/** The listing's dataLayer object: the cleanest source of id, price, area, place and offer. */
function dataLayer(html: string, url: string): Record<string, unknown> {
  const match = /dataLayer\.push\((\{[^<]*?"listing_[\s\S]*?\})\);?/.exec(html);
  if (!match) throw new ParseError('the detail page has no listing dataLayer', url);
  try {
    return JSON.parse(match[1]!) as Record<string, unknown>;
  } catch (error) {
    throw new ParseError('the detail dataLayer is not readable', url, { cause: error });
  }
}

/**
 * The record completed from its detail page; undefined when the page says the listing is sold or
 * removed. A page about another listing than the one asked for is a ParseError, never its data.
 */
export function parseDetailPage($: CheerioAPI, html: string, record: RawRental): RawRental | undefined {
  if (/class="[^"]*\bb-intro--sold\b/.test(html)) return undefined;
  const data = dataLayer(html, record.url);
  const str = (key: string) =>
    typeof data[key] === 'string' && (data[key] as string).trim() !== '' ? (data[key] as string).trim() : undefined;
  const num = (key: string) =>
    typeof data[key] === 'number'
      ? (data[key] as number)
      : typeof data[key] === 'string' && /^\d+(\.\d+)?$/.test(data[key] as string)
        ? Number(data[key])
        : undefined;
  const id = str('listing_id')?.toLowerCase();
  if (!id || !/^[0-9a-f]{24}$/.test(id)) throw new ParseError('the detail dataLayer has no listing_id', record.url);
  if (record.sourceId !== '' && id !== record.sourceId)
    throw new ParseError(`the page is about another listing (${id})`, record.url);
  const facts = new Map<string, string>();
  const images: string[] = [];
  let description: string | undefined;
  let heading: string | undefined;
  let canonical: string | undefined;
  for (const node of elementsOf($)) {
    if (node.tagName === 'dt') {
      const dd = $(node).next();
      if ((dd.get(0) as ElementNode | undefined)?.tagName === 'dd')
        facts.set(cleanText($(node).text()).replace(/:$/, '').toLowerCase(), cleanText(dd.text()));
    } else if (node.tagName === 'a' && node.attribs['data-fancybox'] === 'images' && node.attribs.href) {
      images.push(node.attribs.href);
    } else if (description === undefined && ` ${node.attribs.class ?? ''} `.includes(' b-desc ')) {
      description = $(node).html() ?? undefined;
    } else if (heading === undefined && node.tagName === 'h1') {
      heading = cleanText($(node).text()) || undefined;
    } else if (node.tagName === 'link' && node.attribs.rel === 'canonical') {
      canonical = node.attribs.href;
    }
  }
  const fact = (...labels: string[]) => labels.map((l) => facts.get(l)).find((v) => v !== undefined && v !== '');
  const price = fact('cena', 'cena za měsíc', 'nájemné');
  const variant = str('listing_variant');
  const category = str('listing_category');
  return {
    ...record,
    sourceId: id,
    url:
      record.url ||
      canonicalUrl(canonical) ||
      `${BASE}/detail/${variant && offerFromPath(variant) === 'sale' ? 'prodej' : 'pronajem'}/byt/x/${id}/`,
    // A saved detail page read on its own (npm run parse) has no card title: the page's own name.
    title: record.title ?? str('listing_name') ?? heading,
    description,
    rent: num('listing_price'),
    priceUnit: priceUnitOf(price),
    currency: price && /€|eur/i.test(price) ? 'EUR' : undefined,
    priceText: price ?? record.priceText,
    offerType: variant ? offerFromPath(variant) : record.offerType,
    fees: fact(
      'poplatky za služby',
      'měsíční poplatky',
      'poplatky',
      'náklady na bydlení',
      'poplatky za energie',
      'zálohy na služby',
    ),
    deposit: fact('kauce', 'vratná kauce', 'jistina'),
    area: num('listing_area') ?? fact('užitná plocha', 'plocha'),
    disposition: category?.split('/')[1] ?? record.disposition,
    propertyType: /^d[ůu]m/i.test(category ?? '') ? 'house' : record.propertyType,
    city: str('listing_localityCity') ?? record.city,
    parts: [str('listing_localityCityArea'), str('listing_localityDistrict'), ...(record.parts ?? [])]
      .filter((p): p is string => !!p)
      .slice(0, 10),
    lat: num('listing_lat') ?? record.lat,
    lon: num('listing_lon') ?? record.lon,
    agency: str('listing_brand') ? 'agency' : record.agency,
    furnished: fact('vybavení', 'vybaveno'),
    elevator: present(fact('výtah')),
    balcony: present(fact('balkon', 'balkón', 'lodžie', 'terasa')),
    parking: present(fact('parkování', 'garáž', 'parkovací stání')),
    floor: fact('podlaží', 'patro'),
    energyClass: fact('penb', 'energetická náročnost budovy', 'energetická náročnost'),
    availableFrom: fact('datum nastěhování', 'k nastěhování', 'dostupné od', 'volné od'),
    images: images.filter((href) => /^(https?:)?\/\//.test(href)),
  };
}

/** The unit after the amount in the price row ("15 000 Kč/měsíc" → "měsíc", "250 Kč/m²/měsíc" → "m²/měsíc"). */
function priceUnitOf(price: string | undefined): string | undefined {
  return price ? /(?:k[cč]|€|eur)\s*(?:\/|za)\s*(.+)$/i.exec(price)?.[1] : undefined;
}

function canonicalUrl(href: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, BASE);
    return url.hostname === 'reality.idnes.cz' ? `${url.origin}${url.pathname}` : undefined;
  } catch {
    return undefined;
  }
}
