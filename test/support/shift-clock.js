/* global jest */
// TEST_CLOCK_SHIFT_DAYS=365 npx jest …: every test runs with the system date that many days ahead
// (Date only: it still advances with real time; timers, performance.now() and process.hrtime are
// untouched, so timeouts and durations behave). CI runs the suites again this way, to prove that no
// test depends on the day it runs (.ci/run). Child processes and the browser keep the real date;
// tests that need them to agree pin their clocks explicitly (test/support/replay-clock.ts). A test
// file that calls jest.useFakeTimers() itself replaces the shift with its own clock.
const days = process.env.TEST_CLOCK_SHIFT_DAYS;
if (days !== undefined && days !== '') {
  if (!/^-?\d+$/.test(days)) throw new Error(`TEST_CLOCK_SHIFT_DAYS must be a whole number of days, not "${days}"`);
  jest.useFakeTimers({
    now: Date.now() + Number(days) * 86_400_000,
    advanceTimers: true,
    doNotFake: [
      'hrtime',
      'nextTick',
      'performance',
      'queueMicrotask',
      'requestAnimationFrame',
      'cancelAnimationFrame',
      'requestIdleCallback',
      'cancelIdleCallback',
      'setImmediate',
      'clearImmediate',
      'setInterval',
      'clearInterval',
      'setTimeout',
      'clearTimeout',
    ],
  });
}
