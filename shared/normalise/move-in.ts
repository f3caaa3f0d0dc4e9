import type { Listing, MoveIn, MoveInPart } from '../listing/schema';

/** The most a deposit may be, in months of rent: Czech Civil Code (zákon č. 89/2012 Sb.) § 2254(1). */
export const DEPOSIT_CAP_MONTHS = 3;

export interface MoveInInput {
  rentCzk?: number;
  /** Monthly service charges; 0 when stated to be included. */
  feesCzk?: number;
  /** Energy is said to be paid on top, its amount not stated. */
  energyExtra?: boolean;
  depositCzk?: number;
  /** 0 when the listing says there is none ("bez provize"). */
  commissionCzk?: number;
}

/**
 * The cash needed to move in (issue 20): first month's rent + monthly fees + deposit + agency
 * commission, in whole CZK. Pure. A part that is undefined is unknown: it is listed in `unknown`
 * and not counted (never taken as 0); energy said to be extra but unpriced is unknown too, unless
 * the fees themselves are (one unknown says it). Without a rent there is no total: the other parts
 * alone would understate the cash by a month's rent. A deposit above DEPOSIT_CAP_MONTHS × rent is flagged.
 */
export function moveInCost(input: MoveInInput): MoveIn {
  const parts: [MoveInPart, number | undefined][] = [
    ['rent', input.rentCzk],
    ['fees', input.feesCzk],
    ['deposit', input.depositCzk],
    ['commission', input.commissionCzk],
  ];
  const unknown: MoveInPart[] = parts.filter(([, value]) => value === undefined).map(([part]) => part);
  if (input.energyExtra && input.feesCzk !== undefined) unknown.push('energy');
  const ordered = sortParts(unknown);
  const knownTotalCzk =
    input.rentCzk === undefined ? undefined : parts.reduce((sum, [, value]) => sum + (value ?? 0), 0);
  const depositOverCap =
    input.rentCzk !== undefined &&
    input.depositCzk !== undefined &&
    input.depositCzk > DEPOSIT_CAP_MONTHS * input.rentCzk;
  return {
    ...(knownTotalCzk !== undefined && { knownTotalCzk }),
    unknown: ordered,
    complete: ordered.length === 0,
    ...(depositOverCap && { depositOverCap: true }),
  };
}

const ORDER: readonly MoveInPart[] = ['rent', 'fees', 'energy', 'deposit', 'commission'];

function sortParts(parts: MoveInPart[]): MoveInPart[] {
  return ORDER.filter((part) => parts.includes(part));
}

/**
 * The listing with its move-in cost derived from its current fields (rentals; a job is returned as
 * it is). Derived when served (card and detail), never stored, so it cannot go stale.
 */
export function withMoveIn<T extends Pick<Listing, 'kind'>>(listing: T): T & { moveIn?: MoveIn } {
  if (listing.kind !== 'rental') return listing;
  return { ...listing, moveIn: moveInCost(listing as MoveInInput) };
}
