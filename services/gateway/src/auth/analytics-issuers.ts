import { createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload } from 'jose';
import { checkTokenLifetime } from '@terugkeer/service-kit';
import { CLIENT_TOKEN_LIFETIME_SECONDS } from './client-credentials';
import type { TokenIssuer } from './token-issuer';

/**
 * An organization's own identity provider, trusted for its analysts' service accounts: a
 * client-credentials token it signs (key at `jwksUrl`, issuer, audience) reads the aggregates
 * of that one organization, as a client created with `analytics-client create` would.
 */
export interface AnalyticsIssuer {
  organizationId: string;
  issuer: string;
  jwksUrl: string;
  audience: string;
}

/** Entra ID's client-credentials tokens live 60–90 minutes; more than this is refused. */
const MAX_ISSUER_TOKEN_LIFETIME_SECONDS = 2 * 60 * 60;

export class UntrustedAnalyticsTokenError extends Error {}

/** A client-credentials token has no person behind it: the client is named by `client_id` (RFC 9068) or `azp`. */
export function clientIdOf(claims: JWTPayload): string | null {
  const clientId = typeof claims.client_id === 'string' ? claims.client_id : typeof claims.azp === 'string' ? claims.azp : null;
  if (!clientId || !/^[\w.:@/-]{1,200}$/.test(clientId)) return null;
  return clientId;
}

/**
 * Answers, for a token of one of the trusted issuers, the gateway's own ANALYST token the
 * subgraphs verify (subject `<issuer>#<client>`), or null when the token names another issuer.
 * A token of a trusted issuer that does not verify, or that names a person, throws.
 */
export function createAnalyticsIssuerExchange(issuers: readonly AnalyticsIssuer[], tokens: TokenIssuer): (token: string) => Promise<string | null> {
  const byIssuer = new Map(
    issuers.map((trusted) => [trusted.issuer, { ...trusted, keys: createRemoteJWKSet(new URL(trusted.jwksUrl), { cooldownDuration: 5_000 }) }]),
  );
  return async (token) => {
    const issuer = decodeJwt(token).iss;
    const trusted = typeof issuer === 'string' ? byIssuer.get(issuer) : undefined;
    if (!trusted) return null;
    const { payload } = await jwtVerify(token, trusted.keys, { issuer: trusted.issuer, audience: trusted.audience, requiredClaims: ['exp'] });
    checkTokenLifetime(payload, MAX_ISSUER_TOKEN_LIFETIME_SECONDS);
    const clientId = clientIdOf(payload);
    if (!clientId) throw new UntrustedAnalyticsTokenError('The token names no client (client_id or azp).');
    // A person's token of the same provider is a login, never a service account.
    if (typeof payload.email === 'string') throw new UntrustedAnalyticsTokenError('A person’s token is no client-credentials token.');
    const expiresIn = Math.max(1, Math.min(CLIENT_TOKEN_LIFETIME_SECONDS, (payload.exp ?? 0) - Math.floor(Date.now() / 1000)));
    return tokens.clientToken(
      {
        id: `${trusted.issuer}#${clientId}`,
        name: `Analytics: ${clientId}`,
        memberships: [{ role: 'ANALYST', organizationId: trusted.organizationId, healthProviderId: null }],
      },
      expiresIn,
    );
  };
}
