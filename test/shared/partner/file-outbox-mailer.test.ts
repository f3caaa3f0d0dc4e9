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

  it('keeps the order of e-mails sent within the same millisecond', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const mailer = new FileOutboxMailer(dir);
    jest.useFakeTimers({ now: new Date('2026-11-30T09:00:00.000Z'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });

    try {
      for (const subject of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']) await mailer.send({ to: 'hr@example.org', subject, text: subject });
    } finally {
      jest.useRealTimers();
    }

    expect((await mailer.read()).map((e) => e.subject)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    rmSync(dir, { recursive: true, force: true });
  });
});
