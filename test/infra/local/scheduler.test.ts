import { LocalScheduler } from '../../../infra/local/scheduler';

describe('LocalScheduler', () => {
  it('never runs two runs of one job at once', async () => {
    let running = 0;
    let most = 0;
    let runs = 0;
    const scheduler = new LocalScheduler(
      [{ name: 'slow', intervalMs: 5, run: async () => {
        running++;
        runs++;
        most = Math.max(most, running);
        await new Promise((resolve) => setTimeout(resolve, 30));
        running--;
      } }],
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
    const scheduler = new LocalScheduler([{ name: 'broken', intervalMs: 1000, run: async () => Promise.reject(new Error('portal down')) }], (job) => errors.push(job));

    await scheduler.runAll();
    await scheduler.runAll();
    await scheduler.stop();

    expect(errors).toEqual(['broken', 'broken']);
  });
});
