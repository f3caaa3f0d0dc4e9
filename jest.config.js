// Node 22 runs the tests, as in Lambda; on an older local Node the SDK's version warning is noise here.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  // The reliability suite runs on its own (npm run test:reliability): long, and it prints its figures.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/reliability/'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', {}] },
  // middy is ESM-only ("exports" has only an "import" condition): point jest at the file and let swc
  // turn it into CommonJS like our own sources.
  moduleNameMapper: {
    '^@middy/([^/]+)$': '<rootDir>/node_modules/@middy/$1/index.js',
    '^@seriousme/openapi-schema-validator$': '<rootDir>/node_modules/@seriousme/openapi-schema-validator/index.js',
    '^eld/(small|extrasmall|medium|large)$': '<rootDir>/node_modules/eld/src/entries/static.$1.js',
  },
  transformIgnorePatterns: ['/node_modules/(?!(@middy|@seriousme|eld|devalue)/)'],
  setupFiles: ['<rootDir>/test/support/jest-env.js'],
  // TEST_CLOCK_SHIFT_DAYS=N runs every test with the system clock N days ahead (see shift-clock.js).
  setupFilesAfterEnv: ['<rootDir>/test/support/shift-clock.js'],
  // Everything tests write by default goes to one temporary folder per run (test-data-root.ts).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  // Measured (issue 13): at the end a worker has no open handle but jest's IPC pipe and stdio, and emits
  // 'exit' within 50 ms of jest's end message; tearing down its 200-860 MB heap then takes the process
  // 0.6-1 s of CPU on a busy 2-core machine (a bare node with a 3-million-object heap: about 1 s; jest's
  // own haste-map workers took 3.5 s at load 15), past jest's 500 ms, after which it kills the worker and
  // warns of a leak that is not there. Exiting through process.exit in beforeExit did not shorten it.
  workerGracefulExitTimeout: 10_000,
};
