const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

// The launcher is ES modules; its tests run as CommonJS, so `./x.js` imports resolve to the `.ts` source.
module.exports = jestConfig(__dirname, {
  displayName: 'infra',
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  moduleNameMapper: {
    '^(\\.{1,2}/.*)\\.js$': '$1',
    // ES modules exported for `import` only, which jest's resolver does not take: by file.
    '^kubernetes-models/(.*)$': '<rootDir>/node_modules/kubernetes-models/$1.js',
  },
});
