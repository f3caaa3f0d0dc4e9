/**
 * A saved search with e-mail alerts. Its address is kept only while it exists: an unsubscribe deletes
 * the whole subscription, and an unconfirmed one expires (CONFIRMATION_VALID_HOURS) and is treated as
 * gone from then on, before DynamoDB's TTL removes it.
 */
export interface StoredAlert {
  /** 16 characters of base64url (12 random bytes). */
  id: string;
  /** The subscriber's address, as given (trimmed). */
  email: string;
  /** The GET /listings parameters of the search, as strings (re-validated whenever they are used). */
  search: Record<string, string>;
  status: 'unconfirmed' | 'confirmed';
  /** ISO instants. */
  createdAt: string;
  /** When the confirmation link stops working, and an unconfirmed subscription is gone. */
  confirmExpiresAt: string;
  confirmedAt?: string;
  /** SHA-256 of the confirmation link's token. */
  confirmationHash: string;
  /**
   * SHA-256 of the management tokens of the last MANAGEMENT_LINKS_KEPT e-mails, newest first: each
   * e-mail carries a new link (the token itself is never stored, so it cannot be sent again), and the
   * links in the recent ones keep working.
   */
  secretHashes: string[];
  /** The digest's watermark: listings first seen before it were considered by an earlier digest. */
  digestedUntil?: string;
  /** Listings already sent that were first seen in the overlap before the watermark (bounded). */
  sent: { id: string; firstSeenAt: string }[];
}

/** Saved searches, in domain words. */
export interface AlertStore {
  /** Stores a new subscription (its id is fresh). */
  create(alert: StoredAlert): Promise<void>;
  /** The subscription, unless it does not exist or is an unconfirmed one past its confirmation time. */
  get(id: string, now: Date): Promise<StoredAlert | undefined>;
  /** Replaces a subscription that still exists; false when it was deleted meanwhile (never brings one back). */
  update(alert: StoredAlert): Promise<boolean>;
  /** Deletes the subscription, address and all; nothing when there is none. */
  delete(id: string): Promise<void>;
  /** Every confirmed subscription. */
  listConfirmed(): Promise<StoredAlert[]>;
}

/** Whether a stored subscription still counts at `now`: confirmed, or unconfirmed within its confirmation time. */
export function isLive(alert: Pick<StoredAlert, 'status' | 'confirmExpiresAt'>, now: Date): boolean {
  return alert.status === 'confirmed' || Date.parse(alert.confirmExpiresAt) > now.getTime();
}
