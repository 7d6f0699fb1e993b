import { ConfigurationError } from '@terugkeer/env';
import { readLauncherConfig, requireDevelopmentLauncher, requireShellLogin, shellOidcSettings } from './config.js';
import { embedOrigins, loadsRemoteModules, runtimeConfig } from './platform/frontend-server.js';
import { configuredPorts, DEVELOPMENT_PORTS, platformEnv, shiftedPorts, TEST_PORTS } from './platform/ports.js';

const checkout = '/checkout';
const read = (env: Record<string, string>) => readLauncherConfig(checkout, env);

const messageOf = (action: () => unknown): string => {
  try {
    action();
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message;
    throw error;
  }
  return '';
};

describe('the launcher’s configuration', () => {
  it('without any variable keeps the fixed development ports and the checkout’s .data', () => {
    const config = read({});
    expect(configuredPorts(DEVELOPMENT_PORTS, config)).toEqual(DEVELOPMENT_PORTS);
    expect(shiftedPorts(TEST_PORTS, config.portOffset)).toEqual(TEST_PORTS);
    expect(config).toMatchObject({ dataRoot: '/checkout/.data', host: '127.0.0.1', logLevel: 'info', modeGiven: false, mode: 'production' });
  });

  it.each<[string, Record<string, string>, Partial<typeof DEVELOPMENT_PORTS>]>([
    ['an offset moves every port', { TERUGKEER_PORT_OFFSET: '40' }, { gateway: 4040, shell: 3040, database: 5528, embedExample: 3050 }],
    ['a port set on its own wins over the offset', { TERUGKEER_PORT_OFFSET: '40', GATEWAY_PORT: '8080' }, { gateway: 8080, case: 4141 }],
    ['the database port', { TERUGKEER_DB_PORT: '5432' }, { database: 5432 }],
  ])('%s', (_label, env, expected) => {
    expect(configuredPorts(DEVELOPMENT_PORTS, read(env))).toMatchObject(expected);
  });

  it.each<[string, Record<string, string>, string]>([
    ['an offset that is not a whole number', { TERUGKEER_PORT_OFFSET: '-20' }, 'TERUGKEER_PORT_OFFSET must be a whole number of at least 0 (got "-20")'],
    ['a port that is no number', { SHELL_PORT: 'abc' }, 'SHELL_PORT must be a port number (a whole number from 1 to 65535) (got "abc")'],
    ['a malformed issuer', { OIDC_ISSUER: 'login.example.org' }, 'OIDC_ISSUER must be a URL starting with http:// or https:// (got "login.example.org")'],
    [
      'a callback that leaves the shell',
      { OIDC_REDIRECT_PATH: '//evil.example/cb' },
      'OIDC_REDIRECT_PATH must be a path starting with /, such as /auth/callback (got "//evil.example/cb")',
    ],
    [
      'a database that is not PostgreSQL',
      { TEST_DATABASE_URL: 'sqlite:///tmp/x' },
      'TEST_DATABASE_URL must be a URL starting with postgres:// or postgresql:// (the value is not shown: it may hold a password)',
    ],
    ['a misspelt mode', { TERUGKEER_MODE: 'developement' }, 'TERUGKEER_MODE must be development or production (got "developement")'],
  ])('stops on %s', (_label, env, problem) => {
    expect(messageOf(() => read(env))).toBe(`Configuration error: ${problem}`);
  });

  it('starts the development platform’s processes in development mode, and refuses to do so when told production', () => {
    expect(platformEnv(DEVELOPMENT_PORTS, '/data/dev')).toMatchObject({ TERUGKEER_MODE: 'development', GATEWAY_PORT: '4000' });
    expect(() => requireDevelopmentLauncher(read({}), 'npm start')).not.toThrow();
    expect(() => requireDevelopmentLauncher(read({ TERUGKEER_MODE: 'development' }), 'npm start')).not.toThrow();
    expect(messageOf(() => requireDevelopmentLauncher(read({ TERUGKEER_MODE: 'production' }), 'npm start'))).toBe(
      'Configuration error: TERUGKEER_MODE cannot be production for npm start: it runs the development platform; in production each service runs on its own (README, Configuration) (got "production")',
    );
  });

  describe('the shell server', () => {
    const provider = { OIDC_ISSUER: 'https://login.example.org/realms/terugkeer', OIDC_CLIENT_ID: 'terugkeer-shell' };

    it('in production (also when TERUGKEER_MODE is unset) needs the OpenID provider', () => {
      expect(messageOf(() => requireShellLogin(read({ OIDC_CLIENT_ID: 'terugkeer-shell' })))).toBe(
        'Configuration error: OIDC_ISSUER is required in production mode: the OpenID provider people log in at',
      );
      expect(() => requireShellLogin(read(provider))).not.toThrow();
      expect(() => requireShellLogin(read({ TERUGKEER_MODE: 'development' }))).not.toThrow();
    });

    it.each<[string, Record<string, string>, object]>([
      ['development offers the development login', { TERUGKEER_MODE: 'development' }, { mode: 'development' }],
      ['production without the mode said', provider, { mode: 'production', oidc: { issuer: provider.OIDC_ISSUER, clientId: 'terugkeer-shell' } }],
      [
        'scopes and callback path when given',
        { ...provider, OIDC_SCOPES: 'openid email', OIDC_REDIRECT_PATH: '/login/done' },
        { oidc: { issuer: provider.OIDC_ISSUER, clientId: 'terugkeer-shell', scopes: 'openid email', redirectPath: '/login/done' } },
      ],
    ])('hands /config.js the mode and login: %s', (_label, env, expected) => {
      const config = read(env);
      expect(
        runtimeConfig(DEVELOPMENT_PORTS, { mode: config.mode, oidc: shellOidcSettings(config.shellLogin), embedOrigins: config.embedOrigins }),
      ).toMatchObject({
        gatewayUrl: 'http://localhost:4000',
        ...expected,
      });
    });

    it.each<[string, Record<string, string>, string[]]>([
      ['development: the example intranet page', { TERUGKEER_MODE: 'development' }, ['http://localhost:3010', 'http://127.0.0.1:3010']],
      ['production: nobody unless configured', {}, []],
      ['the configured intranets', { EMBED_ORIGINS: 'https://intranet.example.org' }, ['https://intranet.example.org']],
    ])('lets frame the screens in %s', (_label, env, expected) => {
      const config = read(env);
      expect(embedOrigins(DEVELOPMENT_PORTS, config)).toEqual(expected);
    });
    it.each<[string, Record<string, string>, string, boolean]>([
      ['development: the shell on its port', { TERUGKEER_MODE: 'development' }, 'http://localhost:3000', true],
      ['development: a second shell on another loopback port', { TERUGKEER_MODE: 'development' }, 'http://127.0.0.1:43117', true],
      ['development: another site', { TERUGKEER_MODE: 'development' }, 'https://attacker.example', false],
      ['development: a look-alike of loopback', { TERUGKEER_MODE: 'development' }, 'http://localhost.attacker.example:3000', false],
      ['production: the shell on its port', {}, 'http://localhost:3000', true],
      ['production: a loopback port that is not the shell', {}, 'http://127.0.0.1:43117', false],
      ['production: the configured shell', { SHELL_ORIGINS: 'https://terugkeer.example.org' }, 'https://terugkeer.example.org', true],
      ['production: an intranet that only frames us', { EMBED_ORIGINS: 'https://intranet.example.org' }, 'https://intranet.example.org', false],
    ])("shares the remotes' modules in %s: %s", (_label, env, origin, expected) => {
      const config = read(env);
      expect(loadsRemoteModules(origin, DEVELOPMENT_PORTS, { mode: config.mode, host: config.host, shellOrigins: config.shellOrigins })).toBe(expected);
    });
  });
});
