import type { Mode } from '@terugkeer/env';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** CORS for the configured origins only (the shell, the remotes, intranets that embed us). */
export function applyCors(request: IncomingMessage, response: ServerResponse, allowedOrigins: string[]): boolean {
  const origin = request.headers.origin;
  if (origin && allowedOrigins.includes(origin)) {
    response.setHeader('access-control-allow-origin', origin);
    response.setHeader('vary', 'Origin');
    response.setHeader('access-control-allow-headers', 'authorization, content-type, x-request-id, apollo-require-preflight');
    response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
    response.setHeader('access-control-max-age', '600');
  }
  if (request.method === 'OPTIONS') {
    response.writeHead(origin && allowedOrigins.includes(origin) ? 204 : 403);
    response.end();
    return true;
  }
  return false;
}

/**
 * The API serves JSON and calendar files only: nothing may frame it or run in it. The
 * development GraphiQL page is the one exception to the content policy.
 */
export function applySecurityHeaders(response: ServerResponse, options: { mode: Mode; graphiql: boolean }): void {
  response.setHeader('x-content-type-options', 'nosniff');
  response.setHeader('referrer-policy', 'no-referrer');
  response.setHeader('cross-origin-resource-policy', 'same-site');
  response.setHeader('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  if (!options.graphiql) response.setHeader('content-security-policy', "default-src 'none'; frame-ancestors 'none'");
  if (options.mode === 'production') response.setHeader('strict-transport-security', 'max-age=31536000; includeSubDomains');
}
