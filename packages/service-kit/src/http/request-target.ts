import type { IncomingMessage } from 'node:http';

const PLACEHOLDER_ORIGIN = 'http://origin.invalid';
const AUTHORITY = /^(?:[a-z0-9._-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i;

/** A Host header that is a host and an optional port, and nothing else. */
function isAuthority(host: string): boolean {
  const match = AUTHORITY.exec(host);
  if (!match || Number(match[1] ?? 0) > 65_535) return false;
  try {
    return new URL(`http://${host}`).pathname === '/';
  } catch {
    return false;
  }
}

/**
 * The path and query of a request whose target is a path (`/graphql?x=1`). An absolute
 * (`http://host/…`), authority (`host:443`), asterisk (`*`) or scheme-relative (`//host/…`,
 * `/\host/…`) target names a host: a server that builds a URL from it can be sent wherever
 * its caller likes. Such a target is refused, never interpreted, and so is a Host header that
 * is not a plain host and port, which libraries that build URLs from it cannot parse.
 */
export function requestTarget(request: Pick<IncomingMessage, 'url' | 'headers'>): URL | null {
  const { url: target, headers } = request;
  if (!target?.startsWith('/') || (headers.host !== undefined && !isAuthority(headers.host))) return null;
  try {
    const url = new URL(target, PLACEHOLDER_ORIGIN);
    return url.origin === PLACEHOLDER_ORIGIN ? url : null;
  } catch {
    return null;
  }
}

/**
 * GraphQL in JSON, in UTF-8. The one body a page of another site cannot send without the
 * browser asking first, so a form or a `text/plain` POST never runs a mutation (CSRF).
 */
export function isJsonRequest(request: IncomingMessage): boolean {
  const [mediaType, ...parameters] = (request.headers['content-type'] ?? '').split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') return false;
  return parameters.every((parameter) => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter));
}
