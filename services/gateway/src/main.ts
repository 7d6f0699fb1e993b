import './telemetry';
import {
  checkTokenLifetime,
  MAX_TOKEN_LIFETIME_SECONDS,
  rememberVerifiedTokens,
  runMain,
  shutDownOnSignal,
  startMetricsServer,
  viewerFromClaims,
} from '@terugkeer/service-kit';
import { createLocalJWKSet, decodeJwt, jwtVerify } from 'jose';
import { DevLogin } from './auth/dev-login';
import { Directory } from './auth/directory';
import { createAnalyticsIssuerExchange } from './auth/analytics-issuers';
import { createClientAuthenticator } from './auth/client-credentials';
import { createOidcTokenExchange, type OidcSettings } from './auth/oidc-token-exchange';
import { loadOrCreateSigningKeys } from './auth/signing-keys';
import { createTokenIssuer } from './auth/token-issuer';
import { readGatewayConfig } from './config';
import { startGatewayServer } from './http/gateway-server';
import { oauthTokenRoute } from './http/oauth-token';

runMain('gateway', async (log) => {
  const config = readGatewayConfig();
  const development = config.mode === 'development';
  const keys = await loadOrCreateSigningKeys(config.dataDir);
  const issuer = createTokenIssuer(keys, config.issuer, config.audience);
  const directory = new Directory(config.caseServiceUrl, issuer);
  const ownKeys = createLocalJWKSet(keys.publicJwks);
  const verifyOwn = rememberVerifiedTokens(async (token: string) => {
    const { payload } = await jwtVerify(token, ownKeys, { issuer: config.issuer, audience: config.audience, requiredClaims: ['exp', 'sub'] });
    checkTokenLifetime(payload, MAX_TOKEN_LIFETIME_SECONDS);
    viewerFromClaims(payload);
    return payload;
  });
  // In development the gateway's own tokens (from the development login or /oauth/token) are
  // accepted; in production the OpenID provider's, exchanged for our own, an organization's own
  // provider's client-credentials tokens for its analysts, and of our own only those we granted
  // an analytics client.
  const exchange = development ? null : createOidcTokenExchange(requireOidc(config.oidc), (email) => directory.identity(email), issuer);
  const analyticsIssuerExchange = createAnalyticsIssuerExchange(config.analyticsIssuers, issuer);
  const authenticate = async (token: string) => {
    if (!exchange) return verifyOwn(token).then(() => token);
    if (decodeJwt(token).iss !== config.issuer) return (await analyticsIssuerExchange(token)) ?? exchange(token);
    const claims = await verifyOwn(token);
    if (typeof claims.client_id !== 'string') throw new Error('Only analytics clients use the gateway’s own tokens in production.');
    return token;
  };

  const gateway = await startGatewayServer({
    config,
    log,
    authenticate,
    // The subgraphs verify the gateway's tokens against these keys, in production too.
    publicJwks: keys.publicJwks,
    devLogin: development ? new DevLogin(directory, issuer) : null,
    oauthToken: oauthTokenRoute(createClientAuthenticator(config.caseServiceUrl, issuer), issuer, log),
  });
  const metrics = await startMetricsServer({ service: 'gateway', host: config.host, port: config.metricsPort, log });
  log.info(`gateway ready at http://localhost:${config.port}/graphql (${config.mode} mode)${metrics.url ? `, metrics at ${metrics.url}` : ''}`);

  const shutdown = async () => {
    await gateway.stop();
    await metrics.stop();
    process.exit(0);
  };
  shutDownOnSignal(log, shutdown);
});

function requireOidc(oidc: OidcSettings | null): OidcSettings {
  if (!oidc) throw new Error('Production mode needs OIDC_JWKS_URL and OIDC_ISSUER of the identity provider.');
  return oidc;
}
