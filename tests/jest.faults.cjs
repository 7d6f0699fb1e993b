const { jestConfig } = require('@terugkeer/config/jest.base.cjs');

// Kills, stops and restarts real processes of the platform `npm test` starts. `npm test`
// runs this project alone, one file at a time, after every other test has finished.
module.exports = jestConfig(__dirname, { displayName: 'faults', testMatch: ['<rootDir>/faults/**/*.fault.ts'] });
