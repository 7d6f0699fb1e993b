import { sendJson } from '@terugkeer/service-kit';
import type { IncomingMessage, ServerResponse } from 'node:http';

const FORWARDED_HEADERS = ['content-type', 'content-disposition', 'cache-control', 'content-length'];
/** The only paths the scheduling subgraph serves here: a feed by its token, an appointment by its id. */
const CALENDAR_PATH = /^\/calendar\/(?:feeds|appointments)\/[A-Za-z0-9_-]{1,64}\.ics$/;

export type CalendarProxy = (request: IncomingMessage, response: ServerResponse, pathname: string) => Promise<void>;

/**
 * `/calendar/...` (iCalendar feeds and downloads) is served by the scheduling subgraph; calendar
 * apps reach it here. The upstream is fixed: its origin comes from configuration, and only a
 * path of the two known shapes is appended, never anything the request target names. Feeds
 * carry their own secret token, downloads the caller's bearer token, which the subgraph checks
 * itself; no other header of the caller is passed on. Read-only: only GET and HEAD.
 */
export function calendarProxy(schedulingGraphqlUrl: string, { timeoutMs = 10_000 } = {}): CalendarProxy {
  const upstreamOrigin = new URL(schedulingGraphqlUrl).origin;
  return async (request, response, pathname) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    if (!CALENDAR_PATH.test(pathname)) return sendJson(response, 404, { error: 'not found' });
    let status: number;
    let headers: Record<string, string>;
    let body: Buffer;
    try {
      const upstream = await fetch(new URL(pathname, upstreamOrigin), {
        method: request.method,
        headers: request.headers.authorization ? { authorization: request.headers.authorization } : {},
        redirect: 'manual',
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = upstream.status;
      headers = Object.fromEntries(FORWARDED_HEADERS.flatMap((name) => (upstream.headers.has(name) ? [[name, upstream.headers.get(name) as string]] : [])));
      body = Buffer.from(await upstream.arrayBuffer());
    } catch (error) {
      const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
      console.warn(`[gateway] calendar upstream ${timedOut ? 'timed out' : 'failed'}: ${(error as Error).message}`);
      return sendJson(response, timedOut ? 504 : 502, { error: timedOut ? 'The calendar service did not answer in time.' : 'The calendar service is not available.' });
    }
    if (status >= 500 || (status >= 300 && status < 400)) {
      console.warn(`[gateway] calendar upstream answered ${status}`);
      return sendJson(response, 502, { error: 'The calendar service is not available.' });
    }
    response.writeHead(status, headers);
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}
