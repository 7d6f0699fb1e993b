const { jestConfig } = require('../packages/config/jest.base.cjs');

// Pure view logic of the remotes and the frontend kit (what the browser tests do not reach cheaply).
module.exports = jestConfig(__dirname, {
  displayName: 'frontends',
  roots: ['<rootDir>', '<rootDir>/../packages/frontend-kit'],
  testMatch: ['**/src/**/*.test.ts'],
});
