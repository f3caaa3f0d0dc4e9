import { createHash } from 'node:crypto';
import { CatalogueConflictError } from '../errors';
import type { ListingKind } from '../listing/schema';
import type { CatalogueSnapshotStore, SnapshotRead } from './snapshot-store';

/** Snapshots held in memory: the same contract as the S3 and folder stores, for tests. */
export class MemorySnapshotStore implements CatalogueSnapshotStore {
  private readonly objects = new Map<ListingKind, { etag: string; body: Buffer }>();

  async read(kind: ListingKind, ifNoneMatch?: string): Promise<SnapshotRead> {
    const object = this.objects.get(kind);
    if (!object) return { status: 'missing' };
    if (object.etag === ifNoneMatch) return { status: 'not-modified' };
    return { status: 'found', etag: object.etag, body: object.body };
  }

  async etag(kind: ListingKind): Promise<string | undefined> {
    return this.objects.get(kind)?.etag;
  }

  async write(kind: ListingKind, body: Buffer, expected: string | undefined): Promise<string> {
    if (this.objects.get(kind)?.etag !== expected)
      throw new CatalogueConflictError(`the ${kind} catalogue changed meanwhile`);
    return this.put(kind, body);
  }

  /** Replaces a snapshot unconditionally (tests use it to plant a broken one). */
  put(kind: ListingKind, body: Buffer): string {
    const etag = `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
    this.objects.set(kind, { etag, body });
    return etag;
  }
}
