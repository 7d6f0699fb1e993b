const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

// Drives the shell in Debian's Chromium against the platform `npm test` starts (SHELL_URL).
module.exports = jestConfig(__dirname, { displayName: 'e2e', testMatch: ['<rootDir>/e2e/**/*.e2e.ts'] });
