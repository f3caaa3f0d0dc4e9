export interface ScheduledJob {
  name: string;
  intervalMs: number;
  run: () => Promise<unknown>;
}

/**
 * The local stand-in for EventBridge Scheduler: runs each job every interval, never two runs of one
 * job at once (a run still going when the next is due makes that tick skip), and stops cleanly.
 */
export class LocalScheduler {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Map<string, Promise<void>>();

  constructor(
    private readonly jobs: readonly ScheduledJob[],
    private readonly onError: (job: string, error: unknown) => void,
  ) {}

  start(): void {
    for (const job of this.jobs) {
      const timer = setInterval(() => void this.runOnce(job), job.intervalMs);
      timer.unref();
      this.timers.push(timer);
    }
  }

  /** Runs every job now (the --replay start-up), waiting for all of them. */
  async runAll(): Promise<void> {
    await Promise.all(this.jobs.map((job) => this.runOnce(job)));
  }

  /** Stops the timers and waits for runs in progress. */
  async stop(): Promise<void> {
    this.timers.forEach(clearInterval);
    await Promise.all(this.running.values());
  }

  private runOnce(job: ScheduledJob): Promise<void> {
    const inProgress = this.running.get(job.name);
    if (inProgress) return inProgress;
    const run = job
      .run()
      .then(() => undefined)
      .catch((error: unknown) => this.onError(job.name, error))
      .finally(() => this.running.delete(job.name));
    this.running.set(job.name, run);
    return run;
  }
}
