import { PRICE_HISTORY_LIMIT, type ListingDraft, type PriceChange } from './schema';

/** What the store knew of a rental's price before an upsert. */
export interface StoredPrice {
  rentCzk?: number;
  feesCzk?: number;
  priceHistory?: PriceChange[];
}

/**
 * The price history a rewritten rental carries (issue 20): the stored one, plus one change dated `at`
 * when the draft's rent or fees differ from what was stored (a value becoming known or unknown counts),
 * keeping the newest PRICE_HISTORY_LIMIT. Pure. Undefined for a job and for a rental whose price never
 * changed. The writing side must carry it on every rewrite: a rewrite replaces the whole item.
 */
export function nextPriceHistory(
  draft: ListingDraft,
  stored: StoredPrice | undefined,
  at: string,
): PriceChange[] | undefined {
  if (draft.kind !== 'rental' || stored === undefined) return undefined;
  const history = stored.priceHistory ?? [];
  if (draft.rentCzk === stored.rentCzk && draft.feesCzk === stored.feesCzk)
    return history.length > 0 ? history : undefined;
  const change: PriceChange = withoutUndefined({
    at,
    rentCzk: draft.rentCzk,
    feesCzk: draft.feesCzk,
    previousRentCzk: stored.rentCzk,
    previousFeesCzk: stored.feesCzk,
  });
  return [...history, change].slice(-PRICE_HISTORY_LIMIT);
}

/** A price change's total before and after (rent + fees, fees only when known on both sides). */
function totals(change: PriceChange): [number, number] | undefined {
  if (change.rentCzk === undefined || change.previousRentCzk === undefined) return undefined;
  const fees = change.feesCzk !== undefined && change.previousFeesCzk !== undefined;
  return [change.previousRentCzk + (fees ? change.previousFeesCzk! : 0), change.rentCzk + (fees ? change.feesCzk! : 0)];
}

/** A fall in a rental's monthly price. */
export interface PriceDrop {
  at: string;
  /** CZK per month less than before (rent, plus fees when known before and after). */
  byCzk: number;
  fromCzk: number;
  toCzk: number;
}

/** Every change that lowered the price, oldest first. */
export function priceDrops(history: readonly PriceChange[] | undefined): PriceDrop[] {
  return (history ?? []).flatMap((change) => {
    const t = totals(change);
    return t && t[1] < t[0] ? [{ at: change.at, byCzk: t[0] - t[1], fromCzk: t[0], toCzk: t[1] }] : [];
  });
}

/**
 * The latest reduction while it stands: the last change, when both its prices are known and it lowered
 * the price (a later rise cancels it, and so does the rent becoming unknown, or known again after that). What a card shows and `reduced=true` filters on.
 */
export function standingReduction(history: readonly PriceChange[] | undefined): PriceDrop | undefined {
  // The last change only: a rent that became unknown (or came back from unknown) is no standing reduction.
  const last = history?.at(-1);
  const change = last === undefined ? undefined : totals(last);
  if (!last || !change) return undefined;
  const [from, to] = change;
  return to < from ? { at: last.at, byCzk: from - to, fromCzk: from, toCzk: to } : undefined;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
