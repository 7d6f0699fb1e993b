import { verifiedEmail } from './oidc-token-exchange';

describe('the e-mail an identity provider vouches for', () => {
  it.each([
    [{ email: 'Werknemer@Demo.test' }, 'werknemer@demo.test'],
    [{ email: 'werknemer@demo.test', email_verified: true }, 'werknemer@demo.test'],
    [{ email: 'werknemer@demo.test', email_verified: false }, null],
    [{ email: 'not an address' }, null],
    [{ preferred_username: 'werknemer@demo.test' }, null],
    [{ email: 42 }, null],
  ])('%j → %s', (claims, expected) => {
    expect(verifiedEmail(claims)).toBe(expected);
  });
});
