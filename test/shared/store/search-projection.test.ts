import { SearchProjection } from '../../../shared/store/search-projection';
import { toStoredItem } from '../../../shared/store/stored-item';
import { contentHash } from '../../../shared/listing/content-hash';
import type { Listing } from '../../../shared/listing/schema';
import { rentalDraft } from '../../support/listing-drafts';

const stored = (n: number) => {
  const draft = rentalDraft(n);
  return toStoredItem({ ...draft, status: 'active', firstSeenAt: '2026-11-01T00:00:00.000Z', lastSeenAt: '2026-11-01T00:00:00.000Z', contentHash: contentHash(draft) } as Listing);
};

function harness() {
  let clock = 0;
  let version = 1;
  const loads: number[] = [];
  const versionReads: number[] = [];
  const projection = new SearchProjection({
    load: async () => {
      loads.push(version);
      return { items: [stored(1), stored(2)], itemsRead: 2 };
    },
    readVersion: async () => {
      versionReads.push(clock);
      return version;
    },
    versionCheckIntervalMs: 1000,
    now: () => clock,
  });
  return { projection, loads, versionReads, tick: (ms: number) => (clock += ms), bump: () => version++ };
}

describe('SearchProjection', () => {
  it('shares one version read among the requests that find it stale together', async () => {
    const { projection, versionReads, tick } = harness();
    await projection.indexFor('rental');
    tick(1000);

    const burst = await Promise.all(Array.from({ length: 200 }, () => projection.indexFor('rental')));

    expect(versionReads).toEqual([0, 1000]);
    expect(burst.reduce((sum, answer) => sum + answer.itemsRead, 0)).toBe(1);
  });

  it('loads a kind once and answers later requests from memory', async () => {
    const { projection, loads } = harness();

    const first = await projection.indexFor('rental');
    const second = await projection.indexFor('rental');

    expect(first.itemsRead).toBe(3); // the version, then two listings
    expect(second.itemsRead).toBe(0);
    expect(loads).toHaveLength(1);
    expect(second.index.size).toBe(2);
  });

  it('re-reads the version only after the check interval, and reloads when it moved', async () => {
    const h = harness();
    await h.projection.indexFor('rental');
    h.bump();

    h.tick(999);
    await h.projection.indexFor('rental');
    h.tick(1);
    const after = await h.projection.indexFor('rental');

    expect(h.versionReads).toEqual([0, 1000]);
    expect(h.loads).toEqual([1, 2]);
    expect(after.itemsRead).toBe(3);
  });

  it('sees the next version at once after invalidate (this process wrote)', async () => {
    const h = harness();
    await h.projection.indexFor('rental');
    h.bump();

    h.projection.invalidate();
    await h.projection.indexFor('rental');

    expect(h.loads).toEqual([1, 2]);
  });

  it('shares one load between concurrent requests', async () => {
    const h = harness();

    await Promise.all([h.projection.indexFor('rental'), h.projection.indexFor('rental'), h.projection.indexFor('rental')]);

    expect(h.loads).toHaveLength(1);
  });
});
