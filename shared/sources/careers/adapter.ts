import * as z from 'zod';
import employersFile from '../../../data/employers.json';
import { BlockedError, ParseError } from '../../errors';
import { normaliseJob } from '../../normalise/normalise-job';
import type { SalaryPeriod } from '../../normalise/salary-period';
import { loadHtml } from '../../text/load-html';
import { isBlockPage, parseJsonBody, slug } from '../parse-json';
import type { RawJob } from '../raw-job';
import type { ListPage, PageRequest, SourceAdapter } from '../source-adapter';

/*
 * Employers' own job boards, configured as data (data/employers.json), not code: the public JSON feeds
 * of Greenhouse and Lever, and career pages that publish schema.org JobPosting JSON-LD (also inside
 * @graph). Jobs outside the region are rejected by location; remote ones take the employer's city.
 */

const employerSchema = z.object({
  name: z.string().min(1),
  /** The employer's office town, used for remote jobs that state no place. */
  city: z.string().min(1),
  kind: z.enum(['greenhouse', 'lever', 'jsonld']),
  /** Greenhouse board token, Lever company id, or the careers page URL. */
  board: z.string().min(1),
});
type Employer = z.infer<typeof employerSchema>;

export const employers: Employer[] = z.object({ employers: z.array(employerSchema) }).parse(employersFile).employers;

function requestFor(employer: Employer): PageRequest {
  switch (employer.kind) {
    case 'greenhouse':
      return {
        url: `https://boards-api.greenhouse.io/v1/boards/${encodeURIComponent(employer.board)}/jobs?content=true`,
        headers: { accept: 'application/json' },
      };
    case 'lever':
      return {
        url: `https://api.lever.co/v0/postings/${encodeURIComponent(employer.board)}?mode=json`,
        headers: { accept: 'application/json' },
      };
    case 'jsonld':
      return { url: employer.board, headers: { accept: 'text/html' } };
  }
}

const greenhouseSchema = z.object({
  jobs: z.array(
    z
      .object({
        id: z.union([z.number(), z.string()]),
        title: z.string(),
        absolute_url: z.string(),
        location: z.object({ name: z.string().nullish() }).loose().nullish(),
        updated_at: z.string().nullish(),
        first_published: z.string().nullish(),
        content: z.string().nullish(),
      })
      .loose(),
  ),
});

const leverSchema = z.array(
  z
    .object({
      id: z.string(),
      text: z.string(),
      hostedUrl: z.string(),
      createdAt: z.number().nullish(),
      workplaceType: z.string().nullish(),
      categories: z.object({ location: z.string().nullish(), commitment: z.string().nullish() }).loose().nullish(),
      descriptionPlain: z.string().nullish(),
      lists: z.array(z.object({ text: z.string(), content: z.string() }).loose()).nullish(),
      salaryDescriptionPlain: z.string().max(500).nullish().catch(undefined),
      salaryRange: z
        .object({
          min: z.number().nullish(),
          max: z.number().nullish(),
          currency: z.string().nullish(),
          interval: z.string().nullish(),
        })
        .loose()
        .nullish(),
    })
    .loose(),
);

