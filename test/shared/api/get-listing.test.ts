import { getServedListing, isServed } from '../../../shared/api/get-listing';
import { NotFoundError } from '../../../shared/errors';
import type { Listing } from '../../../shared/listing/schema';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { jobDraft, rentalDraft } from '../../support/listing-drafts';

const NOW = new Date('2026-11-24T10:00:00Z');
const stored = (overrides: Partial<Listing>): Listing =>
  ({
    ...jobDraft(1),
    status: 'active',
    firstSeenAt: NOW.toISOString(),
    lastSeenAt: NOW.toISOString(),
    contentHash: 'a'.repeat(64),
    ...overrides,
  }) as Listing;
const partner = (overrides: Partial<Listing>) =>
  stored({ id: 'partner:abc', source: 'partner', validThrough: '2026-12-31T23:59:59.000Z', ...overrides });

describe('isServed', () => {
  it.each<[string, Listing, boolean]>([
    ['an active scraped listing', stored({}), true],
    ['an expired scraped listing (its link keeps working)', stored({ status: 'expired' }), true],
    ['an approved partner posting', partner({}), true],
    ['a partner posting closed by its owner', partner({ status: 'expired' }), false],
    ['a partner posting refused or taken down', partner({ status: 'rejected' }), false],
    ['a partner posting awaiting moderation', partner({ status: 'pending' }), false],
    ['a partner posting whose contact is not confirmed', partner({ status: 'unconfirmed' }), false],
    ['an approved partner posting past its validThrough', partner({ validThrough: '2026-11-23T23:59:59.000Z' }), false],
  ])('decides %s: %s', (_name, listing, served) => {
    expect(isServed(listing, NOW)).toBe(served);
  });
});

describe('getServedListing', () => {
  it("derives a rental's move-in cost from its fields, flagging a deposit above three rents", async () => {
    const store = new MemoryListingStore();
    await store.upsertChanged([rentalDraft(1, { rentCzk: 10_000, feesCzk: 2_000, depositCzk: 40_000 })], NOW);

    const listing = await getServedListing(store, 'sreality:1001', NOW);

    expect(listing).toMatchObject({
      moveIn: { knownTotalCzk: 52_000, unknown: ['commission'], complete: false, depositOverCap: true },
    });
  });

  it('answers NotFoundError for a partner posting that its owner closed before approval', async () => {
    const store = new MemoryListingStore();
    await store.upsertChanged(
      [jobDraft(1, { id: 'partner:closed', source: 'partner', validThrough: '2026-12-31T23:59:59.000Z' })],
      NOW,
    );
    await store.expire(['partner:closed'], NOW);

    await expect(getServedListing(store, 'partner:closed', NOW)).rejects.toThrow(NotFoundError);
  });
});
