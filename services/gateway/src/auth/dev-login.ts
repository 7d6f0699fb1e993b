import type { Directory, Identity } from './directory';
import type { TokenIssuer } from './token-issuer';

export class UnknownUserError extends Error {}

/** Development login: looks a seeded user up in the directory and signs a token for them. */
export class DevLogin {
  constructor(
    private readonly directory: Directory,
    private readonly issuer: TokenIssuer,
  ) {}

  async tokenFor(email: string): Promise<string> {
    const identity = await this.directory.identity(email);
    if (!identity) throw new UnknownUserError(`No user with e-mail ${email}.`);
    return this.issuer.userToken(identity);
  }

  identities(): Promise<Identity[]> {
    return this.directory.identities();
  }
}
