const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

module.exports = jestConfig(__dirname, { displayName: 'scheduling', testMatch: ['<rootDir>/src/**/*.test.ts'] });
