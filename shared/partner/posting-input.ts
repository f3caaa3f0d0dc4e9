import * as z from 'zod';
import { employmentTypes, languageNeeds, salaryPeriods, workplaceTypes } from '../listing/schema';
import { isValidIco } from './ico';
import { expiryProblem, MARKUP, MAX_FORM_AGE_MS, MIN_FILL_MS, TEXT_LIMITS } from './posting-rules';
import { sanitiseText } from './sanitise';

/*
 * What a partner firm submits through the form (POST /partner/jobs, PUT /partner/jobs/{id}). A text
 * holding markup or script is refused; invisible and bidi control characters are stripped (NFKC
 * first); URLs must be http(s); the same listing schema then validates the job it becomes. The
 * limits come from posting-rules.ts, which the site's form reads too.
 */

export { MAX_POSTING_DAYS, MIN_FILL_MS } from './posting-rules';

const text = ({ min, max }: { min: number; max: number }, multiline = false) =>
  z
    .string()
    .max(max * 2, `must be at most ${max} characters`)
    .refine((value) => !MARKUP.test(value), 'must be plain text, without HTML or script')
    .transform((value) => sanitiseText(value, { multiline }))
    .pipe(
      z
        .string()
        .min(min, min === 1 ? 'must not be blank' : `must be at least ${min} characters`)
        .max(max, `must be at most ${max} characters`),
    );

const httpsUrl = z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'must be an http(s) URL' }).max(2000);

/** The last day listed: a real calendar date (YYYY-MM-DD); how far ahead is checked against the clock (expiryProblem). */
export const expiresOnSchema = z.iso.date('must be a date (YYYY-MM-DD)');

/** Czech and English needs are each a required choice of the firm: no default claims English-friendliness for it. */
const languageChoice = z
  .enum(languageNeeds)
  .exclude(['unknown'], { error: 'choose required, advantage or not-needed' });

export const postingInputSchema = z
  .strictObject({
    companyName: text(TEXT_LIMITS.companyName),
    companyId: z
      .string()
      .transform((value) => value.replace(/\s/g, ''))
      .pipe(z.string().refine(isValidIco, 'must be a valid 8-digit IČO'))
      .optional(),
    contactEmail: z.email('must be an e-mail address').max(254),
    title: text(TEXT_LIMITS.title),
    description: text(TEXT_LIMITS.description, true),
    /** Where the office is; a remote job says so in `workplace`. */
    location: z.strictObject({
      municipality: text(TEXT_LIMITS.municipality),
      district: text(TEXT_LIMITS.district).optional(),
    }),
    salary: z
      .strictObject({
        min: z.number().int().positive().max(10_000_000).optional(),
        max: z.number().int().positive().max(10_000_000).optional(),
        currency: z.enum(['CZK', 'EUR']),
        period: z.enum(salaryPeriods),
      })
      .refine((s) => s.min !== undefined || s.max !== undefined, { message: 'needs min or max', path: ['min'] })
      .refine((s) => s.min === undefined || s.max === undefined || s.min <= s.max, {
        message: 'must not exceed max',
        path: ['min'],
      })
      .optional(),
    employment: z.array(z.enum(employmentTypes)).min(1, 'choose at least one').max(6),
    workplace: z.enum(workplaceTypes),
    languages: z.strictObject({ czech: languageChoice, english: languageChoice }),
    applyUrl: httpsUrl.optional(),
    applyEmail: z.email('must be an e-mail address').max(254).optional(),
    /** Last day the posting is listed (ISO date), at most 60 days ahead. */
    expiresOn: expiresOnSchema,
    /** The honeypot: a field people never see; anything in it marks a bot. */
    website: z.string().max(500).optional(),
    /** When the form was shown (epoch ms, the browser's clock), for the minimum fill time. */
    formShownAt: z.number().int().positive(),
  })
  .refine((p) => p.applyUrl !== undefined || p.applyEmail !== undefined, {
    message: 'give an apply URL or an apply e-mail',
    path: ['applyUrl'],
  });

export type PostingInput = z.infer<typeof postingInputSchema>;

/** POST /partner/jobs/{id}/renew. */
export const renewBodySchema = z.strictObject({ expiresOn: expiresOnSchema });
/** POST /moderation/jobs/{id}/reject: the reason is e-mailed to the firm. */
export const rejectBodySchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(5, 'give a reason of 5 to 2000 characters')
    .max(2000, 'give a reason of 5 to 2000 characters'),
});
/** POST /moderation/jobs/{id}/approve: the contentHash of the version the moderator reviewed (from GET /moderation/pending). */
export const approveBodySchema = z.strictObject({
  contentHash: z
    .string({ error: 'give the contentHash of the version you reviewed' })
    .regex(/^[0-9a-f]{64}$/, 'give the contentHash of the version you reviewed'),
});
/** Actions that take no parameters (close, confirm, approve, take-down…): an empty JSON object, or no body. */
export const emptyBodySchema = z.strictObject({});

/** Checks that depend on the time of the request; each names the field at fault. */
export function timingProblems(
  input: Pick<PostingInput, 'expiresOn'>,
  now: Date,
): { field: string; message: string }[] {
  const problem = expiryProblem(input.expiresOn, now);
  return problem ? [{ field: 'expiresOn', message: problem }] : [];
}

/**
 * Why a submission looks automated, if it does: a filled honeypot, a form sent less than
 * MIN_FILL_MS after it was shown (or "shown" in the future), or one shown more than MAX_FORM_AGE_MS
 * ago (a made-up `formShownAt` such as 1 would otherwise pass any minimum).
 */
export function botSignal(
  input: Pick<PostingInput, 'website' | 'formShownAt'>,
  now: Date,
): 'honeypot' | 'too-fast' | 'stale-form' | undefined {
  if (input.website !== undefined && input.website.trim() !== '') return 'honeypot';
  const age = now.getTime() - input.formShownAt;
  if (age < MIN_FILL_MS) return 'too-fast';
  if (age > MAX_FORM_AGE_MS) return 'stale-form';
  return undefined;
}
