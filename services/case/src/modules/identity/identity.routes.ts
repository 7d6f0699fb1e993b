import { bearerToken, createClaimsVerifier, isServiceToken, sendJson, type RouteHandler, type TokenVerifierOptions } from '@terugkeer/service-kit';
import type { DataSource } from 'typeorm';
import { identitiesByEmail } from './identity.service';

/**
 * `GET /internal/identity?email=…` answers the token issuer (the gateway) with a
 * user's memberships; without `email` it lists every user, which the development
 * login picker shows. Only a service token with scope `identity:read` gets an answer.
 */
export function identityRoutes(dataSource: DataSource, tokens: TokenVerifierOptions): Record<string, RouteHandler> {
  const verifyClaims = createClaimsVerifier(tokens);
  return {
    '/internal/identity': async (request, response, url) => {
      const token = bearerToken(request);
      const claims = token ? await verifyClaims(token).catch(() => null) : null;
      if (!claims || !isServiceToken(claims, 'identity:read')) {
        sendJson(response, 401, { error: 'A service token with scope identity:read is required.' });
        return;
      }
      const email = url.searchParams.get('email');
      sendJson(response, 200, await identitiesByEmail(dataSource, email ? [email] : null));
    },
  };
}
