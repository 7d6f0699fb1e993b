import { createServer, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { calendarProxy } from './calendar-proxy';

const FEED = '/calendar/feeds/abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG.ics';

async function listen(handler: RequestListener): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

const close = (server: Server) => new Promise<void>((resolve) => { server.closeAllConnections(); server.close(() => resolve()); });

/** A gateway-side server that only proxies, in front of `upstream`, called like a calendar app. */
async function throughProxy(upstream: string, path: string, init: RequestInit = {}, timeoutMs?: number) {
  const proxy = calendarProxy(`${upstream}/graphql`, { timeoutMs });
  const front = await listen((request, response) => void proxy(request, response, new URL(request.url ?? '/', 'http://x').pathname));
  try {
    const response = await fetch(`${front.url}${path}`, init);
    return { status: response.status, headers: response.headers, body: await response.text() };
  } finally {
    await close(front.server);
  }
}

describe('the calendar proxy', () => {
  it('asks its fixed upstream for the path alone, with the caller’s token and no other header of theirs', async () => {
    const seen: { url?: string; headers?: IncomingHttpHeaders } = {};
    const upstream = await listen((request, response) => {
      Object.assign(seen, { url: request.url, headers: request.headers });
      response.writeHead(200, { 'content-type': 'text/calendar; charset=utf-8', 'set-cookie': 'session=x', 'x-internal': 'y' }).end('BEGIN:VCALENDAR\r\n');
    });
    try {
      const answer = await throughProxy(upstream.url, `${FEED}?redirect=http://evil.example`, {
        headers: { authorization: 'Bearer t', cookie: 'c=1', 'x-forwarded-for': '10.0.0.1' },
      });
      expect(answer).toMatchObject({ status: 200, body: 'BEGIN:VCALENDAR\r\n' });
      expect(answer.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
      expect(answer.headers.get('set-cookie')).toBeNull();
      expect(answer.headers.get('x-internal')).toBeNull();
      expect(seen.url).toBe(FEED);
      expect(seen.headers?.authorization).toBe('Bearer t');
      expect(seen.headers?.cookie).toBeUndefined();
      expect(seen.headers?.['x-forwarded-for']).toBeUndefined();
    } finally {
      await close(upstream.server);
    }
  });

  it('refuses paths other than a feed or an appointment, and methods other than GET and HEAD, without asking upstream', async () => {
    let asked = 0;
    const upstream = await listen((_request, response) => {
      asked += 1;
      response.end();
    });
    try {
      for (const path of ['/calendar/feeds/x.ics/../../graphql', '/calendar/feeds/%2e%2e.ics', '/calendar/other/x.ics', '/calendar/feeds/x']) {
        expect((await throughProxy(upstream.url, path)).status).toBe(404);
      }
      expect((await throughProxy(upstream.url, FEED, { method: 'POST', body: 'x' })).status).toBe(405);
      expect(asked).toBe(0);
    } finally {
      await close(upstream.server);
    }
  });

  it('answers 502 when the upstream is down, resets or fails, and 504 when it is slow', async () => {
    const down = await listen(() => undefined);
    await close(down.server);
    expect((await throughProxy(down.url, FEED)).status).toBe(502);

    const reset = await listen((request) => request.socket.destroy());
    const failing = await listen((_request, response) => response.writeHead(500).end('stack trace'));
    const slow = await listen(() => undefined);
    try {
      expect((await throughProxy(reset.url, FEED)).status).toBe(502);
      const failed = await throughProxy(failing.url, FEED);
      expect(failed.status).toBe(502);
      expect(failed.body).not.toContain('stack trace');
      expect((await throughProxy(slow.url, FEED, {}, 200)).status).toBe(504);
    } finally {
      await Promise.all([reset, failing, slow].map(({ server }) => close(server)));
    }
  });
});
