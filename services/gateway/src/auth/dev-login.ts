import type { Membership } from '@terugkeer/service-kit';
import type { TokenIssuer } from './token-issuer';

export interface Identity {
  id: string;
  email: string;
  name: string;
  memberships: Membership[];
}

export class UnknownUserError extends Error {}

/** Development login: looks a seeded user up in the case service and signs a token for them. */
export class DevLogin {
  constructor(
    private readonly caseServiceUrl: string,
    private readonly issuer: TokenIssuer,
  ) {}

  async tokenFor(email: string): Promise<string> {
    const [identity] = await this.identities(email);
    if (!identity) throw new UnknownUserError(`No user with e-mail ${email}.`);
    return this.issuer.userToken(identity);
  }

  async identities(email?: string): Promise<Identity[]> {
    const url = new URL('/internal/identity', this.caseServiceUrl);
    if (email) url.searchParams.set('email', email);
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${await this.issuer.serviceToken('identity:read')}` },
    });
    if (!response.ok) throw new Error(`The case service answered ${response.status} to an identity lookup.`);
    return (await response.json()) as Identity[];
  }
}
