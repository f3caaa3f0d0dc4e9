import { daysBefore, listingAge } from '../../site/listing-date';

const NOW = new Date('2026-11-30T09:00:00.000Z');

describe('listingAge', () => {
  it('says "posted" for a date the source gave', () => {
    expect(listingAge({ postedAt: '2026-11-20T08:00:00.000Z', firstSeenAt: '2026-11-29T10:00:00.000Z' }, NOW)).toBe(
      'posted 10 days ago',
    );
  });

  it('says "first seen", never "posted", when the source gave no date', () => {
    expect(listingAge({ firstSeenAt: '2026-11-30T06:00:00.000Z' }, NOW)).toBe('first seen today');
    expect(listingAge({ firstSeenAt: '2026-11-29T06:00:00.000Z' }, NOW)).toBe('first seen yesterday');
  });
});

describe('daysBefore', () => {
  it.each([
    ['2026-11-30T08:59:59.000Z', 0],
    ['2026-11-29T09:00:00.000Z', 1],
    ['2025-11-30T09:00:00.000Z', 365],
    ['2026-12-01T00:00:00.000Z', 0], // a date ahead of the viewer's clock reads as today, never negative
  ])('counts whole days from %s', (iso, days) => {
    expect(daysBefore(iso, NOW)).toBe(days);
  });
});
