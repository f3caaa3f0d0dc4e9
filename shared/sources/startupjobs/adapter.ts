import { unflatten } from 'devalue';
import { BlockedError, ParseError } from '../../errors';
import type { LanguageNeed } from '../../normalise/language-requirements';
import { normaliseJob } from '../../normalise/normalise-job';
import { loadHtml } from '../../text/load-html';
import { isBlockPage } from '../parse-json';
import type { RawJob } from '../raw-job';
import type { ListPage, PageRequest, SourceAdapter } from '../source-adapter';

/*
 * StartupJobs: only what its robots.txt allows: the offers sitemap, then each offer page, whose
 * __NUXT_DATA__ (a devalue payload) holds the whole offer with Czech and English texts. Its API host
 * disallows everything, so it is not used. The sitemap has no dates: a card's hash is its URL, so an
 * offer is fetched once, and offers left out (outside the region) are remembered and not fetched again.
 */

const SITEMAP = 'https://www.startupjobs.cz/sitemap/offers.xml';
const OFFER_URL = /^https:\/\/www\.startupjobs\.cz\/nabidka\/(\d{1,12})\/[^\s<]+$/;
// Nuxt wraps reactive state in named types; their payload is the plain value.
const NUXT_REVIVERS = Object.fromEntries(
  ['ShallowReactive', 'Reactive', 'Ref', 'ShallowRef', 'NuxtError', 'Island', 'Error'].map((name) => [
    name,
    (value: unknown) => value,
  ]),
) as Record<string, (value: unknown) => unknown>;
Object.assign(NUXT_REVIVERS, { EmptyRef: () => undefined, EmptyShallowRef: () => undefined });

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : undefined);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
// Amounts may come as numbers or digit strings ("80000", "80 000").
const num = (v: unknown) => {
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'string' && /^\s*\d[\d\s]*$/.test(v)
        ? Number(v.replace(/\s/g, ''))
        : undefined;
  return n !== undefined && Number.isFinite(n) ? n : undefined;
};
/** A text that may be given per language: prefer English, the users' language. */
const text = (v: unknown) => str(v) ?? str(obj(v)?.en) ?? str(obj(v)?.cs);

/** The offer object in a Nuxt payload: the object with a `locations` list and a name. */
function findOffer(value: unknown, seen = new Set<unknown>()): Obj | undefined {
  const o = obj(value);
  if (!o && !Array.isArray(value)) return undefined;
  if (seen.has(value)) return undefined;
  seen.add(value);
  if (o && Array.isArray(o.locations) && (text(o.name) || text(o.title))) return o;
  for (const child of Array.isArray(value) ? value : Object.values(o!)) {
    const found = findOffer(child, seen);
    if (found) return found;
  }
  return undefined;
}

function languages(offer: Obj): { english?: LanguageNeed; czech?: LanguageNeed } {
  const names = (Array.isArray(offer.languages) ? offer.languages : []).map((l) =>
    (text(obj(l)?.name) ?? str(l) ?? '').toLowerCase(),
  );
  return {
    english: names.some((n) => /anglič|english/.test(n)) ? 'required' : undefined,
    czech: names.some((n) => /češt|czech/.test(n)) ? 'required' : undefined,
  };
}

function salaryOf(offer: Obj): RawJob['salary'] {
  const salary = obj(offer.salary);
  if (!salary) return undefined;
  const min = num(salary.min) ?? num(salary.minimum) ?? num(obj(salary.minimum)?.amount);
  const max = num(salary.max) ?? num(salary.maximum) ?? num(obj(salary.maximum)?.amount);
  const currency = (str(salary.currency) ?? str(obj(salary.minimum)?.currency) ?? 'CZK').toUpperCase();
  const measure = (str(salary.measure) ?? str(salary.unit) ?? 'month').toLowerCase();
  if ((min === undefined && max === undefined) || (currency !== 'CZK' && currency !== 'EUR')) return undefined;
  return {
    min,
    max,
    currency,
    period: /hour|hod/.test(measure)
      ? 'hour'
      : /year|rok/.test(measure)
        ? 'year'
        : /day|den|manday/.test(measure)
          ? 'day'
          : 'month',
  };
}

export const startupJobsAdapter: SourceAdapter<RawJob> = {
  name: 'startupjobs',
  kind: 'job',

  startRequests: () => [{ url: SITEMAP, headers: { accept: 'application/xml' } }],

  parseList(body: string, request: PageRequest): ListPage<RawJob> {
    if (isBlockPage(body)) throw new BlockedError('the portal served a block or captcha page', request.url);
    if (!/<urlset[\s>]/.test(body)) throw new ParseError('the offers sitemap has no <urlset>', request.url);
    if (!/<\/urlset>\s*$/.test(body)) throw new ParseError('the offers sitemap is cut off', request.url);
    const urls = [...body.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
    const records = urls.flatMap((url) => {
      const id = OFFER_URL.exec(url)?.[1];
      return id ? [{ source: 'startupjobs', sourceId: id, url } satisfies RawJob] : [];
    });
    return { records, declaredTotal: records.length };
  },

  detailRequest: (record) => ({ url: record.url, headers: { accept: 'text/html' } }),

  parseDetail(html: string, record: RawJob): RawJob | undefined {
    if (isBlockPage(html)) throw new BlockedError('the portal served a block or captcha page', record.url);
    const payload = loadHtml(html)('script#__NUXT_DATA__').text();
    if (!payload) {
      if (/nenalezen|not found|404/i.test(html.slice(0, 5000))) return undefined;
      throw new ParseError('the offer page has no __NUXT_DATA__', record.url);
    }
    let data: unknown;
    try {
      data = unflatten(JSON.parse(payload), NUXT_REVIVERS);
    } catch (error) {
      throw new ParseError("the offer page's __NUXT_DATA__ cannot be read", record.url, { cause: error });
    }
    const offer = findOffer(data);
    if (!offer) throw new ParseError('no offer object in __NUXT_DATA__', record.url);
    const locations = (Array.isArray(offer.locations) ? offer.locations : []).map((l) => obj(l) ?? {});
    const inRegion = locations.find((l) => /moravskoslez/i.test(text(l.region) ?? '')) ?? locations[0];
    const collaborations = (Array.isArray(offer.collaborations) ? offer.collaborations : []).map(
      (c) => text(obj(c)?.name) ?? str(c) ?? '',
    );
    const remote =
      collaborations.some((c) => /remote|vzdálen/i.test(c)) || locations.some((l) => /remote/i.test(str(l.type) ?? ''));
    return {
      ...record,
      title: text(offer.name) ?? text(offer.title),
      description: text(offer.description),
      company: text(obj(offer.company)?.name) ?? str(offer.company),
      salary: salaryOf(offer),
      salaryText: typeof offer.salary === 'string' ? offer.salary.slice(0, 500) : undefined,
      city: text(inRegion?.place),
      parts: [text(inRegion?.region)].filter((p): p is string => !!p),
      workplaceText: [...collaborations, remote ? 'remote' : ''].filter(Boolean).join(' ; ') || undefined,
      employmentText:
        (Array.isArray(offer.types) ? offer.types : []).map((t) => text(obj(t)?.name) ?? str(t) ?? '').join(' ; ') ||
        undefined,
      postedAt: str(offer.publishedAt) ?? str(offer.createdAt),
      validThrough: str(offer.expiresAt),
      applyUrl: str(offer.externalLink) ?? record.url,
      stated: languages(offer),
    };
  },

  normalise: normaliseJob,
};
