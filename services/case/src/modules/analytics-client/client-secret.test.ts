import { clientSecretMatches, hashClientSecret, newClientSecret, UNKNOWN_CLIENT_HASH } from './client-secret';

describe('client secrets', () => {
  it('keeps a salted scrypt hash that matches the secret and nothing else', async () => {
    const secret = newClientSecret();
    const stored = await hashClientSecret(secret);
    expect(stored).toMatch(/^scrypt\$16384\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
    expect(stored).not.toContain(secret);
    expect(await hashClientSecret(secret)).not.toBe(stored);
    await expect(clientSecretMatches(secret, stored)).resolves.toBe(true);
    await expect(clientSecretMatches(`${secret}x`, stored)).resolves.toBe(false);
    await expect(clientSecretMatches('', stored)).resolves.toBe(false);
  });

  it.each([['not a hash'], ['bcrypt$1$2$3$a$b'], [UNKNOWN_CLIENT_HASH]])('matches no secret against %s', async (stored) => {
    await expect(clientSecretMatches(newClientSecret(), stored)).resolves.toBe(false);
  });
});
