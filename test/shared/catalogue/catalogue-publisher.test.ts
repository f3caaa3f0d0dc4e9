import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeCatalogue } from '../../../shared/catalogue/catalogue-codec';
import { CataloguePublisher } from '../../../shared/catalogue/catalogue-publisher';
import { FolderSnapshotStore } from '../../../shared/catalogue/folder-snapshot-store';
import { MemorySnapshotStore } from '../../../shared/catalogue/memory-snapshot-store';
import type { CatalogueSnapshotStore } from '../../../shared/catalogue/snapshot-store';
import { CatalogueConflictError } from '../../../shared/errors';
import type { Listing } from '../../../shared/listing/schema';
import { MemoryListingStore } from '../../../shared/store/memory-listing-store';
import { jobDraft } from '../../support/listing-drafts';

const T0 = new Date('2026-11-01T08:00:00.000Z');

async function publishedIds(snapshots: CatalogueSnapshotStore): Promise<string[]> {
  const read = await snapshots.read('job');
  if (read.status !== 'found') return [];
  return (await decodeCatalogue(read.body, 'job'))
    .all()
    .map((entry) => entry.id)
    .sort();
}

describe('CataloguePublisher', () => {
  it('publishes every active listing of the kind, and nothing expired or of the other kind', async () => {
    const store = new MemoryListingStore();
    await store.upsertChanged([jobDraft(1), jobDraft(2), jobDraft(3)], T0);
    await store.expire(['mpsv:5002'], T0);
    const snapshots = new MemorySnapshotStore();

    const result = await new CataloguePublisher({ store, snapshots }).publish('job');

    expect(result).toMatchObject({ kind: 'job', entries: 2 });
    expect(await publishedIds(snapshots)).toEqual(['mpsv:5001', 'mpsv:5003']);
  });

  it('builds again when another writer published between its read and its write', async () => {
    const store = new MemoryListingStore();
    await store.upsertChanged([jobDraft(1)], T0);
    const snapshots = new MemorySnapshotStore();
    const publisher = new CataloguePublisher({ store, snapshots });
    await publisher.publish('job');
    const write = snapshots.write.bind(snapshots);
    const writes: string[] = [];
    // Once, just before this publish writes: a posting is approved and its update is published.
    snapshots.write = async (kind, body, expected) => {
      if (writes.length === 0) {
        await store.upsertChanged([jobDraft(2)], T0);
        writes.push('other');
        await new CataloguePublisher({
          store,
          snapshots: { read: snapshots.read.bind(snapshots), etag: snapshots.etag.bind(snapshots), write },
        }).publish('job');
      }
      writes.push('this');
      return write(kind, body, expected);
    };

    await publisher.publish('job');

    expect(writes).toEqual(['other', 'this', 'this']);
    expect(await publishedIds(snapshots)).toEqual(['mpsv:5001', 'mpsv:5002']);
  });

  it('updates one listing in the published catalogue: in when active, out otherwise', async () => {
    const store = new MemoryListingStore();
    await store.upsertChanged([jobDraft(1), jobDraft(2)], T0);
    const snapshots = new MemorySnapshotStore();
    const publisher = new CataloguePublisher({ store, snapshots });
    await publisher.publish('job');
    const stored = (await store.getById('mpsv:5001'))!;
    const posting: Listing = { ...stored, id: 'partner:abc', source: 'partner', status: 'active' };

    await publisher.update([posting]);
    const approved = await publishedIds(snapshots);
    await publisher.update([
      { ...posting, status: 'rejected' },
      { ...stored, status: 'expired' },
    ]);
    const takenDown = await publishedIds(snapshots);

    expect(approved).toEqual(['mpsv:5001', 'mpsv:5002', 'partner:abc']);
    expect(takenDown).toEqual(['mpsv:5002']);
  });

  it('never lists a posting that is not active, even if the store hands it over', async () => {
    const stored = {
      ...jobDraft(1),
      status: 'pending',
      firstSeenAt: T0.toISOString(),
      lastSeenAt: T0.toISOString(),
      contentHash: 'a'.repeat(64),
    } as Listing;
    const store = {
      async *activeListings() {
        yield [stored];
      },
    };
    const snapshots = new MemorySnapshotStore();

    await new CataloguePublisher({ store, snapshots }).publish('job');

    expect(await publishedIds(snapshots)).toEqual([]);
  });
});

describe('FolderSnapshotStore', () => {
  it('replaces a snapshot whole through a renamed temporary file, refusing a stale ETag', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'catalogue-'));
    const snapshots = new FolderSnapshotStore(dir);
    try {
      const first = await snapshots.write('job', Buffer.from('one'), undefined);

      const stale = snapshots.write('job', Buffer.from('two'), undefined);
      await expect(stale).rejects.toThrow(CatalogueConflictError);
      const second = await snapshots.write('job', Buffer.from('three'), first);

      expect(await snapshots.read('job', second)).toEqual({ status: 'not-modified' });
      expect(await snapshots.read('job', first)).toMatchObject({
        status: 'found',
        etag: second,
        body: Buffer.from('three'),
      });
      expect(await snapshots.read('rental')).toEqual({ status: 'missing' });
      expect(await readdir(join(dir, 'catalogue'))).toEqual(['job.jsonl.gz']);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
