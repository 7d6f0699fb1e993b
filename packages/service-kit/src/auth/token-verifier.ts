import { ROLES } from '@terugkeer/domain';
import { createRemoteJWKSet, jwtVerify, type JWTPayload } from 'jose';
import { checkTokenLifetime, MAX_TOKEN_LIFETIME_SECONDS } from './token-lifetime';
import { rememberVerifiedTokens } from './verified-tokens';
import type { Membership, Viewer } from './viewer';

export interface TokenVerifierOptions {
  jwksUrl: string;
  issuer: string;
  audience: string;
}

export type TokenVerifier = (token: string) => Promise<Viewer>;

/**
 * Every subgraph verifies the caller's token itself (zero trust between services):
 * signature against the issuer's published keys, issuer, audience, and an expiry that
 * must be there and may lie at most a working day after issue.
 */
export function createTokenVerifier(options: TokenVerifierOptions): TokenVerifier {
  const verifyClaims = createClaimsVerifier(options);
  return async (token) => viewerFromClaims(await verifyClaims(token));
}

export type ClaimsVerifier = (token: string) => Promise<JWTPayload>;

export function createClaimsVerifier(options: TokenVerifierOptions): ClaimsVerifier {
  const keys = createRemoteJWKSet(new URL(options.jwksUrl), { cooldownDuration: 5_000 });
  return rememberVerifiedTokens(async (token) => {
    const { payload } = await jwtVerify(token, keys, { issuer: options.issuer, audience: options.audience, requiredClaims: ['exp', 'sub'] });
    checkTokenLifetime(payload, MAX_TOKEN_LIFETIME_SECONDS);
    return payload;
  });
}

/** Service-to-service calls carry a token whose subject is `service:<name>` and whose scope names what it may do. */
export function isServiceToken(claims: JWTPayload, scope: string): boolean {
  return typeof claims.sub === 'string' && claims.sub.startsWith('service:') && typeof claims.scope === 'string' && claims.scope.split(' ').includes(scope);
}

export function viewerFromClaims(claims: JWTPayload): Viewer {
  const memberships = Array.isArray(claims.memberships) ? claims.memberships : [];
  // An analytics client has no e-mail address; its client id stands in for one.
  const email = typeof claims.email === 'string' ? claims.email : typeof claims.client_id === 'string' ? claims.client_id : null;
  if (typeof claims.sub !== 'string' || claims.sub.startsWith('service:') || email === null) {
    throw new Error('Token lacks the subject or e-mail claim');
  }
  return {
    userId: claims.sub,
    email,
    name: typeof claims.name === 'string' ? claims.name : email,
    memberships: memberships.filter(isMembership),
  };
}

function isMembership(value: unknown): value is Membership {
  const m = value as Membership;
  return typeof m === 'object' && m !== null && ROLES.includes(m.role);
}
