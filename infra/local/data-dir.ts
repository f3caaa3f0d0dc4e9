import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where the local service keeps what it writes, all under one folder (`DATA_DIR`). */
export interface LocalDataPaths {
  root: string;
  /** dynalite's database: survives a restart. */
  dynamodb: string;
  /** Pages that failed to parse, kept for a look (see FileSnapshotSink). */
  snapshots: string;
  /** E-mails the local mailer "sends" (see FileOutboxMailer). */
  outbox: string;
  /** The catalogue snapshots (the S3 bucket's stand-in; see FolderSnapshotStore). */
  catalogue: string;
}

export const DEFAULT_DATA_DIR = join(__dirname, '../../.data');

export function localDataPaths(root: string): LocalDataPaths {
  return {
    root,
    dynamodb: join(root, 'dynamodb'),
    snapshots: join(root, 'snapshots'),
    outbox: join(root, 'outbox'),
    catalogue: join(root, 'catalogue'),
  };
}

/**
 * The data folder named by `DATA_DIR` (default `.data/` in the checkout). Until this version
 * `DATA_DIR` named the database folder itself (`.data/dynamodb`); such a folder is refused with the
 * fix, so that an old setting never starts an empty database beside the real one.
 */
export function dataDirFromEnv(env: NodeJS.ProcessEnv): string {
  const root = resolve(env.DATA_DIR || DEFAULT_DATA_DIR);
  // LevelDB (dynalite's disk store) keeps a CURRENT file at the top of its folder.
  if (existsSync(join(root, 'CURRENT')) && !existsSync(join(root, 'dynamodb'))) {
    throw new Error(
      `DATA_DIR=${root} is a database folder of an earlier version; DATA_DIR now names the folder that holds dynamodb/, snapshots/, outbox/ and catalogue/: move it to ${join(root, 'dynamodb')}, or set DATA_DIR to the folder that holds it as dynamodb/`,
    );
  }
  return root;
}
