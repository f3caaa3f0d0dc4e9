import { createHash, randomUUID } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CatalogueConflictError, StoreUnavailableError } from '../errors';
import type { ListingKind } from '../listing/schema';
import { snapshotName, type CatalogueSnapshotStore, type SnapshotRead } from './snapshot-store';

/**
 * Snapshots as files in a folder: what `npm start` and `npm run scrape` use in place of S3 (chosen by
 * CATALOGUE_DIR, as the outbox mailer is by MAILER, so that handlers stay unaware of where they run).
 * A write goes to a temporary file that is renamed over the old one, so a reader sees the old snapshot
 * or the new one, never half of one. The ETag check is atomic within this process only; locally one
 * process writes at a time (`npm start` and `npm run scrape` do not share a data folder at once).
 */
export class FolderSnapshotStore implements CatalogueSnapshotStore {
  private readonly writing = new Map<ListingKind, Promise<unknown>>();

  constructor(private readonly dir: string) {}

  async read(kind: ListingKind, ifNoneMatch?: string): Promise<SnapshotRead> {
    const body = await this.load(kind);
    if (!body) return { status: 'missing' };
    const etag = etagOf(body);
    return etag === ifNoneMatch ? { status: 'not-modified' } : { status: 'found', etag, body };
  }

  async etag(kind: ListingKind): Promise<string | undefined> {
    const body = await this.load(kind);
    return body && etagOf(body);
  }

  write(kind: ListingKind, body: Buffer, expected: string | undefined): Promise<string> {
    // One check-and-replace at a time per kind: two publishes in this process (sources of one kind
    // finishing together) must not both pass the check and the later rename drop the other's change.
    const turn = (this.writing.get(kind) ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => this.checkAndReplace(kind, body, expected));
    this.writing.set(kind, turn);
    return turn;
  }

  private async checkAndReplace(kind: ListingKind, body: Buffer, expected: string | undefined): Promise<string> {
    if ((await this.etag(kind)) !== expected)
      throw new CatalogueConflictError(`the ${kind} catalogue changed meanwhile`);
    const path = this.path(kind);
    const temporary = `${path}.${randomUUID()}.tmp`;
    try {
      await mkdir(dirname(path), { recursive: true });
      const file = await open(temporary, 'w');
      try {
        await file.writeFile(body);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw new StoreUnavailableError('the catalogue snapshot could not be written', { cause: error });
    }
    return etagOf(body);
  }

  private async load(kind: ListingKind): Promise<Buffer | undefined> {
    try {
      return await readFile(this.path(kind));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw new StoreUnavailableError('the catalogue snapshot could not be read', { cause: error });
    }
  }

  private path(kind: ListingKind): string {
    return join(this.dir, snapshotName(kind));
  }
}

const etagOf = (body: Buffer) => `"${createHash('sha256').update(body).digest('hex').slice(0, 32)}"`;