/** "Ostrava, Czechia" / "Remote - Czech Republic" / "Ostrava-Poruba" → city and remote flag. */
function place(
  text: string | null | undefined,
  employer: Employer,
): { city?: string; parts?: string[]; remote: boolean } {
  const remote = /remote|home ?office|anywhere/i.test(text ?? '');
  const [first = ''] = (text ?? '').split(/[,;|/]/);
  const city = first.replace(/remote|\s[-–]\s.*$|\(.*$/gi, '').trim();
  return city ? { city, parts: [first.trim()], remote } : { city: remote ? employer.city : undefined, remote };
}

function base(employer: Employer, id: string, url: string): Pick<RawJob, 'source' | 'sourceId' | 'url' | 'company'> {
  return {
    source: 'careers',
    sourceId: `${slug(employer.name)}-${id}`.replace(/[^A-Za-z0-9._~-]/g, '').slice(0, 150),
    url,
    company: employer.name,
  };
}

function fromGreenhouse(body: string, employer: Employer, url: string): RawJob[] {
  const parsed = greenhouseSchema.safeParse(parseJsonBody(body, url));
  if (!parsed.success) throw new ParseError('the Greenhouse feed has no jobs array', url, { cause: parsed.error });
  return parsed.data.jobs.map((job) => {
    const where = place(job.location?.name, employer);
    return {
      ...base(employer, String(job.id), job.absolute_url),
      title: job.title,
      // Greenhouse sends the description as escaped HTML.
      description: job.content ? (loadHtml(`<div>${job.content}</div>`, true).root().text() ?? undefined) : undefined,
      city: where.city,
      parts: where.parts,
      workplaceText: where.remote ? 'remote' : undefined,
      postedAt: job.first_published ?? job.updated_at ?? undefined,
      applyUrl: job.absolute_url,
    };
  });
}

function fromLever(body: string, employer: Employer, url: string): RawJob[] {
  const parsed = leverSchema.safeParse(parseJsonBody(body, url));
  if (!parsed.success) throw new ParseError('the Lever feed is not a postings array', url, { cause: parsed.error });
  return parsed.data.map((job) => {
    const where = place(job.categories?.location, employer);
    const range = job.salaryRange;
    const period = periodOf(range?.interval);
    return {
      ...base(employer, job.id, job.hostedUrl),
      title: job.text,
      description:
        [job.descriptionPlain, ...(job.lists ?? []).map((l) => `${l.text}\n${l.content}`)]
          .filter(Boolean)
          .join('\n\n') || undefined,
      city: where.city,
      parts: where.parts,
      workplaceText: job.workplaceType ?? (where.remote ? 'remote' : undefined),
      employmentText: job.categories?.commitment ?? undefined,
      postedAt: job.createdAt ? Math.floor(job.createdAt / 1000) : undefined,
      salary:
        range && (range.min || range.max) && (range.currency === 'CZK' || range.currency === 'EUR') && period
          ? { min: range.min ?? undefined, max: range.max ?? undefined, currency: range.currency, period }
          : undefined,
      salaryText: job.salaryDescriptionPlain ?? undefined,
      applyUrl: job.hostedUrl,
    };
  });
}

/** A feed's pay unit ("per-month-salary", "HOUR", "per-day-wage", "YEAR") as a period; undefined when unknown. */
function periodOf(unit: unknown): SalaryPeriod | undefined {
  const text = typeof unit === 'string' ? unit.toLowerCase() : 'month';
  return /hour/.test(text)
    ? 'hour'
    : /day/.test(text)
      ? 'day'
      : /week/.test(text)
        ? undefined
        : /year|annual/.test(text)
          ? 'year'
          : /month/.test(text)
            ? 'month'
            : undefined;
}

type Obj = Record<string, unknown>;
const asObjects = (v: unknown): Obj[] =>
  Array.isArray(v) ? v.flatMap(asObjects) : v && typeof v === 'object' ? [v as Obj] : [];
const s = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

const amountOf = (v: unknown): number | undefined => {
  const n =
    typeof v === 'number'
      ? v
      : typeof v === 'string' && /^\s*\d[\d\s.,]*$/.test(v)
        ? Number(v.replace(/[\s,]/g, ''))
        : undefined;
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
};

/**
 * schema.org baseSalary as sites write it: a MonetaryAmount whose value is a QuantitativeValue
 * (minValue/maxValue/value, unitText HOUR|DAY|WEEK|MONTH|YEAR), numbers given as strings, or the
 * whole thing as text ("80–130 tis. Kč") — text goes to the shared pay parser.
 */
function jsonLdPay(field: unknown): Pick<RawJob, 'salary' | 'salaryText'> {
  if (typeof field === 'string' || typeof field === 'number') return { salaryText: String(field).slice(0, 500) };
  const salary = asObjects(field)[0] ?? {};
  const value = salary.value;
  if (typeof value === 'string' && !amountOf(value))
    return { salaryText: `${value} ${s(salary.currency) ?? ''}`.slice(0, 500) };
  const quantity = typeof value === 'object' && value ? (value as Obj) : { value };
  const min = amountOf(quantity.minValue) ?? amountOf(quantity.value);
  const max = amountOf(quantity.maxValue);
  const currency = (s(salary.currency) ?? s(quantity.currency))?.toUpperCase();
  const period = periodOf(quantity.unitText ?? salary.unitText);
  if ((min === undefined && max === undefined) || (currency !== 'CZK' && currency !== 'EUR') || !period) return {};
  return { salary: { min, max, currency, period } };
}

/** JobPosting objects in a page's JSON-LD, whether top-level, in an array or inside @graph. */
export function jobPostingsIn(html: string, url: string): Obj[] {
  if (isBlockPage(html)) throw new BlockedError('the page is a block or captcha page', url);
  const $ = loadHtml(html);
  const found: Obj[] = [];
  $('script[type="application/ld+json"]').each((_, el) => {
    let data: unknown;
    try {
      data = JSON.parse($(el).text());
    } catch {
      return; // a broken block on a careers page does not hide the others
    }
    for (const node of asObjects(data).flatMap((o) => [o, ...asObjects(o['@graph'])])) {
      if ([node['@type']].flat().includes('JobPosting')) found.push(node);
    }
  });
  return found;
}

function fromJsonLd(body: string, employer: Employer, url: string): RawJob[] {
  return jobPostingsIn(body, url).flatMap((job) => {
    const jobUrl = s(job.url) ?? url;
    const identifier = job.identifier as Obj | string | undefined;
    const id =
      s(typeof identifier === 'object' ? identifier?.value : identifier) ?? slug(s(job.title) ?? '').slice(0, 60);
    if (!id) return [];
    const address = asObjects(job.jobLocation).map((l) => (l.address as Obj | undefined) ?? {})[0] ?? {};
    const remote = s(job.jobLocationType) === 'TELECOMMUTE';
    return [
      {
        ...base(employer, id, jobUrl),
        title: s(job.title),
        description: s(job.description),
        company: s((job.hiringOrganization as Obj | undefined)?.name) ?? employer.name,
        city: s(address.addressLocality) ?? (remote ? employer.city : undefined),
        parts: [s(address.streetAddress)].filter((p): p is string => !!p),
        workplaceText: remote ? 'remote' : undefined,
        employmentText:
          [job.employmentType]
            .flat()
            .filter((t): t is string => typeof t === 'string')
            .join(' ')
            .replace(/_/g, '-') || undefined,
        postedAt: s(job.datePosted),
        validThrough: s(job.validThrough),
        ...jsonLdPay(job.baseSalary ?? job.estimatedSalary),
        applyUrl: jobUrl,
      } satisfies RawJob,
    ];
  });
}

export const careersAdapter: SourceAdapter<RawJob> = {
  name: 'careers',
  kind: 'job',

  startRequests: () => employers.map(requestFor),

  parseList(body: string, request: PageRequest): ListPage<RawJob> {
    const employer = employers.find((e) => requestFor(e).url === request.url);
    if (!employer) throw new ParseError('no configured employer has this URL', request.url);
    const records =
      employer.kind === 'greenhouse'
        ? fromGreenhouse(body, employer, request.url)
        : employer.kind === 'lever'
          ? fromLever(body, employer, request.url)
          : fromJsonLd(body, employer, request.url);
    return { records, declaredTotal: records.length };
  },

  normalise: normaliseJob,
};
