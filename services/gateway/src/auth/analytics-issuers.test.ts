import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT } from 'jose';
import { required } from '@terugkeer/domain';
import { createAnalyticsIssuerExchange, type AnalyticsIssuer } from './analytics-issuers';
import { loadOrCreateSigningKeys } from './signing-keys';
import { createTokenIssuer } from './token-issuer';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ORGANIZATION = '0a000000-0000-4000-8000-000000000001';
const AUDIENCE = 'terugkeer-analytics';

/** An organization's identity provider: its JWKS served over HTTP, as the gateway fetches it. */
let jwksServer: Server;
let providerKey: CryptoKey;
let strangerKey: CryptoKey;
let trusted: AnalyticsIssuer;

beforeAll(async () => {
  const provider = await generateKeyPair('ES256');
  providerKey = provider.privateKey;
  strangerKey = (await generateKeyPair('ES256')).privateKey;
  const jwks = { keys: [{ ...(await exportJWK(provider.publicKey)), kid: 'provider-1', alg: 'ES256', use: 'sig' }] };
  jwksServer = createServer((_request, response) => {
    response.setHeader('content-type', 'application/json');
    response.end(JSON.stringify(jwks));
  });
  await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
  const { port } = jwksServer.address() as AddressInfo;
  trusted = {
    organizationId: ORGANIZATION,
    issuer: 'https://login.zorggroep.example/realms/analytics',
    jwksUrl: `http://127.0.0.1:${port}/certs`,
    audience: AUDIENCE,
  };
});

afterAll(() => new Promise<void>((resolve) => jwksServer.close(() => resolve())));

const signed = (claims: Record<string, unknown>, { key = providerKey, issuer = trusted.issuer, audience = AUDIENCE, lifetime = '5m' } = {}) =>
  new SignJWT(claims)
    .setProtectedHeader({ alg: 'ES256', kid: 'provider-1' })
    .setIssuer(issuer)
    .setAudience(audience)
    .setIssuedAt()
    .setExpirationTime(lifetime)
    .sign(key);

async function gatewayTokens() {
  const keys = await loadOrCreateSigningKeys(mkdtempSync(join(tmpdir(), 'gateway-keys-')));
  return { issuer: createTokenIssuer(keys, 'https://gateway.test', 'terugkeer'), verify: createLocalJWKSet(keys.publicJwks) };
}

describe("an organization's own identity provider for analysts", () => {
  it('exchanges its client-credentials token for an ANALYST token of that organization only', async () => {
    const { issuer, verify } = await gatewayTokens();
    const exchange = createAnalyticsIssuerExchange([trusted], issuer);
    const internal = required(await exchange(await signed({ client_id: 'powerbi-hr', sub: 'service-account-powerbi-hr' })), 'the exchanged token');
    const { payload } = await jwtVerify(internal, verify, { issuer: 'https://gateway.test', audience: 'terugkeer' });
    expect(payload).toMatchObject({
      sub: `${trusted.issuer}#powerbi-hr`,
      client_id: `${trusted.issuer}#powerbi-hr`,
      memberships: [{ role: 'ANALYST', organizationId: ORGANIZATION, healthProviderId: null }],
    });
    expect(payload.email).toBeUndefined();
    expect(required(payload.exp, 'exp') - required(payload.iat, 'iat')).toBeLessThanOrEqual(300);
  });

  it('takes the client from azp when the provider sets no client_id', async () => {
    const { issuer, verify } = await gatewayTokens();
    const internal = required(await createAnalyticsIssuerExchange([trusted], issuer)(await signed({ azp: 'excel' })), 'the exchanged token');
    expect((await jwtVerify(internal, verify)).payload.sub).toBe(`${trusted.issuer}#excel`);
  });

  it('leaves a token of another issuer to the login providers', async () => {
    const { issuer } = await gatewayTokens();
    await expect(
      createAnalyticsIssuerExchange([trusted], issuer)(await signed({ client_id: 'x' }, { issuer: 'https://elsewhere.example' })),
    ).resolves.toBeNull();
  });

  it.each([
    ['signed by another key', () => signed({ client_id: 'powerbi-hr' }, { key: strangerKey }), /signature/],
    ['for another audience', () => signed({ client_id: 'powerbi-hr' }, { audience: 'someone-else' }), /aud/],
    ['expired', () => signed({ client_id: 'powerbi-hr' }, { lifetime: '-1m' }), /exp/],
    ['living a day', () => signed({ client_id: 'powerbi-hr' }, { lifetime: '24h' }), /lives longer/],
    ['naming no client', () => signed({ sub: 'someone' }), /names no client/],
    ['of a person (an e-mail claim)', () => signed({ azp: 'shell', email: 'hr@zorggroep.example' }), /person/],
  ])('refuses a token %s', async (_case, token, reason) => {
    const { issuer } = await gatewayTokens();
    await expect(createAnalyticsIssuerExchange([trusted], issuer)(await token())).rejects.toThrow(reason);
  });
});
