import { GetObjectCommand, HeadObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { CatalogueConflictError, StoreUnavailableError } from '../errors';
import type { ListingKind } from '../listing/schema';
import { snapshotName, type CatalogueSnapshotStore, type SnapshotRead } from './snapshot-store';

/**
 * Snapshots in an S3 bucket: a reader's check is one conditional GET (If-None-Match, a 304 when
 * nothing changed) instead of reading every listing from DynamoDB; a writer's PutObject carries
 * If-Match (or If-None-Match: * for the first one), which S3 has honoured since 2024, so a publish
 * that raced another one fails with 412 instead of overwriting it.
 */
export class S3SnapshotStore implements CatalogueSnapshotStore {
  constructor(
    private readonly s3: S3Client,
    private readonly bucket: string,
  ) {}

  async read(kind: ListingKind, ifNoneMatch?: string): Promise<SnapshotRead> {
    try {
      const response = await this.s3.send(
        new GetObjectCommand({ Bucket: this.bucket, Key: snapshotName(kind), IfNoneMatch: ifNoneMatch }),
      );
      if (!response.Body || !response.ETag)
        throw new StoreUnavailableError('S3 answered a snapshot without a body or ETag');
      return { status: 'found', etag: response.ETag, body: response.Body as AsyncIterable<Uint8Array> };
    } catch (error) {
      if (statusOf(error) === 304) return { status: 'not-modified' };
      if (statusOf(error) === 404 || nameOf(error) === 'NoSuchKey') return { status: 'missing' };
      throw unavailable(error, 'read');
    }
  }

  async etag(kind: ListingKind): Promise<string | undefined> {
    try {
      return (await this.s3.send(new HeadObjectCommand({ Bucket: this.bucket, Key: snapshotName(kind) }))).ETag;
    } catch (error) {
      if (statusOf(error) === 404) return undefined;
      throw unavailable(error, 'read');
    }
  }

  async write(kind: ListingKind, body: Buffer, expected: string | undefined): Promise<string> {
    try {
      const response = await this.s3.send(
        new PutObjectCommand({
          Bucket: this.bucket,
          Key: snapshotName(kind),
          Body: body,
          // Gzipped JSON lines, stored as they are: no Content-Encoding, so that no client unzips them on the way.
          ContentType: 'application/gzip',
          ...(expected === undefined ? { IfNoneMatch: '*' } : { IfMatch: expected }),
        }),
      );
      if (!response.ETag) throw new StoreUnavailableError('S3 stored a snapshot without answering its ETag');
      return response.ETag;
    } catch (error) {
      // 412: the precondition failed; 409: another conditional write to the key was in flight.
      if (statusOf(error) === 412 || statusOf(error) === 409)
        throw new CatalogueConflictError(`the ${kind} catalogue changed meanwhile`, { cause: error });
      throw unavailable(error, 'written');
    }
  }
}

const statusOf = (error: unknown) =>
  (error as { $metadata?: { httpStatusCode?: number } } | undefined)?.$metadata?.httpStatusCode;
const nameOf = (error: unknown) => (error as { name?: string } | undefined)?.name;

function unavailable(error: unknown, what: 'read' | 'written'): Error {
  if (error instanceof StoreUnavailableError) return error;
  return new StoreUnavailableError(`the catalogue snapshot could not be ${what}`, { cause: error });
}
