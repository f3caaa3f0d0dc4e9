/**
 * Spaces requests to one host at least `intervalMs` apart, across concurrent callers: each caller
 * takes the next free slot, so a burst of calls is served one interval apart, in order.
 */
export class HostPacer {
  private readonly nextSlot = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  async wait(host: string): Promise<void> {
    const now = this.now();
    const slot = Math.max(now, this.nextSlot.get(host) ?? 0);
    this.nextSlot.set(host, slot + this.intervalMs);
    if (slot > now) await this.sleep(slot - now);
  }
}
