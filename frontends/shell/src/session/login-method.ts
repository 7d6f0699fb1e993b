import type { RuntimeConfig } from '../runtime-config';

export interface OidcSettings {
  /** The provider's issuer URL; its discovery document lives below it. */
  issuer: string;
  clientId: string;
  scopes: string;
  /** Where the provider sends people back to, on the shell's own origin. */
  redirectPath: string;
}

export type LoginMethod =
  | { kind: 'oidc'; settings: OidcSettings }
  | { kind: 'development' }
  | { kind: 'not-configured' };

const DEFAULT_SCOPES = 'openid email profile';
const DEFAULT_REDIRECT_PATH = '/auth/callback';

/** Plain http is allowed for a provider on this machine only (development and tests). */
export function isLoopbackUrl(url: URL): boolean {
  return ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname);
}

/** The OIDC settings of /config.js, or null when absent or unusable. */
export function parseOidcSettings(raw: unknown): OidcSettings | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { issuer, clientId, scopes, redirectPath } = raw as Record<string, unknown>;
  if (typeof issuer !== 'string' || typeof clientId !== 'string' || !clientId.trim()) return null;
  let issuerUrl: URL;
  try {
    issuerUrl = new URL(issuer);
  } catch {
    return null;
  }
  if (issuerUrl.protocol !== 'https:' && !(issuerUrl.protocol === 'http:' && isLoopbackUrl(issuerUrl))) return null;
  const scopeList = typeof scopes === 'string' && scopes.trim() ? scopes.trim().split(/\s+/) : DEFAULT_SCOPES.split(' ');
  const path = typeof redirectPath === 'string' && redirectPath.trim() ? redirectPath.trim() : DEFAULT_REDIRECT_PATH;
  if (!path.startsWith('/') || path.startsWith('//')) return null;
  return {
    issuer,
    clientId: clientId.trim(),
    scopes: (scopeList.includes('openid') ? scopeList : ['openid', ...scopeList]).join(' '),
    redirectPath: path,
  };
}

/**
 * OIDC when configured; otherwise the demo picker in development and an honest message
 * elsewhere. Fails closed: a /config.js that does not say development is production.
 */
export function loginMethod(config: Pick<RuntimeConfig, 'oidc' | 'mode'>): LoginMethod {
  const settings = parseOidcSettings(config.oidc);
  if (settings) return { kind: 'oidc', settings };
  return config.mode === 'development' ? { kind: 'development' } : { kind: 'not-configured' };
}

/** The token is treated as expired a little early, so no call goes out with a dying token. */
export const EXPIRY_MARGIN_MS = 30_000;

export function isExpired(expiresAt: number | null, now: number = Date.now()): boolean {
  return expiresAt !== null && now >= expiresAt - EXPIRY_MARGIN_MS;
}

/** Milliseconds until `isExpired` turns true (0 when it already is); null when the token has no known end. */
export function msUntilExpiry(expiresAt: number | null, now: number = Date.now()): number | null {
  return expiresAt === null ? null : Math.max(0, expiresAt - EXPIRY_MARGIN_MS - now);
}
