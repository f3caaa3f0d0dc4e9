/**
 * The names the functions write their telemetry under and the stack's alarms and dashboard read:
 * declared once, so that a renamed metric cannot leave an alarm watching nothing.
 */

/** The `service` key of every log line and the `service` dimension of every metric (Powertools). */
export const SERVICE_NAME = 'ostrava-listings';

/** The CloudWatch namespace of the service's own metrics (embedded metric format, written by the functions). */
export const METRICS_NAMESPACE = 'OstravaListings';

/** The service's own metrics, all counts. */
export const METRIC = {
  /** One per finished scrape run, per source. */
  scrapeRuns: 'ScrapeRuns',
  /** 1 for a run that failed, was blocked, stopped early (incomplete) or was suspicious; 0 otherwise, per source. */
  badScrapeRuns: 'BadScrapeRuns',
  /** Listings a run saw on the portal (in the region), per source. */
  listingsSeen: 'ListingsSeen',
  /** Moderation requests refused for a missing or wrong X-Staff-Token. */
  staffTokenRefused: 'StaffTokenRefused',
  /**
   * Per alert digest run: the subscriptions whose digest failed (all of them when the catalogue could
   * not be read), 0 when none did, so that a run that went well is told from one that did not run.
   */
  alertDigestFailures: 'AlertDigestFailures',
} as const;

/** Metric dimensions: `service` (always, SERVICE_NAME) and `source` (a registry name) on the scrape metrics. */
export const DIMENSION = { service: 'service', source: 'source' } as const;
