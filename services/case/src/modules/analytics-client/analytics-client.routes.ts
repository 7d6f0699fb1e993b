import { bearerToken, createClaimsVerifier, isServiceToken, readBody, sendJson, type RouteHandler, type TokenVerifierOptions } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { AnalyticsClientService } from './analytics-client.service';

/**
 * `POST /internal/analytics-clients/authenticate` with `{"clientId", "clientSecret"}`: the
 * token issuer (the gateway) asks who a client is before it grants a token. Only a service
 * token with scope `analytics-client:authenticate` gets an answer; a client that does not
 * authenticate gets 401 and the attempt is audited like a success.
 */
export function analyticsClientRoutes(dataSource: DataSource, tokens: TokenVerifierOptions): Record<string, RouteHandler> {
  const verifyClaims = createClaimsVerifier(tokens);
  const clients = new AnalyticsClientService(dataSource);
  return {
    '/internal/analytics-clients/authenticate': async (request, response) => {
      const token = bearerToken(request);
      // eslint-disable-next-line no-restricted-syntax -- a token that does not verify is no token: the answer is 401
      const claims = token ? await verifyClaims(token).catch(() => null) : null;
      if (!claims || !isServiceToken(claims, 'analytics-client:authenticate')) {
        sendJson(response, 401, { error: 'A service token with scope analytics-client:authenticate is required.' });
        return;
      }
      if (request.method !== 'POST') {
        sendJson(response, 405, { error: 'POST the client id and secret.' });
        return;
      }
      const credentials = parseCredentials(await readBody(request, 4_000));
      if (!credentials) {
        sendJson(response, 400, { error: 'Send JSON {"clientId": "...", "clientSecret": "..."}.' });
        return;
      }
      const identity = await clients.authenticate(credentials.clientId, credentials.clientSecret);
      if (!identity) sendJson(response, 401, { error: 'invalid_client' });
      else sendJson(response, 200, identity);
    },
  };
}

function parseCredentials(body: string): { clientId: string; clientSecret: string } | null {
  try {
    const { clientId, clientSecret } = JSON.parse(body) as { clientId?: unknown; clientSecret?: unknown };
    return typeof clientId === 'string' && typeof clientSecret === 'string' ? { clientId, clientSecret } : null;
  } catch {
    return null;
  }
}
