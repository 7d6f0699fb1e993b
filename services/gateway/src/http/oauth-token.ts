import { readBody, sendJson, type Logger } from '@terugkeer/service-kit';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { CLIENT_TOKEN_LIFETIME_SECONDS, readTokenRequest, type AnalyticsClientIdentity, type OAuthError } from '../auth/client-credentials';
import type { TokenIssuer } from '../auth/token-issuer';

/** RFC 6749 §5.2: a JSON error; a client that failed to authenticate is told the scheme to use. */
function sendOAuthError(response: ServerResponse, refusal: OAuthError): void {
  response.setHeader('cache-control', 'no-store');
  if (refusal.status === 401) response.setHeader('www-authenticate', 'Basic realm="terugkeer"');
  sendJson(response, refusal.status, { error: refusal.error, error_description: refusal.description });
}

/**
 * `POST /oauth/token`: the client-credentials grant for analytics clients. The answer is a
 * short-lived bearer token the gateway and every subgraph verify like a person's.
 */
export function oauthTokenRoute(
  authenticateClient: (clientId: string, clientSecret: string) => Promise<AnalyticsClientIdentity | null>,
  issuer: TokenIssuer,
  log: Logger,
) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const parsed = readTokenRequest(request.method, request.headers, await readBody(request, 4_000));
    if ('error' in parsed) return sendOAuthError(response, parsed);
    const client = await authenticateClient(parsed.clientId, parsed.clientSecret);
    if (!client) {
      log.warn({ viaBasic: parsed.viaBasic }, 'an analytics client failed to authenticate');
      return sendOAuthError(response, { status: 401, error: 'invalid_client', description: 'Unknown client, wrong secret, or a revoked client.' });
    }
    const token = await issuer.clientToken(client, CLIENT_TOKEN_LIFETIME_SECONDS);
    log.info({ analyticsClient: client.id }, 'token granted to an analytics client');
    response.setHeader('cache-control', 'no-store');
    response.setHeader('pragma', 'no-cache');
    sendJson(response, 200, { access_token: token, token_type: 'Bearer', expires_in: CLIENT_TOKEN_LIFETIME_SECONDS });
  };
}
