const { jestConfig } = require('../packages/config/jest.base.cjs');

// Pure view logic of the remotes and the frontend kit (what the browser tests do not reach cheaply).
module.exports = jestConfig(__dirname, {
  displayName: 'frontends',
  roots: ['<rootDir>', '<rootDir>/../packages/frontend-kit'],
  testMatch: ['**/src/**/*.test.ts'],
  // The UI kit is read from its sources (its package exports only the built ES module).
  moduleNameMapper: {
    '^@terugkeer/ui$': '<rootDir>/../packages/ui/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
});
