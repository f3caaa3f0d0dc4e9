import { open, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';

/** Another process (its pid) holds the data folder: two dynalites on one LevelDB folder would fail mid-request. */
export class DataFolderInUseError extends Error {
  constructor(
    readonly folder: string,
    readonly pid: number,
  ) {
    super(
      `the data folder ${folder} is in use (by process ${pid}): stop that process first, or set DATA_DIR to another folder`,
    );
    this.name = 'DataFolderInUseError';
  }
}

const LOCK_FILE = 'in-use.pid';

/**
 * Takes the data folder for this process: writes `in-use.pid` (this pid) exclusively, and returns the
 * release that removes it. A lock whose process is gone (a crash, a kill -9) is taken over. Throws
 * DataFolderInUseError when a live process holds it. The folder must exist.
 *
 * Why not rely on LevelDB's own LOCK: dynalite opens its store lazily, so a second process starts
 * "fine" and fails at its first request with a stack trace.
 */
export async function lockDataFolder(folder: string, pid = process.pid): Promise<() => Promise<void>> {
  const path = join(folder, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const file = await open(path, 'wx');
      await file.writeFile(`${pid}\n`);
      await file.close();
      return async () => {
        // Only our own lock: never remove one another process took over.
        if ((await holder(path)) === pid) await unlink(path).catch(() => undefined);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const other = await holder(path);
    if (other !== undefined && isAlive(other)) throw new DataFolderInUseError(folder, other);
    // Stale (or unreadable, or half-written by a process that died): remove it and try once more.
    await unlink(path).catch(() => undefined);
  }
  const other = (await holder(path)) ?? 0;
  throw new DataFolderInUseError(folder, other);
}

async function holder(path: string): Promise<number | undefined> {
  try {
    const pid = Number((await readFile(path, 'utf8')).trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
