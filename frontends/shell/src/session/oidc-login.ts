import * as oauth from 'oauth4webapi';
import { isLoopbackUrl, type OidcSettings } from './login-method';
import type { TokenDetails } from './session';

/** What the shell remembers between leaving for the provider and coming back (this tab only). */
const PENDING_KEY = 'terugkeer.oidc-pending';

interface PendingLogin {
  state: string;
  nonce: string;
  codeVerifier: string;
  /** The address the person asked for before logging in, e.g. a bookmarked case page. */
  returnTo: string;
}

export interface CompletedLogin {
  accessToken: string;
  details: TokenDetails;
  returnTo: string;
}

export class NoPendingLoginError extends Error {}

const client = (settings: OidcSettings): oauth.Client => ({ client_id: settings.clientId });
const redirectUri = (settings: OidcSettings) => new URL(settings.redirectPath, window.location.origin).href;
// oauth4webapi insists on https; a provider on this machine (development, tests) may use http.
const transport = (settings: OidcSettings) => ({ [oauth.allowInsecureRequests]: isLoopbackUrl(new URL(settings.issuer)) });

const discovered = new Map<string, Promise<oauth.AuthorizationServer>>();

/** The provider's endpoints from its discovery document, fetched once per page. */
function authorizationServer(settings: OidcSettings): Promise<oauth.AuthorizationServer> {
  let server = discovered.get(settings.issuer);
  if (!server) {
    const issuer = new URL(settings.issuer);
    server = oauth.discoveryRequest(issuer, { algorithm: 'oidc', ...transport(settings) }).then((response) => oauth.processDiscoveryResponse(issuer, response));
    server.catch(() => discovered.delete(settings.issuer));
    discovered.set(settings.issuer, server);
  }
  return server;
}

/** Sends the browser to the provider: Authorization Code flow with PKCE (S256), state and nonce. */
export async function startOidcLogin(settings: OidcSettings): Promise<void> {
  const server = await authorizationServer(settings);
  if (!server.authorization_endpoint) throw new Error('The provider has no authorization endpoint.');
  const pending: PendingLogin = {
    state: oauth.generateRandomState(),
    nonce: oauth.generateRandomNonce(),
    codeVerifier: oauth.generateRandomCodeVerifier(),
    returnTo: window.location.pathname === settings.redirectPath ? '/' : window.location.pathname,
  };
  sessionStorage.setItem(PENDING_KEY, JSON.stringify(pending));
  const url = new URL(server.authorization_endpoint);
  url.search = new URLSearchParams({
    client_id: settings.clientId,
    redirect_uri: redirectUri(settings),
    response_type: 'code',
    scope: settings.scopes,
    code_challenge: await oauth.calculatePKCECodeChallenge(pending.codeVerifier),
    code_challenge_method: 'S256',
    state: pending.state,
    nonce: pending.nonce,
  }).toString();
  window.location.assign(url.href);
}

/** Back from the provider: checks state, issuer and nonce, and exchanges the code for tokens. */
export async function completeOidcLogin(settings: OidcSettings, callbackUrl: URL): Promise<CompletedLogin> {
  const stored = sessionStorage.getItem(PENDING_KEY);
  sessionStorage.removeItem(PENDING_KEY);
  if (!stored) throw new NoPendingLoginError('No login was started in this tab.');
  const pending = JSON.parse(stored) as PendingLogin;
  const server = await authorizationServer(settings);
  const parameters = oauth.validateAuthResponse(server, client(settings), callbackUrl, pending.state);
  const response = await oauth.authorizationCodeGrantRequest(
    server,
    client(settings),
    oauth.None(),
    parameters,
    redirectUri(settings),
    pending.codeVerifier,
    transport(settings),
  );
  const result = await oauth.processAuthorizationCodeResponse(server, client(settings), response, {
    expectedNonce: pending.nonce,
    requireIdToken: true,
  });
  return {
    accessToken: result.access_token,
    details: {
      expiresAt: result.expires_in ? Date.now() + result.expires_in * 1000 : null,
      idToken: result.id_token ?? null,
    },
    // Only a path of this site: a tampered value must not lead elsewhere.
    returnTo: typeof pending.returnTo === 'string' && /^\/(?![/\\])/.test(pending.returnTo) ? pending.returnTo : '/',
  };
}

/** Where to end the provider's session too, when it offers that; null otherwise. */
export async function providerLogoutUrl(settings: OidcSettings, idToken: string | null): Promise<string | null> {
  const server = await authorizationServer(settings);
  if (!server.end_session_endpoint) return null;
  const url = new URL(server.end_session_endpoint);
  url.searchParams.set('client_id', settings.clientId);
  url.searchParams.set('post_logout_redirect_uri', new URL('/', window.location.origin).href);
  if (idToken) url.searchParams.set('id_token_hint', idToken);
  return url.href;
}
