import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_DATA_DIR, dataDirFromEnv, localDataPaths } from '../../../infra/local/data-dir';

describe('dataDirFromEnv', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'data-dir-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('keeps the database, kept pages, e-mails and catalogue under the one folder DATA_DIR names', () => {
    expect(localDataPaths(dataDirFromEnv({ DATA_DIR: dir }))).toEqual({
      root: dir,
      dynamodb: join(dir, 'dynamodb'),
      snapshots: join(dir, 'snapshots'),
      outbox: join(dir, 'outbox'),
      catalogue: join(dir, 'catalogue'),
    });
  });

  it('defaults to .data in the checkout', () => {
    expect(dataDirFromEnv({})).toBe(DEFAULT_DATA_DIR);
    expect(DEFAULT_DATA_DIR).toBe(join(__dirname, '../../../.data'));
  });

  it('refuses a database folder named as DATA_DIR (its earlier meaning), naming the fix', () => {
    writeFileSync(join(dir, 'CURRENT'), 'MANIFEST-000001\n');

    expect(() => dataDirFromEnv({ DATA_DIR: dir })).toThrow(
      `move it to ${join(dir, 'dynamodb')}, or set DATA_DIR to the folder that holds it as dynamodb/`,
    );
  });

  it('accepts a data folder that holds its database as dynamodb/', () => {
    mkdirSync(join(dir, 'dynamodb'));
    writeFileSync(join(dir, 'dynamodb', 'CURRENT'), 'MANIFEST-000001\n');

    expect(dataDirFromEnv({ DATA_DIR: dir })).toBe(dir);
  });
});
