const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

// Runs against the platform `npm test` starts (GATEWAY_URL).
module.exports = jestConfig(__dirname, { displayName: 'integration', testMatch: ['<rootDir>/integration/**/*.spec.ts'] });
