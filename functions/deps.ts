import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { SESv2Client } from '@aws-sdk/client-sesv2';
import { config } from '../shared/config';
import { DynamoPartnerStore } from '../shared/partner/dynamo-partner-store';
import { FileOutboxMailer } from '../shared/partner/file-outbox-mailer';
import { PartnerPostings } from '../shared/partner/partner-postings';
import { SesMailer } from '../shared/partner/ses-mailer';
import { DynamoListingStore } from '../shared/store/dynamo-listing-store';
import type { ListingStore } from '../shared/store/listing-store';

let store: ListingStore | undefined;
let dynamo: DynamoDBClient | undefined;
let partner: PartnerPostings | undefined;

const dynamoClient = () => (dynamo ??= new DynamoDBClient({}));

/** The store, created once per container and reused across invocations. */
export function listingStore(): ListingStore {
  store ??= new DynamoListingStore(dynamoClient(), { tableName: config().TABLE_NAME });
  return store;
}

/** The partner postings use cases, with the configured mailer. */
export function partnerPostings(): PartnerPostings {
  if (!partner) {
    const cfg = config();
    const mailer = cfg.MAILER === 'ses' ? new SesMailer(new SESv2Client({}), cfg.MAIL_FROM) : new FileOutboxMailer(cfg.OUTBOX_DIR);
    partner = new PartnerPostings({ store: new DynamoPartnerStore(dynamoClient(), cfg.TABLE_NAME), mailer, siteUrl: cfg.SITE_URL, now: () => now() });
  }
  return partner;
}

/** Replaces the partner use cases (handler tests inject in-memory ones). */
export function usePartnerPostings(replacement: PartnerPostings): void {
  partner = replacement;
}

/** Replaces the store (handler tests inject the in-memory one). */
export function useListingStore(replacement: ListingStore): void {
  store = replacement;
}

/** The clock handlers read; tests may pin it. */
export let now = () => new Date();
export function useClock(clock: () => Date): void {
  now = clock;
}
