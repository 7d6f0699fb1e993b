import type { IncomingMessage } from 'node:http';

const PLACEHOLDER_ORIGIN = 'http://origin.invalid';

/**
 * The path and query of a request whose target is a path (`/graphql?x=1`). An absolute
 * (`http://host/…`), authority (`host:443`), asterisk (`*`) or scheme-relative (`//host/…`,
 * `/\host/…`) target names a host: a server that builds a URL from it can be sent wherever
 * its caller likes. Such a target is refused, never interpreted.
 */
export function originFormTarget(target: string | undefined): URL | null {
  if (!target?.startsWith('/')) return null;
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
