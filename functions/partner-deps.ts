import { config, tableName } from '../shared/config';
import { log } from '../shared/log';
import { DynamoPartnerStore } from '../shared/partner/dynamo-partner-store';
import { PartnerPostings } from '../shared/partner/partner-postings';
import type { PartnerStore } from '../shared/partner/partner-store';
import { cataloguePublisher } from './catalogue-deps';
import { dynamoClient, listingStore, now } from './deps';
import { configuredMailer } from './mailer-deps';

// Apart from deps.ts, so that the listing functions do not bundle the mailer and the partner code.
let partner: PartnerPostings | undefined;
let store: PartnerStore | undefined;

/** The partner store (postings, rate windows, claims, contacts), once per container. */
export function partnerStore(): PartnerStore {
  store ??= new DynamoPartnerStore(dynamoClient(), tableName(config()), () => now());
  return store;
}

/** The partner postings use cases, with the configured mailer. */
export function partnerPostings(): PartnerPostings {
  if (!partner) {
    const cfg = config();
    partner = new PartnerPostings({
      store: partnerStore(),
      mailer: configuredMailer(),
      siteUrl: cfg.SITE_URL,
      now: () => now(),
      // Made when first needed: only the routes that list or unlist a posting have the bucket.
      catalogue: { update: (listings) => cataloguePublisher(listingStore()).update(listings) },
      log,
    });
  }
  return partner;
}

/** Replaces the partner use cases (handler tests inject in-memory ones). */
export function usePartnerPostings(replacement: PartnerPostings, replacementStore?: PartnerStore): void {
  partner = replacement;
  if (replacementStore) store = replacementStore;
}
