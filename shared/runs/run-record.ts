import * as z from 'zod';
import { isoInstant, sourceName } from '../listing/schema';

const count = z.number().int().nonnegative();

/** What one scrape run of one source did: the first-class record behind GET /sources. */
export const runRecordSchema = z.strictObject({
  runId: z
    .string()
    .regex(/^[A-Za-z0-9-]{1,64}$/)
    .describe('Unique id of the run'),
  source: sourceName.describe('The source that was scraped'),
  startedAt: isoInstant.describe('When the run started'),
  finishedAt: isoInstant.describe('When the run ended'),
  outcome: z
    .enum(['complete', 'incomplete', 'failed', 'blocked'])
    .describe(
      'complete: every page walked; incomplete: cut short or layout changed; failed: an error; blocked: the portal refused us',
    ),
  suspicious: z.boolean().default(false).describe('Saw none, or far fewer than the last complete run'),
  pages: count.describe('List pages walked'),
  requests: count.describe('HTTP requests made'),
  seen: count.describe('Listings seen'),
  created: count.describe('New listings'),
  changed: count.describe('Listings whose content changed'),
  unchanged: count.describe('Listings seen again unchanged'),
  expired: count.describe('Listings expired because a complete run no longer saw them'),
  rejected: count.describe('Records skipped as invalid'),
  rejectedReasons: z.record(z.string().max(200), count).default({}).describe('Rejected records counted by reason'),
  durationMs: count.describe('Wall time of the run'),
  translatedCharacters: count
    .optional()
    .describe(
      'Characters sent to machine translation (what Amazon Translate bills): only new or changed text; absent in runs before issue 19',
    ),
  untranslated: count
    .optional()
    .describe(
      'Texts left untranslated (budget used up, service failed, or no recorded translation locally); the reasons are in note',
    ),
  note: z.string().max(1000).optional().describe('Why the run ended as it did, when not complete'),
});

export type RunRecord = z.infer<typeof runRecordSchema>;
