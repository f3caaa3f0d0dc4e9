import type { Listing } from '../listing/schema';

/** What the centre keeps of a posting that is never served: the secrets and the contact. */
export interface PostingPrivate {
  /** SHA-256 of the management token. */
  secretHash: string;
  /** The poster's contact e-mail: kept while the posting lives, plus 30 days for replies. */
  contactEmail?: string;
  /** When the contact e-mail may be deleted (ISO instant). */
  contactEmailUntil?: string;
  /** SHA-256 of the token in the contact address's confirmation link, while it is unconfirmed. */
  confirmationHash?: string;
  /** When that confirmation link stops working (ISO instant). */
  confirmationExpiresAt?: string;
  /**
   * When the centre first approved the posting (ISO instant): the listing's firstSeenAt from then on, as
   * that is when the public first sees it. Kept, so that approving it again after an edit does not make
   * an old job new to feeds and digests.
   */
  firstListedAt?: string;
}

export interface StoredPosting {
  listing: Listing;
  private: PostingPrivate;
}

/**
 * Partner postings, in domain words. A posting is a job listing of source "partner" whose status the
 * poster and the centre move: unconfirmed → pending → active, then expired (closed or run out) or
 * rejected (refused or taken down); only active ones are listed.
 */
export interface PartnerStore {
  /** Creates a posting; false when the id exists. */
  create(posting: StoredPosting): Promise<boolean>;
  get(id: string): Promise<StoredPosting | undefined>;
  /** Replaces a posting if it still has `expectedHash`; false when someone changed it meanwhile. */
  replace(posting: StoredPosting, expectedHash: string): Promise<boolean>;
  /** Postings awaiting moderation, oldest first, with their contact (moderators may write to it). */
  listPending(limit: number): Promise<StoredPosting[]>;
  /**
   * Counts one more event for `key` in the window that holds `now`; returns the count so far. Windows
   * expire on their own (TTL).
   */
  countInWindow(key: string, windowSeconds: number, now: Date): Promise<number>;
  /** The count of `key` in the window that holds `now`, without counting anything. */
  countSoFar(key: string, windowSeconds: number, now: Date): Promise<number>;
  /** Claims `key` for `owner` for `ttlSeconds`; returns the owner holding it (ours if it was free). */
  claim(key: string, owner: string, ttlSeconds: number, now: Date): Promise<string>;
  /** Gives up `owner`'s claim on `key`; does nothing when someone else holds it or nobody does. */
  release(key: string, owner: string): Promise<void>;
}
