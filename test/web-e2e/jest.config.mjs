/** End-to-end tests of the built system: the production server and a real Chromium. */
export default {
  rootDir: '../..',
  displayName: 'e2e',
  roots: ['<rootDir>/test/web-e2e'],
  testMatch: ['**/*.e2e-spec.ts'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/api/tsconfig.spec.json' }],
  },
  globalSetup: '<rootDir>/test/web-e2e/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/web-e2e/support/global-teardown.mjs',
  maxWorkers: 1,
  testTimeout: 60000,
};
