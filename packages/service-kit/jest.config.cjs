const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

module.exports = jestConfig(__dirname, { displayName: 'service-kit', testMatch: ['<rootDir>/src/**/*.test.ts'] });
