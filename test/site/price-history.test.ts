import type { ListingCard } from '../../site/api-client';
import { priceChangeLine, reductionLine } from '../../site/price-history';

describe('priceChangeLine', () => {
  it.each([
    [
      {
        at: '2026-11-12T06:00:00.000Z',
        rentCzk: 12_000,
        feesCzk: 2_500,
        previousRentCzk: 13_500,
        previousFeesCzk: 2_500,
      },
      'Rent + fees reduced by 1,500 CZK/month on 12 November 2026 (16,000 CZK/month → 14,500 CZK/month)',
    ],
    [
      { at: '2026-11-20T06:00:00.000Z', rentCzk: 12_500, previousRentCzk: 12_000 },
      'Rent raised by 500 CZK/month on 20 November 2026 (12,000 CZK/month → 12,500 CZK/month)',
    ],
    [
      { at: '2026-11-20T06:00:00.000Z', rentCzk: 12_500, previousRentCzk: 12_500, previousFeesCzk: 2_000 },
      'Fees changed on 20 November 2026; the fees before or after are not stated',
    ],
    [
      { at: '2026-11-20T06:00:00.000Z', rentCzk: 12_500 },
      'Rent changed on 20 November 2026; the rent before or after is not stated',
    ],
  ])('says %j as "%s"', (change, line) => {
    expect(priceChangeLine(change)).toBe(line);
  });
});

describe('reductionLine', () => {
  it('says a standing reduction with its date, and nothing without one', () => {
    const card = {
      id: 'idnes:1',
      kind: 'rental',
      source: 'idnes',
      url: 'https://example.org/x',
      title: 'x',
      englishSignals: [],
      location: { municipality: 'Ostrava' },
      propertyType: 'flat',
      status: 'active',
      firstSeenAt: '2026-11-01T00:00:00.000Z',
    } as unknown as ListingCard;

    expect(
      reductionLine({
        ...card,
        priceReduction: { at: '2026-11-12T06:00:00.000Z', byCzk: 1_500, fromCzk: 16_000, toCzk: 14_500 },
      } as ListingCard),
    ).toBe('Reduced by 1,500 CZK/month on 12 November 2026');
    expect(reductionLine(card)).toBeUndefined();
  });
});
