import type { Listing, ListingCard } from '../../site/api-client';
import { warningLine, warningsOf } from '../../site/warnings';

describe('warningLine and warningsOf', () => {
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
  const median = { sign: 'rent-far-below-median' as const, reason: 'Rent 6,000 CZK/month is 55 % below the median' };
  const noPhotos = { sign: 'no-photos' as const, reason: 'The listing has no photos' };

  it('names each sign in words on the card, never a score', () => {
    expect(warningLine({ ...card, warnings: [median, noPhotos] } as ListingCard)).toBe(
      "Warning signs: rent far below the district's median; no photos",
    );
    expect(warningLine(card)).toBeUndefined();
  });

  it("joins the card's catalogue warnings to the detail's own, once each", () => {
    const detail = { ...card, warnings: [noPhotos] } as unknown as Listing;

    expect(warningsOf(detail, { ...card, warnings: [median, noPhotos] } as ListingCard)).toEqual([noPhotos, median]);
    expect(warningsOf(detail, { ...card, id: 'idnes:2', warnings: [median] } as ListingCard)).toEqual([noPhotos]);
  });
});
