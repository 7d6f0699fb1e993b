import { checkTokenLifetime, MAX_TOKEN_LIFETIME_SECONDS, runMain, viewerFromClaims } from '@terugkeer/service-kit';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { DevLogin } from './auth/dev-login';
import { Directory } from './auth/directory';
import { createOidcTokenExchange, type OidcSettings } from './auth/oidc-token-exchange';
import { loadOrCreateSigningKeys } from './auth/signing-keys';
import { createTokenIssuer } from './auth/token-issuer';
import { readGatewayConfig } from './config';
import { startGatewayServer } from './http/gateway-server';

runMain('gateway', async (log) => {
  const config = readGatewayConfig();
  const development = config.mode === 'development';
  const keys = await loadOrCreateSigningKeys(config.dataDir);
  const issuer = createTokenIssuer(keys, config.issuer, config.audience);
  const directory = new Directory(config.caseServiceUrl, issuer);
  const ownKeys = createLocalJWKSet(keys.publicJwks as never);
  // In development the gateway's own tokens (from the development login) are accepted; in
  // production only the OpenID provider's, exchanged for our own.
  const authenticate = development
    ? async (token: string) => {
        const { payload } = await jwtVerify(token, ownKeys, { issuer: config.issuer, audience: config.audience, requiredClaims: ['exp', 'sub'] });
        checkTokenLifetime(payload, MAX_TOKEN_LIFETIME_SECONDS);
        viewerFromClaims(payload);
        return token;
      }
    : createOidcTokenExchange(requireOidc(config.oidc), (email) => directory.identity(email), issuer);

  const gateway = await startGatewayServer({
    config,
    log,
    authenticate,
    // The subgraphs verify the gateway's tokens against these keys, in production too.
    publicJwks: keys.publicJwks,
    devLogin: development ? new DevLogin(directory, issuer) : null,
  });
  log.info(`gateway ready at http://localhost:${config.port}/graphql (${config.mode} mode)`);

  const shutdown = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
});

function requireOidc(oidc: OidcSettings | null): OidcSettings {
  if (!oidc) throw new Error('Production mode needs OIDC_JWKS_URL and OIDC_ISSUER of the identity provider.');
  return oidc;
}
