const base = require('./jest.config');

/** npm run test:reliability: load, faults and hostile input, one file at a time, then a table of figures. */
module.exports = {
  ...base,
  roots: ['<rootDir>/test/reliability'],
  testPathIgnorePatterns: ['/node_modules/'],
  testMatch: ['**/*.rel.test.ts'],
  globalSetup: '<rootDir>/test/reliability/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/reliability/support/global-teardown.ts',
  testTimeout: 300_000,
};
