// The one jest setup every package uses: swc compiles TypeScript with the legacy
// decorators and the decorator metadata that type-graphql and typeorm read.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
];

/** @param {string} rootDir @param {Partial<import('jest').Config>} overrides */
function jestConfig(rootDir, overrides = {}) {
  return {
    rootDir,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': swc },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    ...overrides,
  };
}

module.exports = { jestConfig, swc };
