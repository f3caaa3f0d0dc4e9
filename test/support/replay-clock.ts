/**
 * The day the replayed responses in test/fixtures/<source>/ stand for: what they date (postedAt,
 * validThrough) is read as of this instant. Tests run the local service (and the browser) on a clock
 * that starts here and runs at the real pace, so that what they assert holds on any day the suite
 * runs, and also with the system clock moved (TEST_CLOCK_SHIFT_DAYS, see test/support/shift-clock.js).
 */
export const REPLAY_RECORDED_AT = Date.parse('2026-11-30T09:00:00.000Z');

/** A clock from `start` (epoch ms) that advances with the monotonic clock, never with the system date. */
export function replayClock(start = REPLAY_RECORDED_AT): () => Date {
  const began = performance.now();
  return () => new Date(start + Math.round(performance.now() - began));
}
