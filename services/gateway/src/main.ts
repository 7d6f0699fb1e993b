import { runMain, viewerFromClaims } from '@terugkeer/service-kit';
import { createLocalJWKSet, jwtVerify } from 'jose';
import { DevLogin } from './auth/dev-login';
import { Directory } from './auth/directory';
import { createOidcTokenExchange, type OidcSettings } from './auth/oidc-token-exchange';
import { loadOrCreateSigningKeys } from './auth/signing-keys';
import { createTokenIssuer } from './auth/token-issuer';
import { readGatewayConfig } from './config';
import { startGatewayServer } from './http/gateway-server';

runMain(async () => {
  const config = readGatewayConfig();
  const keys = await loadOrCreateSigningKeys(config.dataDir);
  const issuer = createTokenIssuer(keys, config.issuer, config.audience);
  const directory = new Directory(config.caseServiceUrl, issuer);
  const ownKeys = createLocalJWKSet(keys.publicJwks as never);
  // In production only the OpenID provider's tokens are accepted, exchanged for our own;
  // in development the gateway's own tokens (from the development login) are.
  const authenticate = config.production
    ? createOidcTokenExchange(requireOidc(config.oidc), (email) => directory.identity(email), issuer)
    : async (token: string) => {
        viewerFromClaims((await jwtVerify(token, ownKeys, { issuer: config.issuer, audience: config.audience })).payload);
        return token;
      };

  const gateway = await startGatewayServer({
    config,
    authenticate,
    // The subgraphs verify the gateway's tokens against these keys, in production too.
    publicJwks: keys.publicJwks,
    devLogin: config.production ? null : new DevLogin(directory, issuer),
  });
  console.log(`gateway ready at http://localhost:${config.port}/graphql`);

  const shutdown = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGTERM', () => runMain(shutdown));
  process.once('SIGINT', () => runMain(shutdown));
});

function requireOidc(oidc: OidcSettings | null): OidcSettings {
  if (!oidc?.issuer) throw new Error('NODE_ENV=production needs OIDC_JWKS_URL and OIDC_ISSUER (and OIDC_AUDIENCE) of the identity provider.');
  return oidc;
}
