import { variableNames, type VariableSpec } from '@terugkeer/env';
import { gatewayVariables } from '@terugkeer/gateway/config';
import { schedulingVariables } from '@terugkeer/scheduling/config';
import { subgraphVariables } from '@terugkeer/service-kit';
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { launcherVariables } from '../../infra/src/config';

const repoRoot = join(__dirname, '..', '..');

const SCHEMAS: Record<string, VariableSpec> = {
  case: subgraphVariables('case'),
  scheduling: schedulingVariables,
  reporting: subgraphVariables('reporting'),
  gateway: gatewayVariables,
  launcher: launcherVariables(repoRoot),
};

describe('.env.example', () => {
  const documented = [...readFileSync(join(repoRoot, '.env.example'), 'utf8').matchAll(/^# ([A-Z][A-Z0-9_]*)=/gm)].map(([, name]) => name);
  const known = new Set(Object.values(SCHEMAS).flatMap(variableNames));

  it('documents every variable a process reads, once', () => {
    expect([...known].filter((name) => !documented.includes(name))).toEqual([]);
    expect(documented.filter((name, index) => documented.indexOf(name) !== index)).toEqual([]);
  });

  it('documents no variable that no process reads', () => {
    expect(documented.filter((name) => !known.has(name))).toEqual([]);
  });
});

/** Source files below a directory, tests left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) && !/\.test\.tsx?$/.test(entry) ? [path] : [];
  });
}

describe('reading the environment', () => {
  // The logger reads LOG_LEVEL itself: it exists before any configuration is read, so that a
  // configuration error can be logged.
  const CONFIG_MODULES = [
    'services/gateway/src/config.ts',
    'services/scheduling/src/config.ts',
    'packages/service-kit/src/service-config.ts',
    'packages/service-kit/src/logging/logger.ts',
    // Tracing starts before the process's configuration is read, so that `http` and `pg` are instrumented from the first require.
    'packages/service-kit/src/telemetry/telemetry-config.ts',
    'infra/src/config.ts',
  ];
  const roots = [
    ...readdirSync(join(repoRoot, 'services')).map((service) => join('services', service, 'src')),
    join('packages', 'service-kit', 'src'),
    join('packages', 'env', 'src'),
    join('infra', 'src'),
  ];

  it('happens in the configuration modules only', () => {
    const readers = roots
      .flatMap((root) => sourceFiles(join(repoRoot, root)))
      .filter((file) => /process\.env\b/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(repoRoot, file))
      // The benchmarks are tools run by hand, with knobs of their own (BENCH_SECONDS …), and no process of the platform.
      .filter((file) => !file.startsWith(join('infra', 'src', 'bench')));
    expect(readers.sort()).toEqual([...CONFIG_MODULES].sort());
  });

  it('never asks NODE_ENV', () => {
    const askers = [...roots, join('frontends', 'shell', 'src')]
      .flatMap((root) => sourceFiles(join(repoRoot, root)))
      .filter((file) => readFileSync(file, 'utf8').includes('NODE_ENV'))
      .map((file) => relative(repoRoot, file));
    expect(askers).toEqual([]);
  });
});

/** Starts a script of the checkout with only these variables and returns how it ended. */
function startWith([script, ...args]: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [join(repoRoot, script), ...args], { env, encoding: 'utf8', timeout: 30_000 });
  return { status: result.status, stderr: result.stderr.trim() };
}

const DATABASE_URL = 'postgres://terugkeer@127.0.0.1:1/nowhere';

describe('a process with a bad configuration', () => {
  it.each<[string, string[], Record<string, string>, string[]]>([
    [
      'the scheduling service, given a decimal comma',
      ['services/scheduling/dist/main.js'],
      { TERUGKEER_MODE: 'development', DATABASE_URL, STAGNATION_TOLERANCE_HOURS: '0,5' },
      ['Configuration error: STAGNATION_TOLERANCE_HOURS must be a number of at least 0 (got "0,5")'],
    ],
    [
      'the gateway, given a port that is no number',
      ['services/gateway/dist/main.js'],
      { TERUGKEER_MODE: 'development', GATEWAY_PORT: 'abc' },
      ['Configuration error: GATEWAY_PORT must be a port number (a whole number from 1 to 65535) (got "abc")'],
    ],
    [
      'the case service, given a malformed database URL',
      ['services/case/dist/main.js'],
      { TERUGKEER_MODE: 'development', DATABASE_URL: 'terugkeer:secret@db/terugkeer' },
      ['Configuration error: DATABASE_URL must be a URL starting with postgres:// or postgresql:// (the value is not shown: it may hold a password)'],
    ],
    [
      'the reporting service, in a mode that does not exist',
      ['services/reporting/dist/main.js'],
      { TERUGKEER_MODE: 'dev', DATABASE_URL },
      ['Configuration error: TERUGKEER_MODE must be development or production (got "dev")'],
    ],
    [
      'the gateway without TERUGKEER_MODE (production) and without what production needs',
      ['services/gateway/dist/main.js'],
      { NODE_ENV: 'development' },
      [
        'Configuration error: OIDC_JWKS_URL is required in production mode: the keys of the identity provider whose tokens people log in with',
        'Configuration error: OIDC_ISSUER is required in production mode: the issuer of the identity provider’s tokens',
        'Configuration error: CORS_ORIGINS is required in production mode: the origins of the shell, the remotes and the intranets that call the gateway',
        'Configuration error: GATEWAY_SIGNING_SECRET is required in production mode: the secret the gateway signs its calls to the subgraphs with',
      ],
    ],
    [
      'a subgraph told to accept unsigned calls in production',
      ['services/case/dist/main.js'],
      { TERUGKEER_MODE: 'production', DATABASE_URL, GATEWAY_SIGNING_SECRET: 'a secret of at least thirty-two characters', REQUIRE_GATEWAY_SIGNATURE: 'false' },
      ['Configuration error: REQUIRE_GATEWAY_SIGNATURE cannot be false in production mode: accepting calls that bypass the gateway is for development only'],
    ],
    [
      'the shell server in production without its identity provider',
      ['infra/bin/terugkeer.mjs', 'serve-shell'],
      { TERUGKEER_PREPARED: '1', TERUGKEER_MODE: 'production', OIDC_ISSUER: 'https://login.example.org/realms/terugkeer' },
      ['Configuration error: OIDC_CLIENT_ID is required in production mode: the shell’s client id at that provider'],
    ],
    [
      'npm start told to run in production',
      ['infra/bin/terugkeer.mjs', 'start'],
      { TERUGKEER_PREPARED: '1', TERUGKEER_MODE: 'production' },
      [
        'Configuration error: TERUGKEER_MODE cannot be production for npm start: it runs the development platform; in production each service runs on its own (README, Configuration) (got "production")',
      ],
    ],
  ])('stops at start: %s', (_label, script, env, message) => {
    const { status, stderr } = startWith(script, env);
    expect(stderr.split('\n')).toEqual(message);
    expect(status).toBe(78);
  });
});
