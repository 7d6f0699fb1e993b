import type { Membership } from '@terugkeer/service-kit';
import type { IncomingHttpHeaders } from 'node:http';
import type { TokenIssuer } from './token-issuer';

/** An analytics client's token lives a quarter of an hour; a BI refresh asks for a new one. */
export const CLIENT_TOKEN_LIFETIME_SECONDS = 900;

/** RFC 6749 §5.2: the error codes a token request can get. */
export type OAuthErrorCode = 'invalid_request' | 'invalid_client' | 'unsupported_grant_type';

export interface OAuthError {
  status: 400 | 401 | 405 | 415;
  error: OAuthErrorCode;
  description: string;
}

export interface ClientCredentials {
  clientId: string;
  clientSecret: string;
  /** Sent as HTTP Basic: a refusal then answers with the scheme to use (RFC 6749 §5.2). */
  viaBasic: boolean;
}

export interface AnalyticsClientIdentity {
  id: string;
  name: string;
  memberships: Membership[];
}

const refuse = (status: OAuthError['status'], error: OAuthErrorCode, description: string): OAuthError => ({ status, error, description });

/** `application/x-www-form-urlencoded` values are percent-encoded inside HTTP Basic too (RFC 6749 §2.3.1). */
function formDecode(text: string): string | null {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function basicCredentials(header: string): { clientId: string; clientSecret: string } | null {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/i.exec(header.trim());
  if (!match) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const clientId = formDecode(decoded.slice(0, colon));
  const clientSecret = formDecode(decoded.slice(colon + 1));
  return clientId && clientSecret !== null ? { clientId, clientSecret } : null;
}

/**
 * Reads a client-credentials token request (RFC 6749 §4.4): a form-encoded body with
 * `grant_type=client_credentials`, the client authenticating either in the body
 * (`client_id`, `client_secret`) or with HTTP Basic, never both (§2.3).
 */
export function readTokenRequest(method: string | undefined, headers: IncomingHttpHeaders, body: string): ClientCredentials | OAuthError {
  if (method !== 'POST') return refuse(405, 'invalid_request', 'Request a token with POST.');
  const type = (headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded')
    return refuse(415, 'invalid_request', 'Send the token request form-encoded (application/x-www-form-urlencoded).');
  const form = new URLSearchParams(body);
  for (const name of new Set(form.keys())) {
    if (form.getAll(name).length > 1) return refuse(400, 'invalid_request', `The parameter ${name} is repeated.`);
  }
  const grantType = form.get('grant_type');
  if (!grantType) return refuse(400, 'invalid_request', 'grant_type is missing.');
  if (grantType !== 'client_credentials') return refuse(400, 'unsupported_grant_type', 'Only grant_type=client_credentials is supported here.');

  const authorization = headers.authorization;
  const inBody = form.has('client_id') || form.has('client_secret');
  if (authorization && inBody) return refuse(400, 'invalid_request', 'Authenticate the client in one way: HTTP Basic or the body, not both.');
  if (authorization) {
    const basic = basicCredentials(authorization);
    return basic ? { ...basic, viaBasic: true } : refuse(401, 'invalid_client', 'The Authorization header is not HTTP Basic with the client id and secret.');
  }
  const clientId = form.get('client_id');
  const clientSecret = form.get('client_secret');
  if (!clientId || !clientSecret) return refuse(401, 'invalid_client', 'Send client_id and client_secret, in the body or as HTTP Basic.');
  return { clientId, clientSecret, viaBasic: false };
}

/**
 * Asks the directory (the case service) whether the id and secret belong to an active
 * client; it audits the attempt either way. Answers the client's identity or null.
 */
export function createClientAuthenticator(caseServiceUrl: string, issuer: TokenIssuer) {
  return async (clientId: string, clientSecret: string): Promise<AnalyticsClientIdentity | null> => {
    const response = await fetch(new URL('/internal/analytics-clients/authenticate', caseServiceUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await issuer.serviceToken('analytics-client:authenticate')}` },
      body: JSON.stringify({ clientId, clientSecret }),
    });
    if (response.status === 401) return null;
    if (!response.ok) throw new Error(`The case service answered ${response.status} to a client authentication.`);
    return (await response.json()) as AnalyticsClientIdentity;
  };
}
