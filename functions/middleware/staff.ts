import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { config } from '../../shared/config';
import { log } from '../../shared/log';
import { requireStaffToken } from '../../shared/partner/staff-access';
import { ForbiddenError } from '../../shared/errors';
import { now } from '../deps';
import { countStaffTokenRefused } from '../observability';
import { partnerStore } from '../partner-deps';
import { clientIp } from './client-ip';
import type { HttpEvent } from './http-stack';

let secret: Promise<string | undefined> | undefined;

/** The staff token: STAFF_TOKEN locally; in the cloud, the Secrets Manager secret, read once per container. */
function expectedStaffToken(): Promise<string | undefined> {
  const cfg = config();
  if (cfg.STAFF_TOKEN || !cfg.STAFF_TOKEN_SECRET_ARN) return Promise.resolve(cfg.STAFF_TOKEN);
  secret ??= new SecretsManagerClient({})
    .send(new GetSecretValueCommand({ SecretId: cfg.STAFF_TOKEN_SECRET_ARN }))
    .then((result) => result.SecretString)
    .catch((error: unknown) => {
      secret = undefined; // try again on the next request; meanwhile nobody is let in
      throw error;
    });
  return secret;
}

/** Moderation answers only the centre's staff: the X-Staff-Token header (wrong ones counted, logged and slowed: requireStaffToken). */
export async function requireStaff(event: HttpEvent): Promise<void> {
  const expected = await expectedStaffToken().catch(() => undefined);
  const address = clientIp(event, config().ORIGIN_VERIFY_SECRET);
  try {
    await requireStaffToken({ given: event.headers?.['x-staff-token'], expected, address, store: partnerStore(), now: now(), log });
  } catch (error) {
    // A wrong or missing token (not an address already locked out): the StaffTokenRefused alarm counts these.
    if (error instanceof ForbiddenError) countStaffTokenRefused();
    throw error;
  }
}
