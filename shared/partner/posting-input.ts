import * as z from 'zod';
import { employmentTypes, languageNeeds, salaryPeriods, workplaceTypes } from '../listing/schema';
import { isValidIco } from './ico';
import { sanitiseText } from './sanitise';

/*
 * What a partner firm submits through the form (POST /partner/jobs). A text holding markup or script
 * is refused; control and invisible characters are stripped; URLs must be http(s); the same listing
 * schema then validates the job it becomes.
 */

export const MAX_POSTING_DAYS = 60;
/** A human takes at least this long to fill the form; faster is a bot. */
export const MIN_FILL_MS = 5_000;

// A hostile post is refused, not silently cleaned: markup anywhere is a 400 naming the field.
const MARKUP = /<\/?[a-z!][^>]*>|<script|javascript:|on[a-z]+\s*=/i;

const text = (min: number, max: number, multiline = false) =>
  z
    .string()
    .max(max * 2, `must be at most ${max} characters`)
    .refine((value) => !MARKUP.test(value), 'must be plain text, without HTML or script')
    .transform((value) => sanitiseText(value, { multiline }))
    .pipe(z.string().min(min, min === 1 ? 'must not be blank' : `must be at least ${min} characters`).max(max, `must be at most ${max} characters`));

const httpsUrl = z
  .url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http(s) URL' })
  .max(2000);

export const postingInputSchema = z
  .strictObject({
    companyName: text(2, 200),
    companyId: z
      .string()
      .transform((value) => value.replace(/\s/g, ''))
      .pipe(z.string().refine(isValidIco, 'must be a valid 8-digit IČO'))
      .optional(),
    contactEmail: z.email('must be an e-mail address').max(254),
    title: text(3, 200),
    description: text(30, 10_000, true),
    /** Where the office is; a remote job says so in `workplace`. */
    location: z.strictObject({ municipality: text(2, 120), district: text(2, 120).optional() }),
    salary: z
      .strictObject({
        min: z.number().int().positive().max(10_000_000).optional(),
        max: z.number().int().positive().max(10_000_000).optional(),
        currency: z.enum(['CZK', 'EUR']),
        period: z.enum(salaryPeriods),
      })
      .refine((s) => s.min !== undefined || s.max !== undefined, { message: 'needs min or max', path: ['min'] })
      .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, { message: 'must not exceed max', path: ['min'] })
      .optional(),
    employment: z.array(z.enum(employmentTypes)).min(1, 'choose at least one').max(6),
    workplace: z.enum(workplaceTypes),
    languages: z.strictObject({ czech: z.enum(languageNeeds).exclude(['unknown']), english: z.enum(languageNeeds).exclude(['unknown']) }),
    applyUrl: httpsUrl.optional(),
    applyEmail: z.email('must be an e-mail address').max(254).optional(),
    /** Last day the posting is listed (ISO date), at most 60 days ahead. */
    expiresOn: z.iso.date('must be a date (YYYY-MM-DD)'),
    /** The honeypot: a field people never see; anything in it marks a bot. */
    website: z.string().max(500).optional(),
    /** When the form was shown (epoch ms), for the minimum fill time. */
    formShownAt: z.number().int().positive(),
  })
  .refine((p) => p.applyUrl !== undefined || p.applyEmail !== undefined, { message: 'give an apply URL or an apply e-mail', path: ['applyUrl'] });

export type PostingInput = z.infer<typeof postingInputSchema>;

/** Checks that depend on the time of the request; each names the field at fault. */
export function timingProblems(input: PostingInput, now: Date): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  const expires = Date.parse(`${input.expiresOn}T23:59:59Z`);
  if (expires < now.getTime()) problems.push({ field: 'expiresOn', message: 'must not be in the past' });
  if (expires > now.getTime() + MAX_POSTING_DAYS * 86_400_000) problems.push({ field: 'expiresOn', message: `must be at most ${MAX_POSTING_DAYS} days ahead` });
  return problems;
}

/** Why a submission looks automated, if it does: a filled honeypot, or a form filled too fast. */
export function botSignal(input: PostingInput, now: Date): string | undefined {
  if (input.website !== undefined && input.website.trim() !== '') return 'honeypot';
  if (now.getTime() - input.formShownAt < MIN_FILL_MS) return 'too-fast';
  return undefined;
}
