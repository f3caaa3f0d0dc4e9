import { nextPriceHistory, priceDrops, standingReduction } from '../../../shared/listing/price-history';
import { PRICE_HISTORY_LIMIT, type PriceChange } from '../../../shared/listing/schema';
import { jobDraft, rentalDraft } from '../../support/listing-drafts';

const AT = '2026-11-12T06:00:00.000Z';

describe('nextPriceHistory', () => {
  it('adds a change when the rent changes, with both prices', () => {
    const history = nextPriceHistory(
      rentalDraft(1, { rentCzk: 12_000, feesCzk: 2_500 }),
      { rentCzk: 13_500, feesCzk: 2_500 },
      AT,
    );

    expect(history).toEqual([
      { at: AT, rentCzk: 12_000, feesCzk: 2_500, previousRentCzk: 13_500, previousFeesCzk: 2_500 },
    ]);
  });

  it('counts fees becoming unknown as a change, leaving the unknown value absent', () => {
    const history = nextPriceHistory(
      rentalDraft(1, { rentCzk: 12_000, feesCzk: undefined }),
      { rentCzk: 12_000, feesCzk: 2_500 },
      AT,
    );

    expect(history).toEqual([{ at: AT, rentCzk: 12_000, previousRentCzk: 12_000, previousFeesCzk: 2_500 }]);
  });

  it('keeps the stored history unchanged when the price is the same', () => {
    const kept: PriceChange[] = [{ at: '2026-11-01T00:00:00.000Z', rentCzk: 12_000, previousRentCzk: 13_000 }];

    expect(
      nextPriceHistory(
        rentalDraft(1, { rentCzk: 12_000, feesCzk: 2_500 }),
        { rentCzk: 12_000, feesCzk: 2_500, priceHistory: kept },
        AT,
      ),
    ).toBe(kept);
    expect(
      nextPriceHistory(rentalDraft(1, { rentCzk: 12_000, feesCzk: 2_500 }), { rentCzk: 12_000, feesCzk: 2_500 }, AT),
    ).toBeUndefined();
  });

  it(`keeps only the newest ${PRICE_HISTORY_LIMIT} changes`, () => {
    const old: PriceChange[] = Array.from({ length: PRICE_HISTORY_LIMIT }, (_, i) => ({
      at: `2026-10-${String(i + 1).padStart(2, '0')}T00:00:00.000Z`,
      rentCzk: 10_000 + i,
      previousRentCzk: 9_999 + i,
    }));

    const history = nextPriceHistory(
      rentalDraft(1, { rentCzk: 11_000 }),
      { rentCzk: 10_019, feesCzk: 2_500, priceHistory: old },
      AT,
    )!;

    expect(history).toHaveLength(PRICE_HISTORY_LIMIT);
    expect(history[0]!.at).toBe(old[1]!.at);
    expect(history.at(-1)!.at).toBe(AT);
  });

  it('keeps no price history for a job', () => {
    expect(nextPriceHistory(jobDraft(1), { rentCzk: 10_000 }, AT)).toBeUndefined();
  });
});

describe('priceDrops and standingReduction', () => {
  const drop: PriceChange = {
    at: '2026-11-01T00:00:00.000Z',
    rentCzk: 12_000,
    feesCzk: 2_000,
    previousRentCzk: 13_000,
    previousFeesCzk: 2_500,
  };
  const rise: PriceChange = {
    at: '2026-11-20T00:00:00.000Z',
    rentCzk: 12_500,
    feesCzk: 2_000,
    previousRentCzk: 12_000,
    previousFeesCzk: 2_000,
  };
  const feesUnknown: PriceChange = {
    at: '2026-11-25T00:00:00.000Z',
    rentCzk: 12_500,
    previousRentCzk: 12_500,
    previousFeesCzk: 2_000,
  };

  it('measures a drop on rent plus fees', () => {
    expect(priceDrops([drop, rise])).toEqual([{ at: drop.at, byCzk: 1_500, fromCzk: 15_500, toCzk: 14_000 }]);
    expect(standingReduction([drop])).toEqual({ at: drop.at, byCzk: 1_500, fromCzk: 15_500, toCzk: 14_000 });
  });

  it('drops a reduction that a later rise undid', () => {
    expect(standingReduction([drop, rise])).toBeUndefined();
  });

  it('does not read fees becoming unknown as a reduction', () => {
    expect(priceDrops([feesUnknown])).toEqual([]);
    expect(standingReduction([drop, feesUnknown])).toBeUndefined();
  });

  it('drops a reduction once the rent became unknown, and when it comes back higher', () => {
    const rentUnknown: PriceChange = {
      at: '2026-11-21T00:00:00.000Z',
      feesCzk: 2_000,
      previousRentCzk: 12_000,
      previousFeesCzk: 2_000,
    };
    const rentBackHigher: PriceChange = {
      at: '2026-11-22T00:00:00.000Z',
      rentCzk: 20_000,
      feesCzk: 2_000,
      previousFeesCzk: 2_000,
    };

    expect(standingReduction([drop, rentUnknown])).toBeUndefined();
    expect(standingReduction([drop, rentUnknown, rentBackHigher])).toBeUndefined();
  });
});
