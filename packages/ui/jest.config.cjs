const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

module.exports = jestConfig(__dirname, {
  displayName: 'ui',
  testEnvironment: 'jsdom',
  testMatch: ['<rootDir>/src/**/*.test.ts?(x)'],
  // Sources use the `.js` suffixes that nodenext requires; jest resolves the .ts(x) file.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  setupFilesAfterEnv: ['<rootDir>/src/test-utils/setup.ts'],
});
