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

    scheduler.start();
    await new Promise((resolve) => setTimeout(resolve, 120));
    await scheduler.stop();

    expect(runs).toBeGreaterThanOrEqual(2);
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
