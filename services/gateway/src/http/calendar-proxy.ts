import type { IncomingMessage, ServerResponse } from 'node:http';

const FORWARDED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'content-length'];

/**
 * `/calendar/...` (iCalendar feeds and downloads) is served by the scheduling subgraph; calendar
 * apps reach it here. Feeds carry their own secret token, downloads the caller's bearer token,
 * which the subgraph checks itself. Read-only: only GET is passed on.
 */
export async function proxyCalendar(request: IncomingMessage, response: ServerResponse, schedulingGraphqlUrl: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const target = new URL(request.url ?? '/', schedulingGraphqlUrl);
  const upstream = await fetch(target, {
    method: request.method,
    headers: request.headers.authorization ? { authorization: request.headers.authorization } : {},
    signal: AbortSignal.timeout(10_000),
  });
  const headers: Record<string, string> = {};
  for (const name of FORWARDED_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) headers[name] = value;
  }
  response.writeHead(upstream.status, headers);
  response.end(request.method === 'HEAD' ? undefined : Buffer.from(await upstream.arrayBuffer()));
}
