const path = require('node:path');

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

/**
 * The workspace packages that publish a CommonJS build are read from their sources, so
 * that no test waits for a build (`pnpm test:unit` runs before any).
 */
const workspaceSources = Object.fromEntries(
  ['domain', 'env', 'events', 'service-kit'].map((name) => [`^@terugkeer/${name}$`, path.join(__dirname, '..', name, 'src', 'index.ts')]),
);

/** @param {string} rootDir @param {Partial<import('jest').Config>} overrides */
function jestConfig(rootDir, overrides = {}) {
  return {
    rootDir,
    testEnvironment: 'node',
    transform: { '^.+\\.(t|j)sx?$': swc },
    moduleFileExtensions: ['ts', 'tsx', 'js', 'cjs', 'json'],
    testPathIgnorePatterns: ['/node_modules/', '/dist/'],
    ...overrides,
    moduleNameMapper: { ...workspaceSources, ...overrides.moduleNameMapper },
  };
}

module.exports = { jestConfig, swc };
