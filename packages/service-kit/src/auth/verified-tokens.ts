import type { JWTPayload } from 'jose';

/** How long a verified token is believed without checking its signature again. */
const REMEMBER_MS = 60_000;
const MAX_ENTRIES = 10_000;

/**
 * Remembers the claims of tokens that verified, for at most a minute and never past their
 * expiry: a screen sends the same token with every request, and an ES256 signature check
 * costs more than the rest of the gateway's work on a small query. A failed verification
 * is never remembered, and a key withdrawn from the JWKS stops being honoured within the minute.
 */
export function rememberVerifiedTokens<Claims extends JWTPayload>(
  verify: (token: string) => Promise<Claims>,
  now: () => number = Date.now,
): (token: string) => Promise<Claims> {
  const remembered = new Map<string, { claims: Claims; until: number }>();
  return async (token) => {
    const hit = remembered.get(token);
    if (hit && hit.until > now()) return hit.claims;
    if (hit) remembered.delete(token);
    const claims = await verify(token);
    const expiresAt = typeof claims.exp === 'number' ? claims.exp * 1000 : 0;
    if (remembered.size >= MAX_ENTRIES) remembered.delete(remembered.keys().next().value as string);
    remembered.set(token, { claims, until: Math.min(now() + REMEMBER_MS, expiresAt) });
    return claims;
  };
}
