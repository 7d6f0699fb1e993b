import type { JWTPayload } from 'jose';

/** The longest a token of ours may live: a working day's session. */
export const MAX_TOKEN_LIFETIME_SECONDS = 8 * 60 * 60;

export class TokenLifetimeError extends Error {}

/**
 * A token must say when it expires, and may not promise more than `maxLifetimeSeconds`
 * from when it was issued (or from now, when it does not say). jose checks that `exp`
 * has not passed; this refuses tokens without one, or minted to live for weeks.
 */
export function checkTokenLifetime(claims: JWTPayload, maxLifetimeSeconds: number, nowSeconds = Math.floor(Date.now() / 1000)): void {
  if (typeof claims.exp !== 'number') throw new TokenLifetimeError('The token has no expiry (exp).');
  const issuedAt = typeof claims.iat === 'number' ? Math.min(claims.iat, nowSeconds) : nowSeconds;
  if (claims.exp - issuedAt > maxLifetimeSeconds) {
    throw new TokenLifetimeError(`The token lives longer than ${maxLifetimeSeconds} seconds.`);
  }
}
