import { LocalScheduler, localAndUtc } from '../../../infra/local/scheduler';

describe('LocalScheduler', () => {
  it('never runs two runs of one job at once', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const scheduler = new LocalScheduler(
      [
        {
          name: 'slow',
          intervalMs: 5,
          run: async () => {
            running++;
            runs++;
            most = Math.max(most, running);
            await new Promise((resolve) => setTimeout(resolve, 30));
            running--;
          },
        },
      ],
      () => undefined,
    );

    // On jest's clock: 120 ms of ticks every 5 ms, whatever else the machine is doing.
    jest.useFakeTimers();
    try {
      scheduler.start();
      await jest.advanceTimersByTimeAsync(120);
      const stopped = scheduler.stop();
      await jest.advanceTimersByTimeAsync(30);
      await stopped;
    } finally {
      jest.useRealTimers();
    }

    expect(runs).toBeGreaterThanOrEqual(3);
    expect(most).toBe(1);
  });

  it('reports a failed run and keeps scheduling', async () => {
    const errors: string[] = [];
    const scheduler = new LocalScheduler(
      [{ name: 'broken', intervalMs: 1000, run: async () => Promise.reject(new Error('portal down')) }],
      (job) => errors.push(job),
    );

    await scheduler.runAll();
    await scheduler.runAll();
    await scheduler.stop();

    expect(errors).toEqual(['broken', 'broken']);
  });
});

describe('LocalScheduler at start', () => {
  const at = new Date('2026-11-30T15:00:00.000Z');
  const clock = () => at;

  it('runs every job once at start when told to, and says each next run is one interval after the start', async () => {
    const runs: string[] = [];
    const scheduler = new LocalScheduler(
      [
        { name: 'sreality', intervalMs: 6 * 3_600_000, run: async () => void runs.push('sreality') },
        { name: 'mpsv', intervalMs: 24 * 3_600_000, run: async () => void runs.push('mpsv') },
      ],
      () => undefined,
      clock,
    );

    scheduler.start({ runNow: true });
    const next = scheduler.nextRuns();
    await scheduler.stop();

    expect(runs.sort()).toEqual(['mpsv', 'sreality']);
    expect(next).toEqual([
      { name: 'sreality', at: new Date('2026-11-30T21:00:00.000Z'), intervalMs: 6 * 3_600_000 },
      { name: 'mpsv', at: new Date('2026-12-01T15:00:00.000Z'), intervalMs: 24 * 3_600_000 },
    ]);
  });

  it('runs nothing at start unless told to', async () => {
    const runs: string[] = [];
    const scheduler = new LocalScheduler(
      [{ name: 'sreality', intervalMs: 1000, run: async () => void runs.push('sreality') }],
      () => undefined,
      clock,
    );

    scheduler.start();
    await scheduler.stop();

    expect(runs).toEqual([]);
  });

  it('reports a failing first run to onError without throwing from start', async () => {
    const errors: string[] = [];
    const scheduler = new LocalScheduler(
      [{ name: 'idnes', intervalMs: 1000, run: async () => Promise.reject(new Error('getaddrinfo ENOTFOUND')) }],
      (job) => errors.push(job),
      clock,
    );

    expect(() => scheduler.start({ runNow: true })).not.toThrow();
    await scheduler.stop();

    expect(errors).toEqual(['idnes']);
  });
});

describe('localAndUtc', () => {
  it('gives local time with its zone and UTC, the UTC date only when it differs', () => {
    expect(localAndUtc(new Date('2026-11-30T21:31:00.000Z'), 'Europe/Prague')).toBe(
      '2026-11-30 22:31 Europe/Prague (21:31 UTC)',
    );
    expect(localAndUtc(new Date('2026-11-30T23:31:00.000Z'), 'Europe/Prague')).toBe(
      '2026-12-01 00:31 Europe/Prague (2026-11-30 23:31 UTC)',
    );
    expect(localAndUtc(new Date('2026-07-01T06:05:00.000Z'), 'Europe/Prague')).toBe(
      '2026-07-01 08:05 Europe/Prague (06:05 UTC)',
    );
  });

  it('says UTC once on a machine that runs on UTC', () => {
    expect(localAndUtc(new Date('2026-11-30T21:31:00.000Z'), 'UTC')).toBe('2026-11-30 21:31 UTC');
  });
});
