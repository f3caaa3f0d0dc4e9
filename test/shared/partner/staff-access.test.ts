import { ForbiddenError, RateLimitedError } from '../../../shared/errors';
import type { Log } from '../../../shared/log';
import { MemoryPartnerStore } from '../../../shared/partner/memory-partner-store';
import { requireStaffToken, STAFF_TOKEN_REFUSED } from '../../../shared/partner/staff-access';

const T0 = new Date('2026-11-24T10:00:00Z');
const EXPECTED = 'the-real-staff-token-0123456789';

function setup() {
  const store = new MemoryPartnerStore();
  const lines: string[] = [];
  const log: Log = { info: () => undefined, warn: (message) => void lines.push(message), error: () => undefined };
  const check = (given: string | undefined, address = '203.0.113.7', now = T0) =>
    requireStaffToken({ given, expected: EXPECTED, address, store, now, log });
  return { lines, check };
}

describe('requireStaffToken', () => {
  it('lets the right token in, and logs one line per wrong one (the metric the alarm reads)', async () => {
    const { lines, check } = setup();

    await check(EXPECTED);
    await expect(check('wrong-token-000000000000')).rejects.toThrow(ForbiddenError);
    await expect(check(undefined)).rejects.toThrow(ForbiddenError);

    expect(lines).toEqual([STAFF_TOKEN_REFUSED, STAFF_TOKEN_REFUSED]);
  });

  it('locks an address out for the rest of the 15-minute window after ten wrong tokens, then lets it try again', async () => {
    const { check } = setup();
    for (let i = 0; i < 10; i++) await expect(check(`guess-${i}`)).rejects.toThrow(ForbiddenError);

    await expect(check(EXPECTED)).rejects.toThrow(RateLimitedError);
    await expect(check(EXPECTED, '198.51.100.1')).resolves.toBeUndefined();
    await expect(check(EXPECTED, '203.0.113.7', new Date(T0.getTime() + 15 * 60_000))).resolves.toBeUndefined();
  });
});
