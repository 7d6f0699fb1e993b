import type { Membership } from '@terugkeer/service-kit';
import { SignJWT } from 'jose';
import type { SigningKeys } from './signing-keys';

export interface TokenIssuer {
  /** A token the subgraphs accept for this person; `lifetime` as jose reads it ('8h', '5m'). */
  userToken(user: { id: string; email: string; name: string; memberships: Membership[] }, lifetime?: string): Promise<string>;
  serviceToken(scope: string): Promise<string>;
  /** A token for an analytics client (client credentials): its id as subject and `client_id`, no e-mail. */
  clientToken(client: { id: string; name: string; memberships: Membership[] }, lifetimeSeconds: number): Promise<string>;
}

export function createTokenIssuer(keys: SigningKeys, issuer: string, audience: string): TokenIssuer {
  const sign = (claims: Record<string, unknown>, subject: string, lifetime: string) =>
    new SignJWT(claims)
      .setProtectedHeader({ alg: 'ES256', kid: keys.keyId })
      .setIssuer(issuer)
      .setAudience(audience)
      .setSubject(subject)
      .setIssuedAt()
      .setExpirationTime(lifetime)
      .sign(keys.privateKey);

  return {
    userToken: (user, lifetime = '8h') => sign({ email: user.email, name: user.name, memberships: user.memberships }, user.id, lifetime),
    serviceToken: (scope) => sign({ scope }, 'service:gateway', '2m'),
    clientToken: (client, lifetimeSeconds) =>
      sign({ client_id: client.id, name: client.name, memberships: client.memberships }, client.id, `${lifetimeSeconds}s`),
  };
}
