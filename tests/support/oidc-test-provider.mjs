// A real OpenID provider (oidc-provider, in memory) for the OIDC login browser test. The test
// runs this file as a process of its own, beside the production-mode gateway and shell it starts.
// Environment: OIDC_PROVIDER_PORT, SHELL_ORIGIN (the shell it serves), OIDC_ACCOUNTS
// (JSON: login → { email, name }). Prints one JSON line {"issuer": "…"} once it listens.
import Provider from 'oidc-provider';

const port = Number(process.env.OIDC_PROVIDER_PORT);
const shellOrigin = process.env.SHELL_ORIGIN;
const accounts = JSON.parse(process.env.OIDC_ACCOUNTS ?? '{}');
const issuer = `http://localhost:${port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: 'terugkeer-shell',
      token_endpoint_auth_method: 'none',
      grant_types: ['authorization_code'],
      response_types: ['code'],
      redirect_uris: [`${shellOrigin}/auth/callback`],
      post_logout_redirect_uris: [`${shellOrigin}/`],
    },
  ],
  pkce: { required: () => true },
  cookies: { keys: ['only-for-this-test'] },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  // The person's login name is not their e-mail: the gateway must map by the e-mail claim.
  async findAccount(_ctx, id) {
    const account = accounts[id];
    if (!account) return undefined;
    return { accountId: id, claims: async () => ({ sub: id, email: account.email, email_verified: true, name: account.name }) };
  },
  features: {
    devInteractions: { enabled: true },
    rpInitiatedLogout: { enabled: true },
    // Access tokens for the Terugkeer API as JWTs the gateway verifies against our JWKS.
    resourceIndicators: {
      enabled: true,
      defaultResource: () => 'urn:terugkeer:api',
      useGrantedResource: () => true,
      getResourceServerInfo: () => ({ scope: 'api', audience: 'terugkeer', accessTokenFormat: 'jwt', accessTokenTTL: 600 }),
    },
  },
  async extraTokenClaims(_ctx, token) {
    if (token.kind !== 'AccessToken') return undefined;
    const account = accounts[token.accountId];
    return account ? { email: account.email } : undefined;
  },
});

const server = provider.listen(port, '127.0.0.1', () => console.log(JSON.stringify({ issuer })));
const stop = () => server.close(() => process.exit(0));
process.once('SIGTERM', stop);
process.once('SIGINT', stop);
