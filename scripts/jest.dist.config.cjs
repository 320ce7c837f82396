/**
 * The checks of the built package (`npm run test:dist`, after `npm run build` and `npm run build:schemas`):
 * the ESM build in headless Chromium, and the packed tarball (contents, publint, attw, tree-shaking).
 * They are kept out of the unit run (`jest`), which needs no build.
 * @type {import('jest').Config}
 */
const base = require('../jest.config.cjs')

module.exports = {
  ...base,
  rootDir: '..',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.dist-test.ts'],
  // One at a time: the browser and `npm pack` each want a core of a small shared machine.
  maxWorkers: 1,
  testTimeout: 120000,
}
