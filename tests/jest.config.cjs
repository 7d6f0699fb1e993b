const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

// These run against the platform `npm test` starts (GATEWAY_URL, SHELL_URL).
module.exports = {
  projects: [
    jestConfig(__dirname, { displayName: 'integration', testMatch: ['<rootDir>/integration/**/*.spec.ts'] }),
    jestConfig(__dirname, { displayName: 'e2e', testMatch: ['<rootDir>/e2e/**/*.e2e.ts'] }),
  ],
};
