import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileOutboxMailer } from '../../../shared/partner/file-outbox-mailer';

describe('FileOutboxMailer', () => {
  it('writes each e-mail as a file that people and tests can read back, in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const mailer = new FileOutboxMailer(dir);

    await mailer.send({ to: 'hr@example.org', subject: 'First', text: 'One' });
    await mailer.send({ to: 'hr@example.org', subject: 'Second', text: 'Two' });

    expect((await mailer.read()).map((e) => e.subject)).toEqual(['First', 'Second']);
    rmSync(dir, { recursive: true, force: true });
  });
});
