import { mockClient } from 'aws-sdk-client-mock';

const STAFF_ARN = 'arn:aws:secretsmanager:eu-central-1:111111111111:secret:StaffToken-AbCdEf';
const ORIGIN_ARN = 'arn:aws:secretsmanager:eu-central-1:111111111111:secret:OriginVerify-GhIjKl';
type SecretsModule = typeof import('../../functions/secrets');
type Sdk = typeof import('@aws-sdk/client-secrets-manager');

const savedEnv = { ...process.env };
afterEach(() => {
  process.env = { ...savedEnv };
});

/**
 * functions/secrets.ts as a fresh container with `env` loads it (configuration is parsed once per
 * container), with its own Secrets Manager client mocked.
 */
function container(env: Record<string, string | undefined>) {
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  let secrets!: SecretsModule;
  let sdk!: Sdk;
  jest.isolateModules(() => {
    sdk = jest.requireActual('@aws-sdk/client-secrets-manager');
    secrets = jest.requireActual('../../functions/secrets');
  });
  const secretsManager = mockClient(sdk.SecretsManagerClient);
  const calls = () => secretsManager.commandCalls(sdk.GetSecretValueCommand).map((call) => call.args[0].input.SecretId);
  return { secrets, secretsManager, GetSecretValue: sdk.GetSecretValueCommand, calls };
}

describe('secrets read at run time (Powertools Parameters)', () => {
  it('reads each secret by its ARN once per container within the cache time, not from the environment', async () => {
    const { secrets, secretsManager, GetSecretValue, calls } = container({
      STAFF_TOKEN: undefined,
      ORIGIN_VERIFY_SECRET: undefined,
      STAFF_TOKEN_SECRET_ARN: STAFF_ARN,
      ORIGIN_VERIFY_SECRET_ARN: ORIGIN_ARN,
    });
    secretsManager
      .on(GetSecretValue, { SecretId: STAFF_ARN })
      .resolves({ SecretString: 'staff-token-from-secrets-manager' });
    secretsManager
      .on(GetSecretValue, { SecretId: ORIGIN_ARN })
      .resolves({ SecretString: 'origin-secret-from-secrets-manager' });

    expect(await secrets.expectedStaffToken()).toBe('staff-token-from-secrets-manager');
    expect(await secrets.expectedStaffToken()).toBe('staff-token-from-secrets-manager');
    expect(await secrets.originVerifySecret()).toBe('origin-secret-from-secrets-manager');
    expect(await secrets.originVerifySecret()).toBe('origin-secret-from-secrets-manager');
    expect(calls()).toEqual([STAFF_ARN, ORIGIN_ARN]);
  });

  it('lets nobody in while a secret cannot be read, and tries again on the next request', async () => {
    const { secrets, secretsManager, GetSecretValue, calls } = container({
      STAFF_TOKEN: undefined,
      STAFF_TOKEN_SECRET_ARN: STAFF_ARN,
    });
    secretsManager
      .on(GetSecretValue)
      .rejectsOnce(new Error('throttled'))
      .resolves({ SecretString: 'staff-token-from-secrets-manager' });

    expect(await secrets.expectedStaffToken()).toBeUndefined();
    expect(await secrets.expectedStaffToken()).toBe('staff-token-from-secrets-manager');
    expect(calls()).toEqual([STAFF_ARN, STAFF_ARN]);
  });

  it('uses the local values (STAFF_TOKEN, ORIGIN_VERIFY_SECRET) and calls nothing when no secret is named', async () => {
    const { secrets, calls } = container({
      STAFF_TOKEN: 'local-staff-token-0123456789',
      ORIGIN_VERIFY_SECRET: 'local-origin-secret-0123',
      STAFF_TOKEN_SECRET_ARN: undefined,
      ORIGIN_VERIFY_SECRET_ARN: undefined,
    });

    expect(await secrets.expectedStaffToken()).toBe('local-staff-token-0123456789');
    expect(await secrets.originVerifySecret()).toBe('local-origin-secret-0123');
    expect(calls()).toEqual([]);
  });
});
