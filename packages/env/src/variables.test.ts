import { ConfigurationError } from './configuration-error';
import { developmentOnly, modeVariable, requiredInProduction } from './mode';
import { number, port, text, url } from './values';
import { readEnv, variable } from './variables';

const spec = {
  tolerance: variable('STAGNATION_TOLERANCE_HOURS', number({ min: 0 }).default(0.5)),
  port: variable('GATEWAY_PORT', port().default(4000)),
  databaseUrl: variable('DATABASE_URL', url(['postgres:']).optional(), { secret: true }),
  name: variable('AUTH_ISSUER', text().optional()),
};

const messageFor = (env: Record<string, string>) => {
  try {
    readEnv(spec, env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return (error as ConfigurationError).message;
  }
  throw new Error('expected a configuration error');
};

describe('reading the environment', () => {
  it('gives the defaults, and counts an empty or blank variable as unset', () => {
    expect(readEnv(spec, {})).toEqual({ tolerance: 0.5, port: 4000, databaseUrl: undefined, name: undefined });
    expect(readEnv(spec, { STAGNATION_TOLERANCE_HOURS: '', GATEWAY_PORT: '  ', AUTH_ISSUER: ' me ' })).toEqual({ tolerance: 0.5, port: 4000, databaseUrl: undefined, name: 'me' });
  });

  it.each<[string, Record<string, string>, string]>([
    ['a decimal comma', { STAGNATION_TOLERANCE_HOURS: '0,5' }, 'Configuration error: STAGNATION_TOLERANCE_HOURS must be a number of at least 0 (got "0,5")'],
    ['a port that is not a number', { GATEWAY_PORT: 'abc' }, 'Configuration error: GATEWAY_PORT must be a port number (a whole number from 1 to 65535) (got "abc")'],
    [
      'a malformed URL, without repeating what may be a password',
      { DATABASE_URL: 'terugkeer:secret@db:5432/terugkeer' },
      'Configuration error: DATABASE_URL must be a URL starting with postgres:// (the value is not shown: it may hold a password)',
    ],
  ])('stops on %s, naming the variable and why', (_label, env, message) => {
    expect(messageFor(env)).toBe(message);
  });

  it('names every bad variable at once, one per line', () => {
    expect(messageFor({ STAGNATION_TOLERANCE_HOURS: 'half', GATEWAY_PORT: '0' }).split('\n')).toEqual([
      'Configuration error: STAGNATION_TOLERANCE_HOURS must be a number of at least 0 (got "half")',
      'Configuration error: GATEWAY_PORT must be a port number (a whole number from 1 to 65535) (got "0")',
    ]);
  });
});

describe('the mode', () => {
  it.each<[Record<string, string>, string]>([
    [{}, 'production'],
    [{ TERUGKEER_MODE: 'production' }, 'production'],
    [{ TERUGKEER_MODE: 'development' }, 'development'],
    [{ NODE_ENV: 'development' }, 'production'],
    [{ TERUGKEER_MODE: '' }, 'production'],
  ])('in %j is %s', (env, mode) => {
    expect(readEnv({ mode: modeVariable }, env).mode).toBe(mode);
  });

  it.each(['dev', 'Development', 'test', 'staging'])('refuses TERUGKEER_MODE=%s', (value) => {
    expect(() => readEnv({ mode: modeVariable }, { TERUGKEER_MODE: value })).toThrow(
      `Configuration error: TERUGKEER_MODE must be development or production (got "${value}")`,
    );
  });

  it('requires what production cannot do without, and refuses development features there', () => {
    const requirements = { OIDC_ISSUER: { given: undefined, purpose: 'the identity provider' }, CORS_ORIGINS: { given: ['https://x.example'], purpose: 'origins' } };
    expect(requiredInProduction('production', requirements)).toEqual([{ variable: 'OIDC_ISSUER', reason: 'is required in production mode: the identity provider' }]);
    expect(requiredInProduction('development', requirements)).toEqual([]);
    expect(developmentOnly('production', 'PERSISTED_OPERATIONS', 'audit', ['audit', 'off'], 'accepting unknown operations')).toEqual([
      { variable: 'PERSISTED_OPERATIONS', reason: 'cannot be audit in production mode: accepting unknown operations is for development only' },
    ]);
    expect(developmentOnly('production', 'PERSISTED_OPERATIONS', 'enforce', ['audit', 'off'], 'accepting unknown operations')).toEqual([]);
    expect(developmentOnly('development', 'PERSISTED_OPERATIONS', 'audit', ['audit', 'off'], 'accepting unknown operations')).toEqual([]);
  });
});
