import { contentHash } from '../listing/content-hash';
import type { Listing, ListingDraft, ListingStatus } from '../listing/schema';
import { nextPriceHistory, type StoredPrice } from '../listing/price-history';
import { parseListingDraft } from '../listing/validate-listing';

/** What the store holds of a listing that decides how an upsert treats it (and its price, for the price history). */
export interface ExistingState extends StoredPrice {
  contentHash: string;
  firstSeenAt: string;
  lastSeenAt: string;
  status: ListingStatus;
  /** Hash of the source's list record when last written (see ListingStore.sourceStates). */
  sourceHash?: string;
}

export type UpsertAction =
  | { type: 'create'; listing: Listing }
  /** Full write, conditional on the hash that was read. */
  | { type: 'rewrite'; listing: Listing; expectedHash: string; changed: boolean; revived: boolean }
  /** Only move lastSeenAt (and the source hash), conditional on the hash that was read. */
  | { type: 'touch'; lastSeenAt: string; expectedHash: string; sourceHash?: string }
  | { type: 'none' };

/**
 * Decides, purely, what one upsert must write. Both stores use it, so they agree on when a listing
 * counts as new, changed or unchanged, and on what survives a rewrite (firstSeenAt always does).
 */
export function planUpsert(
  draft: ListingDraft,
  existing: ExistingState | undefined,
  now: Date,
  touchIntervalMs: number,
  sourceHash?: string,
): UpsertAction {
  const hash = contentHash(draft);
  const nowIso = now.toISOString();
  const listing = (firstSeenAt: string): Listing => ({
    ...draft,
    status: 'active',
    firstSeenAt,
    lastSeenAt: nowIso,
    contentHash: hash,
  });
  if (existing === undefined) return { type: 'create', listing: listing(nowIso) };
  const changed = existing.contentHash !== hash;
  const revived = existing.status !== 'active';
  if (changed || revived) {
    // A rewrite replaces the whole item: the price history is carried, with this change added if it is one.
    const priceHistory = nextPriceHistory(draft, existing, nowIso);
    const rewritten = { ...listing(existing.firstSeenAt), ...(priceHistory && { priceHistory }) } as Listing;
    return { type: 'rewrite', listing: rewritten, expectedHash: existing.contentHash, changed, revived };
  }
  const newSourceHash = sourceHash !== undefined && sourceHash !== existing.sourceHash ? sourceHash : undefined;
  if (newSourceHash !== undefined || now.getTime() - Date.parse(existing.lastSeenAt) >= touchIntervalMs) {
    return { type: 'touch', lastSeenAt: nowIso, expectedHash: existing.contentHash, sourceHash: newSourceHash };
  }
  return { type: 'none' };
}

/** Adds one planned action to the result lists. */
export function tally(
  result: { created: string[]; changed: string[]; unchanged: string[]; revived: string[] },
  id: string,
  action: UpsertAction,
): void {
  if (action.type === 'create') result.created.push(id);
  else if (action.type === 'rewrite' && action.changed) result.changed.push(id);
  else result.unchanged.push(id);
  if (action.type === 'rewrite' && action.revived) result.revived.push(id);
}

/**
 * Validates a whole batch before anything is written (a bad record throws RecordRejectedError naming
 * its field, and the batch is not half-written); a repeated id counts once, the last one winning.
 */
export function validDrafts(drafts: readonly unknown[]): ListingDraft[] {
  return [...new Map(drafts.map(parseListingDraft).map((draft) => [draft.id, draft])).values()];
}
