// The clock-ahead run (npm run test:clock-ahead) proves something only if the shift is in effect.
describe('TEST_CLOCK_SHIFT_DAYS (test/support/shift-clock.js)', () => {
  const shiftDays = Number(process.env.TEST_CLOCK_SHIFT_DAYS || 0);
  // The real time, from the monotonic clock the shift leaves alone.
  const realNow = () => performance.timeOrigin + performance.now();

  it('moves the system date by that many days, and lets it run on', async () => {
    const before = Date.now();
    await new Promise((resolve) => setTimeout(resolve, 120));

    expect(Math.abs(before - realNow() - shiftDays * 86_400_000)).toBeLessThan(60_000);
    expect(Date.now() - before).toBeGreaterThanOrEqual(60);
    expect(Math.abs(new Date().getTime() - Date.now())).toBeLessThan(1000);
  });
});
