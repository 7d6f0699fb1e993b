import { ConfigurationError } from '@terugkeer/env';
import { readGatewayConfig } from './config';

const production = {
  OIDC_JWKS_URL: 'https://login.example.org/realms/terugkeer/protocol/openid-connect/certs',
  OIDC_ISSUER: 'https://login.example.org/realms/terugkeer',
  CORS_ORIGINS: 'https://terugkeer.example.org,https://intranet.example.org',
  GATEWAY_SIGNING_SECRET: 'a secret of at least thirty-two characters',
};

const problemsWith = (env: Record<string, string>): string[] => {
  try {
    readGatewayConfig(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.message.split('\n');
    throw error;
  }
  return [];
};

describe('the gateway’s configuration', () => {
  it('in development has the fixed ports, the local origins and reports unknown operations', () => {
    const config = readGatewayConfig({ TERUGKEER_MODE: 'development' });
    expect(config).toMatchObject({
      mode: 'development',
      port: 4000,
      host: '127.0.0.1',
      issuer: 'terugkeer-dev',
      oidc: null,
      caseServiceUrl: 'http://127.0.0.1:4101',
      subgraphUrls: { case: 'http://127.0.0.1:4101/graphql', scheduling: 'http://127.0.0.1:4102/graphql', reporting: 'http://127.0.0.1:4103/graphql' },
      persistedOperations: 'audit',
      gatewaySigningSecret: undefined,
    });
    expect(config.corsOrigins).toEqual(expect.arrayContaining(['http://localhost:3000', 'http://127.0.0.1:3004', 'http://localhost:3010']));
  });

  it.each<[string, Record<string, string>, object]>([
    [
      'moved ports',
      { GATEWAY_PORT: '14000', CASE_PORT: '14101', SHELL_PORT: '13000' },
      { port: 14000, caseServiceUrl: 'http://127.0.0.1:14101', corsOrigins: expect.arrayContaining(['http://localhost:13000']) },
    ],
    [
      'subgraphs elsewhere',
      { SCHEDULING_URL: 'http://scheduling.internal:4102/graphql' },
      { subgraphUrls: expect.objectContaining({ scheduling: 'http://scheduling.internal:4102/graphql' }) },
    ],
    ['persisted operations enforced in development too', { PERSISTED_OPERATIONS: 'enforce' }, { persistedOperations: 'enforce' }],
    ['the allowed origins', { CORS_ORIGINS: 'https://intranet.example.org' }, { corsOrigins: ['https://intranet.example.org'] }],
  ])('reads %s', (_label, env, expected) => {
    expect(readGatewayConfig({ TERUGKEER_MODE: 'development', ...env })).toMatchObject(expected);
  });

  it('in production trusts the identity provider and enforces persisted operations', () => {
    expect(readGatewayConfig(production)).toMatchObject({
      mode: 'production',
      oidc: { jwksUrl: production.OIDC_JWKS_URL, issuer: production.OIDC_ISSUER, audience: 'terugkeer' },
      corsOrigins: ['https://terugkeer.example.org', 'https://intranet.example.org'],
      persistedOperations: 'enforce',
      gatewaySigningSecret: production.GATEWAY_SIGNING_SECRET,
    });
  });

  it.each<[string, Record<string, string>, string[]]>([
    [
      'a port that is no number',
      { TERUGKEER_MODE: 'development', GATEWAY_PORT: 'abc' },
      ['GATEWAY_PORT must be a port number (a whole number from 1 to 65535) (got "abc")'],
    ],
    [
      'a malformed subgraph URL',
      { TERUGKEER_MODE: 'development', CASE_URL: 'localhost:4101/graphql' },
      ['CASE_URL must be a URL starting with http:// or https:// (got "localhost:4101/graphql")'],
    ],
    [
      'an origin with a path',
      { TERUGKEER_MODE: 'development', CORS_ORIGINS: 'https://intranet.example.org/portal' },
      [
        'CORS_ORIGINS must be comma-separated origins such as https://intranet.example.org (scheme, host and port, nothing after) (got "https://intranet.example.org/portal")',
      ],
    ],
    [
      'an analytics issuer without its keys',
      {
        TERUGKEER_MODE: 'development',
        ANALYTICS_TOKEN_ISSUERS: '[{"organizationId":"0a000000-0000-4000-8000-000000000001","issuer":"https://login.example.org"}]',
      },
      [
        'ANALYTICS_TOKEN_ISSUERS must be JSON: a list of {"organizationId", "issuer", "jwksUrl", "audience"} (got "[{\\"organizationId\\":\\"0a000000-0000-4000-8000-000000000001\\",\\"issuer\\":\\"https://login.example.org\\"}]")',
      ],
    ],
    [
      'an unknown persisted-operations mode',
      { TERUGKEER_MODE: 'development', PERSISTED_OPERATIONS: 'strict' },
      ['PERSISTED_OPERATIONS must be one of enforce, audit or off (got "strict")'],
    ],
    [
      'production without any of what it needs (no TERUGKEER_MODE is production)',
      {},
      [
        'OIDC_JWKS_URL is required in production mode: the keys of the identity provider whose tokens people log in with',
        'OIDC_ISSUER is required in production mode: the issuer of the identity provider’s tokens',
        'CORS_ORIGINS is required in production mode: the origins of the shell, the remotes and the intranets that call the gateway',
        'GATEWAY_SIGNING_SECRET is required in production mode: the secret the gateway signs its calls to the subgraphs with',
      ],
    ],
    [
      'a misspelt NODE_ENV, which decides nothing',
      { NODE_ENV: 'developement', ...production, OIDC_ISSUER: '' },
      ['OIDC_ISSUER is required in production mode: the issuer of the identity provider’s tokens'],
    ],
    [
      'persisted operations only reported in production',
      { ...production, PERSISTED_OPERATIONS: 'audit' },
      ['PERSISTED_OPERATIONS cannot be audit in production mode: accepting operations the screens were not built with is for development only'],
    ],
    [
      'persisted operations off in production',
      { ...production, PERSISTED_OPERATIONS: 'off' },
      ['PERSISTED_OPERATIONS cannot be off in production mode: accepting operations the screens were not built with is for development only'],
    ],
  ])('stops on %s', (_label, env, problems) => {
    expect(problemsWith(env)).toEqual(problems.map((problem) => `Configuration error: ${problem}`));
  });
});
