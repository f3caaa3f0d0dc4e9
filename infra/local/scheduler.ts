export interface ScheduledJob {
  name: string;
  intervalMs: number;
  run: () => Promise<unknown>;
}

/** When a job runs next, as the scheduler's clock reads it. */
export interface NextRun {
  name: string;
  at: Date;
  intervalMs: number;
}

/**
 * The local stand-in for EventBridge Scheduler: runs each job every interval, never two runs of one
 * job at once (a run still going when the next is due makes that tick skip), and stops cleanly.
 * `now` is the clock next runs are told by (the system clock when absent; tests pin it).
 */
export class LocalScheduler {
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Map<string, Promise<void>>();
  private readonly nextAt = new Map<string, number>();

  constructor(
    private readonly jobs: readonly ScheduledJob[],
    private readonly onError: (job: string, error: unknown) => void,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /**
   * Starts each job's interval; with `runNow`, also runs every job at once (without waiting for
   * them: a failure goes to onError like any run's), so that a fresh start does not wait a whole
   * interval for data.
   */
  start(options: { runNow?: boolean } = {}): void {
    const started = this.now().getTime();
    for (const job of this.jobs) {
      this.nextAt.set(job.name, started + job.intervalMs);
      const timer = setInterval(() => {
        this.nextAt.set(job.name, this.now().getTime() + job.intervalMs);
        void this.runOnce(job);
      }, job.intervalMs);
      timer.unref();
      this.timers.push(timer);
      if (options.runNow) void this.runOnce(job);
    }
  }

  /** Each started job's next scheduled run (a run at start is not one: it is under way). */
  nextRuns(): NextRun[] {
    return this.jobs.flatMap((job) => {
      const at = this.nextAt.get(job.name);
      return at === undefined ? [] : [{ name: job.name, at: new Date(at), intervalMs: job.intervalMs }];
    });
  }

  /** Runs every job now (the --replay start-up), waiting for all of them. */
  async runAll(): Promise<void> {
    await Promise.all(this.jobs.map((job) => this.runOnce(job)));
  }

  /** Stops the timers and waits for runs in progress. */
  async stop(): Promise<void> {
    this.timers.forEach(clearInterval);
    this.nextAt.clear();
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

/**
 * An instant as this machine's local time and as UTC, for a person reading the console:
 * "2026-11-30 22:31 Europe/Prague (21:31 UTC)"; the date is repeated when UTC's day differs, and a
 * machine on UTC gets UTC once. `timeZone` is an IANA name; this process's own when absent.
 */
export function localAndUtc(at: Date, timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone): string {
  const local = dateTime(at, timeZone);
  const utc = dateTime(at, 'UTC');
  if (['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT'].includes(timeZone)) return `${utc.date} ${utc.time} UTC`;
  return `${local.date} ${local.time} ${timeZone} (${utc.date === local.date ? '' : `${utc.date} `}${utc.time} UTC)`;
}

function dateTime(at: Date, timeZone: string): { date: string; time: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((part) => [part.type, part.value]),
  );
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}
