import * as z from 'zod';
import { DEFAULT_REGION_RADIUS_KM } from './geo/distance';

const configSchema = z.object({
  /** The listings table; absent in the functions that never touch it (GET /listings, GET /openapi.json). */
  TABLE_NAME: z.string().min(1, 'TABLE_NAME must name the listings table').optional(),
  /** The site's origin for CORS; "*" allows any (the API is public and read-only for listings). */
  SITE_ORIGIN: z.union([z.literal('*'), z.url({ protocol: /^https?$/ })]).default('*'),
  /** Browser cache lifetime of listing responses: data changes a few times a day. */
  LISTINGS_MAX_AGE_SECONDS: z.coerce.number().int().min(0).max(86_400).default(300),
  /** Where portals' operators can read who we are and reach us: part of the User-Agent. */
  CRAWLER_INFO_URL: z
    .url({ protocol: /^https?$/ })
    .default('https://github.com/ostrava-expat-listings/ostrava-expat-listings#crawler'),
  /** The site's public URL: postings and management links point there. */
  SITE_URL: z.url({ protocol: /^https?$/ }).default('http://localhost:3000'),
  /** The staff token for moderation (a secret: from SSM / Secrets Manager in the cloud). Unset: moderation refuses everyone. */
  STAFF_TOKEN: z.string().min(16, 'STAFF_TOKEN must be at least 16 characters').optional(),
  /** In the cloud: the Secrets Manager secret holding the staff token (read at run time, cached minutes: functions/secrets.ts). */
  STAFF_TOKEN_SECRET_ARN: z.string().startsWith('arn:').optional(),
  /** Where e-mail goes: "ses" (the cloud) or "outbox" (files in OUTBOX_DIR). */
  MAILER: z.enum(['ses', 'outbox']).default('outbox'),
  OUTBOX_DIR: z.string().default('.data/outbox'),
  /** The verified sender address for SES. */
  MAIL_FROM: z.email().default('jobs@example.org'),
  /** Locally: the secret CloudFront would send the API, proving its viewer-address header genuine. */
  ORIGIN_VERIFY_SECRET: z.string().min(16).optional(),
  /** In the cloud: the Secrets Manager secret holding it (read at run time, never in the environment). */
  ORIGIN_VERIFY_SECRET_ARN: z.string().startsWith('arn:').optional(),
  /** In the cloud: the one source this scrape function runs (each source has its own function). */
  SCRAPE_SOURCE: z
    .string()
    .regex(/^[a-z][a-z0-9-]{1,39}$/)
    .optional(),
  /** In the cloud: the bucket holding the catalogue snapshots (the API's read model). */
  CATALOGUE_BUCKET: z.string().min(3).optional(),
  /** Locally: the folder holding the catalogue snapshots instead of a bucket. */
  CATALOGUE_DIR: z.string().min(1).optional(),
  /** How long an API container trusts its catalogue before checking the snapshot's ETag again. */
  CATALOGUE_CHECK_SECONDS: z.coerce.number().min(0).max(3600).default(10),
  /**
   * In the cloud: the monthly character budget of Amazon Translate (a stack parameter); a scrape
   * function without it translates nothing. 0 turns translation off.
   */
  TRANSLATE_CHARACTERS_PER_MONTH: z.coerce.number().int().min(0).max(1_000_000_000).optional(),
  /** Kilometres from Ostrava's centre that scrapers keep. */
  REGION_RADIUS_KM: z.coerce.number().positive().max(300).default(DEFAULT_REGION_RADIUS_KM),
});

/** The one honest User-Agent every scraper request carries. */
export function userAgent(cfg: Pick<Config, 'CRAWLER_INFO_URL'>): string {
  return `OstravaExpatListings/0.1 (+${cfg.CRAWLER_INFO_URL})`;
}

export type Config = z.infer<typeof configSchema>;

/** Parses an environment, failing fast and naming what is missing or wrong. */
export function parseConfig(env: NodeJS.ProcessEnv): Config {
  const result = configSchema.safeParse(env);
  if (result.success) return result.data;
  throw new Error(
    `invalid configuration: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
  );
}

/** The listings table's name; fails naming the variable when this function was not given the table. */
export function tableName(cfg: Pick<Config, 'TABLE_NAME'>): string {
  if (!cfg.TABLE_NAME) throw new Error('invalid configuration: TABLE_NAME must name the listings table');
  return cfg.TABLE_NAME;
}

let cached: Config | undefined;

/** The process's configuration, parsed once at cold start. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
