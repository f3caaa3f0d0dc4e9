import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFolderInUseError, lockDataFolder } from '../../../infra/local/data-dir-lock';

describe('lockDataFolder', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'data-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second holder while a live process holds the folder, naming that process', async () => {
    // A real other process, alive for the length of the test.
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 60000)'], { stdio: 'ignore' });
    try {
      const release = await lockDataFolder(dir, other.pid!);

      const second = lockDataFolder(dir);

      await expect(second).rejects.toThrow(DataFolderInUseError);
      await expect(second).rejects.toThrow(`the data folder ${dir} is in use (by process ${other.pid})`);
      await release();
    } finally {
      other.kill();
    }
  });

  it('refuses a second holder in the same process (two services started by one program)', async () => {
    const release = await lockDataFolder(dir);

    await expect(lockDataFolder(dir)).rejects.toThrow(`in use (by process ${process.pid})`);
    await release();
  });

  it('is free again once released', async () => {
    const release = await lockDataFolder(dir);
    await release();

    const again = await lockDataFolder(dir);

    expect(readFileSync(join(dir, 'in-use.pid'), 'utf8').trim()).toBe(String(process.pid));
    await again();
    expect(existsSync(join(dir, 'in-use.pid'))).toBe(false);
  });

  it('takes over a lock left by a process that is gone (a crash)', async () => {
    const gone = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
    await new Promise((resolve) => gone.once('exit', resolve));
    writeFileSync(join(dir, 'in-use.pid'), `${gone.pid}\n`);

    const release = await lockDataFolder(dir);

    expect(readFileSync(join(dir, 'in-use.pid'), 'utf8').trim()).toBe(String(process.pid));
    await release();
  });

  it('leaves a lock another process took over in place on release', async () => {
    const release = await lockDataFolder(dir);
    writeFileSync(join(dir, 'in-use.pid'), '1\n');

    await release();

    expect(readFileSync(join(dir, 'in-use.pid'), 'utf8').trim()).toBe('1');
  });
});
