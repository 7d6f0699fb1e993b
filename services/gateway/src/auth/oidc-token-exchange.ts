import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { checkTokenLifetime, rememberVerifiedTokens } from '@terugkeer/service-kit';
import type { Identity } from './directory';
import type { TokenIssuer } from './token-issuer';

export interface OidcSettings {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

/** What the subgraphs receive in place of the identity provider's token. */
const EXCHANGED_LIFETIME_SECONDS = 300;
const REUSE_FOR_MS = 240_000;
const MAX_CACHED = 1_000;
/** An identity provider's access token that claims to live longer than this is refused. */
const MAX_PROVIDER_TOKEN_LIFETIME_SECONDS = 12 * 60 * 60;

/**
 * The e-mail address an identity provider's token vouches for, or null. The provider says
 * who someone is; what they may do here comes from our directory, found by this address.
 */
export function verifiedEmail(claims: JWTPayload): string | null {
  const email = claims.email;
  if (typeof email !== 'string' || !/^[^@\s]+@[^@\s]+$/.test(email)) return null;
  if (claims.email_verified === false) return null;
  return email.toLowerCase();
}

export class NotInDirectoryError extends Error {}

/**
 * Production login. The gateway verifies the provider's access token (signature against
 * its JWKS, issuer, audience, expiry) on every call, finds the person in the directory by
 * the e-mail claim and hands the subgraphs a short-lived token of its own with the
 * directory's user id and memberships — the token every subgraph already verifies.
 */
export function createOidcTokenExchange(
  settings: OidcSettings,
  findIdentity: (email: string) => Promise<Identity | undefined>,
  issuer: TokenIssuer,
): (token: string) => Promise<string> {
  const keys = createRemoteJWKSet(new URL(settings.jwksUrl), { cooldownDuration: 5_000 });
  const exchanged = new Map<string, { token: string; reuseUntil: number }>();
  const verifyProviderToken = rememberVerifiedTokens(async (token: string) => {
    const { payload } = await jwtVerify(token, keys, { issuer: settings.issuer, audience: settings.audience, requiredClaims: ['exp'] });
    checkTokenLifetime(payload, MAX_PROVIDER_TOKEN_LIFETIME_SECONDS);
    return payload;
  });

  return async (token) => {
    const payload = await verifyProviderToken(token);
    const email = verifiedEmail(payload);
    if (!email) throw new NotInDirectoryError('The token carries no verified e-mail address.');
    const cached = exchanged.get(email);
    if (cached && cached.reuseUntil > Date.now()) return cached.token;

    const identity = await findIdentity(email);
    if (!identity) throw new NotInDirectoryError(`No user with e-mail ${email} in the directory.`);
    const internal = await issuer.userToken(identity, `${EXCHANGED_LIFETIME_SECONDS}s`);
    if (exchanged.size >= MAX_CACHED) exchanged.clear();
    exchanged.set(email, { token: internal, reuseUntil: Date.now() + REUSE_FOR_MS });
    return internal;
  };
}
