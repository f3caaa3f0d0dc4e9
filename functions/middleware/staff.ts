import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { config } from '../../shared/config';
import { ForbiddenError } from '../../shared/errors';
import { staffTokenMatches } from '../../shared/partner/management-token';
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

/** Moderation answers only the centre's staff: the X-Staff-Token header, compared in constant time. */
export async function requireStaff(event: HttpEvent): Promise<void> {
  const expected = await expectedStaffToken().catch(() => undefined);
  if (!staffTokenMatches(event.headers?.['x-staff-token'], expected)) throw new ForbiddenError('a valid staff token is required');
}
