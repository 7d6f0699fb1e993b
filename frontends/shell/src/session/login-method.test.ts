import { isExpired, loginMethod, msUntilExpiry, parseOidcSettings } from './login-method';

describe('OIDC settings from /config.js', () => {
  it('fill in the scopes and the callback path', () => {
    expect(parseOidcSettings({ issuer: 'https://login.example.org/realms/terugkeer', clientId: 'terugkeer-shell' })).toEqual({
      issuer: 'https://login.example.org/realms/terugkeer',
      clientId: 'terugkeer-shell',
      scopes: 'openid email profile',
      redirectPath: '/auth/callback',
    });
  });

  it('always ask for openid and keep the configured scopes and path', () => {
    expect(parseOidcSettings({ issuer: 'https://idp.example.org', clientId: 'shell', scopes: ' email  api://terugkeer/access ', redirectPath: '/login/done' })).toMatchObject({
      scopes: 'openid email api://terugkeer/access',
      redirectPath: '/login/done',
    });
  });

  it.each([
    ['nothing', undefined],
    ['no client id', { issuer: 'https://idp.example.org', clientId: ' ' }],
    ['not a URL', { issuer: 'idp', clientId: 'shell' }],
    ['plain http off this machine', { issuer: 'http://idp.example.org', clientId: 'shell' }],
    ['a callback on another host', { issuer: 'https://idp.example.org', clientId: 'shell', redirectPath: '//evil.example/cb' }],
    ['a relative callback', { issuer: 'https://idp.example.org', clientId: 'shell', redirectPath: 'cb' }],
  ])('are refused with %s', (_reason, raw) => {
    expect(parseOidcSettings(raw)).toBeNull();
  });

  it('allow plain http for a provider on this machine', () => {
    expect(parseOidcSettings({ issuer: 'http://localhost:9000', clientId: 'shell' })).not.toBeNull();
    expect(parseOidcSettings({ issuer: 'http://127.0.0.1:9000/oidc', clientId: 'shell' })).not.toBeNull();
  });
});

describe('the login method', () => {
  const oidc = { issuer: 'https://idp.example.org', clientId: 'shell' };
  it.each([
    [{ oidc }, 'oidc'],
    [{ oidc, mode: 'production' }, 'oidc'],
    [{ mode: 'development' }, 'development'],
    [{ mode: 'production' }, 'not-configured'],
    [{}, 'not-configured'],
    [{ mode: 'Development' }, 'not-configured'],
    [{ mode: 'production', oidc: { issuer: 'http://idp.example.org', clientId: 'shell' } }, 'not-configured'],
  ])('%j → %s', (config, kind) => {
    expect(loginMethod(config).kind).toBe(kind);
  });
});

describe('token expiry', () => {
  const now = Date.parse('2025-03-03T10:00:00Z');
  it.each([
    [null, false],
    [now + 60 * 60_000, false],
    [now + 31_000, false],
    [now + 30_000, true],
    [now - 1, true],
  ])('ending at %s is expired: %s', (expiresAt, expected) => {
    expect(isExpired(expiresAt, now)).toBe(expected);
  });

  it('is due when the margin begins', () => {
    expect(msUntilExpiry(now + 90_000, now)).toBe(60_000);
    expect(msUntilExpiry(now - 5_000, now)).toBe(0);
    expect(msUntilExpiry(null, now)).toBeNull();
  });
});
