import { runMain, viewerFromClaims } from '@terugkeer/service-kit';
import { createLocalJWKSet, createRemoteJWKSet, jwtVerify } from 'jose';
import { DevLogin } from './auth/dev-login';
import { loadOrCreateSigningKeys } from './auth/signing-keys';
import { createTokenIssuer } from './auth/token-issuer';
import { readGatewayConfig } from './config';
import { startGatewayServer } from './http/gateway-server';

runMain(async () => {
  const config = readGatewayConfig();
  const keys = await loadOrCreateSigningKeys(config.dataDir);
  const issuer = createTokenIssuer(keys, config.issuer, config.audience);
  // In production only the configured OIDC issuer is trusted; the development issuer is off.
  const keySet = config.production
    ? createRemoteJWKSet(new URL(requireOidc(config.oidcJwksUrl)))
    : createLocalJWKSet(keys.publicJwks as never);
  const verifyToken = async (token: string) =>
    viewerFromClaims((await jwtVerify(token, keySet, { issuer: config.issuer, audience: config.audience })).payload);

  const gateway = await startGatewayServer({
    config,
    verifyToken,
    publicJwks: config.production ? { keys: [] } : keys.publicJwks,
    devLogin: config.production ? null : new DevLogin(config.caseServiceUrl, issuer),
  });
  console.log(`gateway ready at http://localhost:${config.port}/graphql`);

  const shutdown = async () => {
    await gateway.stop();
    process.exit(0);
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
});

function requireOidc(url: string | null): string {
  if (!url) throw new Error('NODE_ENV=production needs OIDC_JWKS_URL (and AUTH_ISSUER, AUTH_AUDIENCE) of the identity provider.');
  return url;
}
