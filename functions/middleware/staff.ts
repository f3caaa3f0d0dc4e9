import { log } from '../../shared/log';
import { requireStaffToken } from '../../shared/partner/staff-access';
import { ForbiddenError } from '../../shared/errors';
import { now } from '../deps';
import { countStaffTokenRefused } from '../metrics';
import { expectedStaffToken, originVerifySecret } from '../secrets';
import { partnerStore } from '../partner-deps';
import { clientIp } from './client-ip';
import type { HttpEvent } from './http-stack';

/** Moderation answers only the centre's staff: the X-Staff-Token header (wrong ones counted, logged and slowed: requireStaffToken). */
export async function requireStaff(event: HttpEvent): Promise<void> {
  const [expected, originSecret] = await Promise.all([expectedStaffToken(), originVerifySecret()]);
  const address = clientIp(event, originSecret);
  try {
    await requireStaffToken({
      given: event.headers?.['x-staff-token'],
      expected,
      address,
      store: partnerStore(),
      now: now(),
      log,
    });
  } catch (error) {
    // A wrong or missing token (not an address already locked out): the StaffTokenRefused alarm counts these.
    if (error instanceof ForbiddenError) countStaffTokenRefused();
    throw error;
  }
}
