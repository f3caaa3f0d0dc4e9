import { SESv2Client } from '@aws-sdk/client-sesv2';
import { config, tableName } from '../shared/config';
import { log } from '../shared/log';
import { DynamoPartnerStore } from '../shared/partner/dynamo-partner-store';
import { FileOutboxMailer } from '../shared/partner/file-outbox-mailer';
import type { Mailer } from '../shared/partner/mailer';
import { PartnerPostings } from '../shared/partner/partner-postings';
import type { PartnerStore } from '../shared/partner/partner-store';
import { SesMailer } from '../shared/partner/ses-mailer';
import { cataloguePublisher } from './catalogue-deps';
import { dynamoClient, listingStore, now } from './deps';

// Apart from deps.ts, so that the listing functions do not bundle the mailer and the partner code.
let partner: PartnerPostings | undefined;
let store: PartnerStore | undefined;

/** The partner store (postings, rate windows, claims, contacts), once per container. */
export function partnerStore(): PartnerStore {
  store ??= new DynamoPartnerStore(dynamoClient(), tableName(config()), () => now());
  return store;
}

let mailer: Mailer | undefined;

/** The one mail path: SES in the cloud (MAILER=ses), the file outbox locally and in tests. */
export function configuredMailer(): Mailer {
  const cfg = config();
  mailer ??= cfg.MAILER === 'ses' ? new SesMailer(new SESv2Client({}), cfg.MAIL_FROM) : new FileOutboxMailer(cfg.OUTBOX_DIR);
  return mailer;
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
