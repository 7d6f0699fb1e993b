import { checkTokenLifetime, TokenLifetimeError } from './token-lifetime';

const NOW = 1_800_000_000;
const HOUR = 3600;

describe('checkTokenLifetime', () => {
  it.each([
    ['an 8-hour token issued now', { iat: NOW, exp: NOW + 8 * HOUR }],
    ['a 5-minute token', { iat: NOW, exp: NOW + 300 }],
    ['a token without iat that expires within the bound', { exp: NOW + HOUR }],
    ['a token issued an hour ago with 7 hours left', { iat: NOW - HOUR, exp: NOW + 7 * HOUR }],
  ])('accepts %s', (_, claims) => {
    expect(() => checkTokenLifetime(claims, 8 * HOUR, NOW)).not.toThrow();
  });

  it.each([
    ['a token without exp', { iat: NOW }],
    ['a token minted for a year', { iat: NOW, exp: NOW + 365 * 24 * HOUR }],
    ['a token without iat valid for a week', { exp: NOW + 7 * 24 * HOUR }],
    ['a token that claims to be issued in the future to stretch its life', { iat: NOW + 10 * HOUR, exp: NOW + 18 * HOUR }],
  ])('refuses %s', (_, claims) => {
    expect(() => checkTokenLifetime(claims, 8 * HOUR, NOW)).toThrow(TokenLifetimeError);
  });
});
