import { caseRelationships, isUuid } from '@terugkeer/domain';
import { bearerToken, sendJson, type RouteHandler, type Viewer } from '@terugkeer/service-kit';
import type { ServerResponse } from 'node:http';
import type { DataSource } from 'typeorm';
import { appointmentById, calendarOf, feedAppointments, feedOwner } from './calendar.service';
import { caseAccessLoader } from '../case/case-access.repository';

function sendCalendar(response: ServerResponse, body: string, filename: string): void {
  response.writeHead(200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `inline; filename="${filename}"`,
    'cache-control': 'private, max-age=300',
    'content-length': Buffer.byteLength(body),
  });
  response.end(body);
}

/**
 * `GET /calendar/feeds/<token>.ics`: the feed a calendar app subscribes to; the secret token is
 * the only credential. `GET /calendar/appointments/<id>.ics`: one appointment, for a signed-in
 * user who may see its case or takes part in it.
 */
export function calendarRoutes(dataSource: DataSource, verifyToken: (token: string) => Promise<Viewer>): Record<string, RouteHandler> {
  return {
    '/calendar/feeds/': async (request, response, url) => {
      const match = /^\/calendar\/feeds\/([A-Za-z0-9_-]{43})\.ics$/.exec(url.pathname);
      const userId = match && request.method === 'GET' ? await feedOwner(dataSource, match[1]) : null;
      if (!userId) return sendJson(response, 404, { error: 'not found' });
      sendCalendar(response, calendarOf('Terugkeer', await feedAppointments(dataSource, userId)), 'terugkeer.ics');
    },
    '/calendar/appointments/': async (request, response, url) => {
      const token = bearerToken(request);
      // eslint-disable-next-line no-restricted-syntax -- a token that does not verify is no token: the answer is 401
      const viewer = token ? await verifyToken(token).catch(() => null) : null;
      if (!viewer) return sendJson(response, 401, { error: 'A valid token is required.' });
      const match = /^\/calendar\/appointments\/([^/]+)\.ics$/.exec(url.pathname);
      const appointment = match && isUuid(match[1]) ? await appointmentById(dataSource, match[1]) : null;
      const facts = appointment ? await caseAccessLoader(dataSource).load(appointment.caseId) : null;
      const allowed = appointment && (appointment.participantUserIds.includes(viewer.userId) || (facts && caseRelationships(viewer, facts).length > 0));
      if (!appointment || !allowed) return sendJson(response, 404, { error: 'not found' });
      sendCalendar(response, calendarOf('Terugkeer', [appointment]), `afspraak-${appointment.id}.ics`);
    },
  };
}
