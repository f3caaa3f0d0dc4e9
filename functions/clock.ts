/** The clock handlers read; tests may pin it. Apart from deps.ts, so that reading it loads no SDK client. */
export let now = () => new Date();
export function useClock(clock: () => Date): void {
  now = clock;
}
