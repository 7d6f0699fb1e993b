const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

module.exports = jestConfig(__dirname, {
  displayName: 'scheduling',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  // The programme's progress is counted in the service's time zone, from its settings.
  setupFiles: [require.resolve('@terugkeer/config/jest.development-environment.cjs')],
});
