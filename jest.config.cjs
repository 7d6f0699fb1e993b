// One jest run for the whole repository: each package brings its own project config. The
// unit projects come first; the last three run against the platform `npm test` starts.
module.exports = {
  projects: [...require('./jest.unit.cjs').projects, '<rootDir>/tests/jest.integration.cjs', '<rootDir>/tests/jest.e2e.cjs', '<rootDir>/tests/jest.faults.cjs'],
};
