const { join } = require('node:path');
const { testDataRoot } = require('./test-data-root');

// The environment a handler module reads at import (cold start), for tests that import handlers.
process.env.TABLE_NAME ??= 'listings-test';
process.env.AWS_REGION ??= 'eu-central-1';
process.env.POWERTOOLS_LOG_LEVEL ??= 'SILENT';
process.env.STAFF_TOKEN ??= 'test-staff-token-0123456789';
// Defaults that would write into the checkout's .data/ point into the run's temporary folder instead,
// for this process and the `npm start` / `npm run scrape` children tests spawn.
process.env.DATA_DIR = join(testDataRoot(), 'data');
process.env.OUTBOX_DIR = join(testDataRoot(), 'outbox');
