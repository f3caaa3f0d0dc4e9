// The environment a handler module reads at import (cold start), for tests that import handlers.
process.env.TABLE_NAME ??= 'listings-test';
process.env.AWS_REGION ??= 'eu-central-1';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.STAFF_TOKEN ??= 'test-staff-token-0123456789';
