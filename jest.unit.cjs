// The unit tests: pure code of the packages, the frontends, the launcher and the services,
// and the architecture checks that read the source.
// They need no build and no running platform (`pnpm test:unit`); `npm test` runs them too.
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
  ],
};
