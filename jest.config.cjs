// One jest run for the whole repository: each package brings its own project config.
module.exports = {
  projects: [
    '<rootDir>/packages/domain/jest.config.cjs',
    '<rootDir>/packages/env/jest.config.cjs',
    '<rootDir>/packages/service-kit/jest.config.cjs',
    '<rootDir>/packages/ui/jest.config.cjs',
    '<rootDir>/frontends/jest.config.cjs',
    '<rootDir>/services/case/jest.config.cjs',
    '<rootDir>/services/scheduling/jest.config.cjs',
    '<rootDir>/services/reporting/jest.config.cjs',
    '<rootDir>/services/gateway/jest.config.cjs',
    '<rootDir>/infra/jest.config.cjs',
    '<rootDir>/tests/jest.architecture.cjs',
    '<rootDir>/tests/jest.integration.cjs',
    '<rootDir>/tests/jest.e2e.cjs',
    '<rootDir>/tests/jest.faults.cjs',
  ],
};
