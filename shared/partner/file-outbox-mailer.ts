import { randomUUID } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Email, Mailer } from './mailer';

/** Writes each e-mail as a JSON file in a folder, for people and tests to read (no mail leaves). */
export class FileOutboxMailer implements Mailer {
  /** Orders e-mails sent within one millisecond (or on a clock that stands still) as they were sent. */
  private sent = 0;

  constructor(private readonly dir: string) {}

  async send(email: Email): Promise<void> {
    await mkdir(this.dir, { recursive: true });
    const sequence = String(this.sent++).padStart(6, '0');
    await writeFile(join(this.dir, `${new Date().toISOString().replace(/[:.]/g, '-')}-${sequence}-${randomUUID()}.json`), JSON.stringify(email, null, 2));
  }

  async read(): Promise<Email[]> {
    const files = (await readdir(this.dir).catch(() => [])).filter((f) => f.endsWith('.json')).sort();
    return Promise.all(files.map(async (f) => JSON.parse(await readFile(join(this.dir, f), 'utf8')) as Email));
  }
}
