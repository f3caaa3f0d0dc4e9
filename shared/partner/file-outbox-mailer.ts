import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Email, Mailer } from './mailer';

const NAME = /^(\d{12})-.*\.json$/;

/**
 * Writes each e-mail as a JSON file in a folder, for people and tests to read (no mail leaves). Files
 * are named `<sequence>-<sent at>.json`: the sequence (12 digits) is taken in the order send() is
 * called and continues after the highest one already in the folder, so reading the names back sorted
 * gives the order written whatever the clock did (same millisecond, a clock set back, a restart).
 */
export class FileOutboxMailer implements Mailer {
  /** The last sequence handed out; a chain, so that concurrent sends take theirs in call order. */
  private last?: Promise<number>;

  constructor(private readonly dir: string) {}

  async send(email: Email): Promise<void> {
    const body = JSON.stringify(email, null, 2);
    for (;;) {
      const sequence = await this.reserve();
      const name = `${String(sequence).padStart(12, '0')}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`;
      try {
        // 'wx': another writer on the same folder took this number; take the next free one instead.
        return await writeFile(join(this.dir, name), body, { flag: 'wx' });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
        this.last = this.highest();
      }
    }
  }

  async read(): Promise<Email[]> {
    const files = (await readdir(this.dir).catch(() => [])).filter((f) => NAME.test(f)).sort();
    return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(this.dir, f), 'utf8')) as Email));
  }

  private reserve(): Promise<number> {
    this.last = (this.last ?? this.highest()).then((n) => n + 1);
    return this.last;
  }

  private async highest(): Promise<number> {
    await mkdir(this.dir, { recursive: true });
    return Math.max(0, ...(await readdir(this.dir)).map((f) => Number(NAME.exec(f)?.[1] ?? 0)));
  }
}
