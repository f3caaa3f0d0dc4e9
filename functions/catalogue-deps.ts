import { S3Client } from '@aws-sdk/client-s3';
import { CataloguePublisher } from '../shared/catalogue/catalogue-publisher';
import { CatalogueReader } from '../shared/catalogue/catalogue-reader';
import { FolderSnapshotStore } from '../shared/catalogue/folder-snapshot-store';
import { S3SnapshotStore } from '../shared/catalogue/s3-snapshot-store';
import type { CatalogueSnapshotStore } from '../shared/catalogue/snapshot-store';
import { config } from '../shared/config';
import { log } from '../shared/log';
import type { ListingStore } from '../shared/store/listing-store';
import { now } from './clock';
import { traced } from './observability';

// Apart from deps.ts, so that GET /listings loads the S3 client only, and the other routes never do.
let snapshots: CatalogueSnapshotStore | undefined;
let reader: CatalogueReader | undefined;

/** Where the catalogue snapshots live: the bucket in the cloud, a folder locally (CATALOGUE_DIR). */
export function catalogueSnapshots(): CatalogueSnapshotStore {
  if (!snapshots) {
    const cfg = config();
    if (cfg.CATALOGUE_BUCKET) snapshots = new S3SnapshotStore(traced(new S3Client({})), cfg.CATALOGUE_BUCKET);
    else if (cfg.CATALOGUE_DIR) snapshots = new FolderSnapshotStore(cfg.CATALOGUE_DIR);
    else
      throw new Error('invalid configuration: CATALOGUE_BUCKET or CATALOGUE_DIR must name where the catalogue lives');
  }
  return snapshots;
}

/** The container's catalogues, kept across invocations. */
export function catalogueReader(): CatalogueReader {
  reader ??= new CatalogueReader({
    snapshots: catalogueSnapshots(),
    checkIntervalMs: config().CATALOGUE_CHECK_SECONDS * 1000,
    log,
  });
  return reader;
}

/** Publishes the catalogue from `store` after listings changed. */
export function cataloguePublisher(store: ListingStore): CataloguePublisher {
  return new CataloguePublisher({ store, snapshots: catalogueSnapshots(), now: () => now() });
}

/** Replaces where snapshots live (handler tests use memory); forgets the catalogues read so far. */
export function useCatalogueSnapshots(replacement: CatalogueSnapshotStore): void {
  snapshots = replacement;
  reader = undefined;
}
