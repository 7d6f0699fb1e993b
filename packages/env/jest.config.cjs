const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

module.exports = jestConfig(__dirname, { displayName: 'env', testMatch: ['<rootDir>/src/**/*.test.ts'] });
