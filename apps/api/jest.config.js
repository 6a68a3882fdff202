module.exports = {
  ...require('../../jest.preset.js'),
  displayName: 'api',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  globalSetup: '<rootDir>/src/testing/global-setup.ts',
  globalTeardown: '<rootDir>/src/testing/global-teardown.ts',
  // Integration specs boot the whole app on a real database; two workers fit two cores.
  maxWorkers: 2,
  testTimeout: 60000,
};
