const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

// Checks of the source tree's shape: they read files only and need no platform.
module.exports = jestConfig(__dirname, { displayName: 'architecture', testMatch: ['<rootDir>/architecture/**/*.spec.ts'] });
