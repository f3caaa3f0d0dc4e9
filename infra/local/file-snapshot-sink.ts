import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SnapshotSink } from '../../shared/scrape/snapshot-sink';

/** Keeps pages that failed to parse as files: <dir>/<source>/<time>.body plus a .json note. */
export class FileSnapshotSink implements SnapshotSink {
  constructor(private readonly dir: string) {}

  async keep(snapshot: { source: string; url: string; body: string; reason: string; at: Date }): Promise<void> {
    const folder = join(this.dir, snapshot.source);
    await mkdir(folder, { recursive: true });
    const name = snapshot.at.toISOString().replace(/[:.]/g, '-');
    await writeFile(join(folder, `${name}.body`), snapshot.body);
    await writeFile(
      join(folder, `${name}.json`),
      JSON.stringify({ url: snapshot.url, reason: snapshot.reason, at: snapshot.at }, null, 2),
    );
  }
}
