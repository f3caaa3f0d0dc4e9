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
    jest.useFakeTimers({
      now: new Date('2026-11-30T09:00:00.000Z'),
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
    });

    try {
      for (const subject of ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])
        await mailer.send({ to: 'hr@example.org', subject, text: subject });
    } finally {
      jest.useRealTimers();
    }

    expect((await mailer.read()).map((e) => e.subject)).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads back in the order written 300 e-mails sent at once, on a clock that stands still', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const mailer = new FileOutboxMailer(dir);
    const subjects = Array.from({ length: 300 }, (_, i) => `Mail ${i}`);
    jest.useFakeTimers({
      now: new Date('2026-11-30T09:00:00.000Z'),
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
    });

    try {
      await Promise.all(subjects.map((subject) => mailer.send({ to: 'hr@example.org', subject, text: subject })));
    } finally {
      jest.useRealTimers();
    }

    expect((await mailer.read()).map((e) => e.subject)).toEqual(subjects);
    rmSync(dir, { recursive: true, force: true });
  });

  it('continues the order across a restart on the same folder, even with the clock set back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    await new FileOutboxMailer(dir).send({ to: 'hr@example.org', subject: 'Before', text: 'One' });
    jest.useFakeTimers({
      now: new Date('2001-01-01T00:00:00.000Z'),
      doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'],
    });

    try {
      const restarted = new FileOutboxMailer(dir);
      await restarted.send({ to: 'hr@example.org', subject: 'After', text: 'Two' });
      await restarted.send({ to: 'hr@example.org', subject: 'Later', text: 'Three' });
    } finally {
      jest.useRealTimers();
    }

    expect((await new FileOutboxMailer(dir).read()).map((e) => e.subject)).toEqual(['Before', 'After', 'Later']);
    rmSync(dir, { recursive: true, force: true });
  });

  it('never overwrites a mail another writer put in the folder under the same number', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-'));
    const first = new FileOutboxMailer(dir);
    const second = new FileOutboxMailer(dir);
    await first.send({ to: 'hr@example.org', subject: 'A', text: 'A' });
    await second.send({ to: 'hr@example.org', subject: 'B', text: 'B' });

    await first.send({ to: 'hr@example.org', subject: 'C', text: 'C' });

    expect((await first.read()).map((e) => e.subject)).toEqual(['A', 'B', 'C']);
    rmSync(dir, { recursive: true, force: true });
  });
});
