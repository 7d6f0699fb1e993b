const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

// The launcher is ES modules; its tests run as CommonJS, so `./x.js` imports resolve to the `.ts` source.
module.exports = jestConfig(__dirname, {
  displayName: 'infra',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
});
