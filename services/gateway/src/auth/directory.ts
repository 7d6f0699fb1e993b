import type { Membership } from '@terugkeer/service-kit';
import type { TokenIssuer } from './token-issuer';

/** A person in the organization directory, as the case service knows them. */
export interface Identity {
  id: string;
  email: string;
  name: string;
  memberships: Membership[];
}

/** Looks people up in the case service's directory with a service token of the gateway's own. */
export class Directory {
  constructor(
    private readonly caseServiceUrl: string,
    private readonly issuer: TokenIssuer,
  ) {}

  async identities(email?: string): Promise<Identity[]> {
    const url = new URL('/internal/identity', this.caseServiceUrl);
    if (email) url.searchParams.set('email', email);
    const response = await fetch(url, {
      headers: { authorization: `Bearer ${await this.issuer.serviceToken('identity:read')}` },
    });
    if (!response.ok) throw new Error(`The case service answered ${response.status} to an identity lookup.`);
    return (await response.json()) as Identity[];
  }

  async identity(email: string): Promise<Identity | undefined> {
    const [identity] = await this.identities(email);
    return identity;
  }
}
