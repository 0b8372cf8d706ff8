/** API tests: unit specs next to the code, end-to-end specs in test/api against a real PostgreSQL. */
export default {
  rootDir: '..',
  displayName: 'api',
  roots: ['<rootDir>/api/src', '<rootDir>/libs', '<rootDir>/test/api'],
  testMatch: ['**/*.spec.ts', '**/*.e2e-spec.ts'],
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: '<rootDir>/api/tsconfig.spec.json' }],
  },
  globalSetup: '<rootDir>/test/api/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/api/support/global-teardown.mjs',
  maxWorkers: 2,
  // A worker that has grown past this is replaced between files: the suite's heap otherwise reaches
  // ~1.9 GB, whose collection pauses stall the hostile-input health probes for over a second.
  workerIdleMemoryLimit: '1GB',
  // Generous: argon2 and the embedded cluster are slow on a loaded 2-core machine; no test asserts time.
  testTimeout: 120000,
};
