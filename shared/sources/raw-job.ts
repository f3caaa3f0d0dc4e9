import * as z from 'zod';
import type { LanguageNeed } from '../normalise/language-requirements';

const need = z.enum(['required', 'advantage', 'not-needed', 'unknown']);

/** A job as one source gives it, before normalising: strings and numbers as sent. */
export const rawJobSchema = z.object({
  source: z.string(),
  sourceId: z.string().regex(/^[A-Za-z0-9._~-]{1,150}$/),
  url: z.string(),
  title: z.string().max(1000).optional(),
  description: z.string().max(100_000).optional(),
  company: z.string().max(500).optional(),
  /** The employer's IČO (company registration number). */
  companyId: z.string().max(20).optional(),
  /** Pay as a text ("45 000 – 60 000 Kč"), or as numbers with their unit. */
  salaryText: z.string().max(500).optional(),
  salary: z
    .object({
      min: z.number().optional(),
      max: z.number().optional(),
      currency: z.enum(['CZK', 'EUR']),
      period: z.enum(['hour', 'day', 'month', 'year']),
    })
    .optional(),
  hoursPerWeek: z.number().optional(),
  employmentText: z.string().max(1000).optional(),
  workplaceText: z.string().max(1000).optional(),
  city: z.string().max(200).optional(),
  parts: z.array(z.string().max(200)).max(10).optional(),
  address: z.string().max(300).optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  postedAt: z.union([z.string(), z.number()]).optional(),
  validThrough: z.union([z.string(), z.number()]).optional(),
  applyUrl: z.string().max(2000).optional(),
  /** Language requirements the source states in structured fields. */
  stated: z
    .object({ english: need.optional(), czech: need.optional(), evidence: z.string().max(500).optional() })
    .optional(),
  /** Work-permit flags the source states. */
  workPermit: z
    .object({
      nonEuWelcome: z.boolean().optional(),
      employeeCard: z.boolean().optional(),
      blueCard: z.boolean().optional(),
    })
    .optional(),
  /** CZ-ISCO code of the profession, e.g. "25121". */
  iscoCode: z
    .string()
    .regex(/^\d{1,6}$/)
    .optional(),
});

export type RawJob = z.infer<typeof rawJobSchema> & {
  stated?: { english?: LanguageNeed; czech?: LanguageNeed; evidence?: string };
};
