/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Jest's default is one worker on two cores; the property tests are CPU-bound and run twice as fast on two.
  maxWorkers: 2,
  transform: {
    // Type checking is `npm run typecheck`; here we only transpile, which keeps the suite fast on small machines.
    '^.+\\.ts$': ['ts-jest', { tsconfig: { isolatedModules: true, module: 'commonjs', moduleResolution: 'node10', target: 'ES2020', esModuleInterop: true } }],
  },
}
