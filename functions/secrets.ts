import { SecretsProvider } from '@aws-lambda-powertools/parameters/secrets';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { config } from '../shared/config';
import { log } from '../shared/log';
import { traced } from './observability';

/**
 * Seconds a container keeps a secret before reading it again: a rotated value (put-secret-value)
 * reaches every container within five minutes, at one GetSecretValue per secret and container per
 * five minutes at most.
 */
export const SECRET_MAX_AGE_SECONDS = 300;

let provider: SecretsProvider | undefined;

/** Powertools' secrets provider (cache per container, a failed read never cached), created when first needed. */
function secrets(): SecretsProvider {
  provider ??= new SecretsProvider({ awsSdkV3Client: traced(new SecretsManagerClient({})) });
  return provider;
}

/** A secret's string value, or undefined (logged) when it cannot be read now: callers then let nobody in. */
async function secretString(arn: string, name: string): Promise<string | undefined> {
  try {
    const value = await secrets().get(arn, { maxAge: SECRET_MAX_AGE_SECONDS });
    return typeof value === 'string' ? value : undefined;
  } catch (error) {
    log.error('secret not readable', { secret: name, error });
    return undefined;
  }
}

/** The staff token: STAFF_TOKEN locally; in the cloud, the secret STAFF_TOKEN_SECRET_ARN names. Undefined: nobody is staff. */
export async function expectedStaffToken(): Promise<string | undefined> {
  const cfg = config();
  if (cfg.STAFF_TOKEN || !cfg.STAFF_TOKEN_SECRET_ARN) return cfg.STAFF_TOKEN;
  return secretString(cfg.STAFF_TOKEN_SECRET_ARN, 'staff token');
}

/**
 * The secret CloudFront sends the API with each viewer's address: ORIGIN_VERIFY_SECRET locally; in the
 * cloud, the secret ORIGIN_VERIFY_SECRET_ARN names. Undefined: no viewer-address header is believed.
 */
export async function originVerifySecret(): Promise<string | undefined> {
  const cfg = config();
  if (cfg.ORIGIN_VERIFY_SECRET || !cfg.ORIGIN_VERIFY_SECRET_ARN) return cfg.ORIGIN_VERIFY_SECRET;
  return secretString(cfg.ORIGIN_VERIFY_SECRET_ARN, 'origin verify');
}
