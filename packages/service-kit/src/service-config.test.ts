import { ConfigurationError } from '@terugkeer/env';
import { readServiceConfig } from './service-config';

const DATABASE_URL = 'postgres://terugkeer:terugkeer@127.0.0.1:5488/terugkeer';
const SECRET = 'a secret of at least thirty-two characters';

const problemsWith = (env: Record<string, string>): string[] => {
  try {
    readServiceConfig('case', env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message.split('\n');
    throw error;
  }
  return [];
};

describe('a subgraph’s configuration', () => {
  it('in development has the fixed ports and accepts calls that bypass the gateway', () => {
    expect(readServiceConfig('case', { TERUGKEER_MODE: 'development', DATABASE_URL })).toMatchObject({
      mode: 'development',
      logLevel: 'info',
      host: '127.0.0.1',
      port: 4101,
      databaseUrl: DATABASE_URL,
      jwksUrl: 'http://127.0.0.1:4000/.well-known/jwks.json',
      issuer: 'terugkeer-dev',
      audience: 'terugkeer',
      requireGatewaySignature: false,
      gatewaySigningSecret: undefined,
      introspection: true,
    });
  });

  it('lets the outbox listener use the service’s own database URL when no direct one is given', () => {
    expect(readServiceConfig('case', { TERUGKEER_MODE: 'development', CASE_DATABASE_URL: 'postgres://case@db/terugkeer' })).toMatchObject({
      listenDatabaseUrl: 'postgres://case@db/terugkeer',
      metricsPort: 4112,
    });
    expect(readServiceConfig('reporting', { TERUGKEER_MODE: 'development', DATABASE_URL }).listenDatabaseUrl).toBe(DATABASE_URL);
  });

  it.each<[string, Record<string, string>, object]>([
    ['its own port', { CASE_PORT: '14101', SCHEDULING_PORT: 'not this service’s' }, { port: 14101 }],
    ['a database of its own', { CASE_DATABASE_URL: 'postgresql://case@db/case' }, { databaseUrl: 'postgresql://case@db/case' }],
    ['its own metrics port', { CASE_METRICS_PORT: '14112', GATEWAY_METRICS_PORT: 'not this service’s' }, { metricsPort: 14112 }],
    [
      'a direct connection for the outbox listener, past the pooler',
      { CASE_DATABASE_URL: 'postgres://case@pgbouncer:6432/terugkeer', CASE_DATABASE_LISTEN_URL: 'postgres://case@db:5432/terugkeer' },
      { databaseUrl: 'postgres://case@pgbouncer:6432/terugkeer', listenDatabaseUrl: 'postgres://case@db:5432/terugkeer' },
    ],
    [
      'the gateway’s keys through its internal address',
      { GATEWAY_INTERNAL_URL: 'http://gateway.internal:4000/' },
      { jwksUrl: 'http://gateway.internal:4000/.well-known/jwks.json' },
    ],
    ['the gateway’s keys at its port', { GATEWAY_PORT: '14000' }, { jwksUrl: 'http://127.0.0.1:14000/.well-known/jwks.json' }],
    ['signatures required in development too', { REQUIRE_GATEWAY_SIGNATURE: 'true' }, { requireGatewaySignature: true }],
    ['a log level', { LOG_LEVEL: 'debug' }, { logLevel: 'debug' }],
  ])('reads %s', (_label, env, expected) => {
    expect(readServiceConfig('case', { TERUGKEER_MODE: 'development', DATABASE_URL, ...env })).toMatchObject(expected);
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'no database',
      { TERUGKEER_MODE: 'development' },
      ['DATABASE_URL is required: the PostgreSQL database of the case service (or CASE_DATABASE_URL for a database of its own)'],
    ],
    [
      'a port that is no number',
      { TERUGKEER_MODE: 'development', DATABASE_URL, CASE_PORT: 'abc' },
      ['CASE_PORT must be a port number (a whole number from 1 to 65535) (got "abc")'],
    ],
    [
      'a malformed URL',
      { TERUGKEER_MODE: 'development', DATABASE_URL, AUTH_JWKS_URL: 'gateway:4000/jwks' },
      ['AUTH_JWKS_URL must be a URL starting with http:// or https:// (got "gateway:4000/jwks")'],
    ],
    [
      'a database that is not PostgreSQL',
      { TERUGKEER_MODE: 'development', DATABASE_URL: 'mysql://root:pw@db/x' },
      ['DATABASE_URL must be a URL starting with postgres:// or postgresql:// (the value is not shown: it may hold a password)'],
    ],
    ['a misspelt mode', { TERUGKEER_MODE: 'develop', DATABASE_URL }, ['TERUGKEER_MODE must be development or production (got "develop")']],
    [
      'an unknown log level',
      { TERUGKEER_MODE: 'development', DATABASE_URL, LOG_LEVEL: 'verbose' },
      ['LOG_LEVEL must be one of fatal, error, warn, info, debug or trace (got "verbose")'],
    ],
    [
      'a short secret',
      { TERUGKEER_MODE: 'development', DATABASE_URL, GATEWAY_SIGNING_SECRET: 'short' },
      ['GATEWAY_SIGNING_SECRET must be at least 32 characters long (the value is not shown: it may hold a password)'],
    ],
    [
      'production without a signing secret',
      { DATABASE_URL },
      ['GATEWAY_SIGNING_SECRET is required in production mode: the secret the gateway signs its calls to the subgraphs with'],
    ],
    [
      'NODE_ENV=development, which decides nothing',
      { NODE_ENV: 'development', DATABASE_URL },
      ['GATEWAY_SIGNING_SECRET is required in production mode: the secret the gateway signs its calls to the subgraphs with'],
    ],
    [
      'unsigned calls in production',
      { TERUGKEER_MODE: 'production', DATABASE_URL, GATEWAY_SIGNING_SECRET: SECRET, REQUIRE_GATEWAY_SIGNATURE: 'false' },
      ['REQUIRE_GATEWAY_SIGNATURE cannot be false in production mode: accepting calls that bypass the gateway is for development only'],
    ],
  ])('stops on %s', (_label, env, problems) => {
    expect(problemsWith(env)).toEqual(problems.map((problem) => `Configuration error: ${problem}`));
  });

  it('in production (the default) refuses unsigned calls and hides the schema', () => {
    expect(readServiceConfig('reporting', { DATABASE_URL, GATEWAY_SIGNING_SECRET: SECRET })).toMatchObject({
      mode: 'production',
      port: 4103,
      requireGatewaySignature: true,
      gatewaySigningSecret: SECRET,
      introspection: false,
    });
  });
});
