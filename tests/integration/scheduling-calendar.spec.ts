import ICAL from 'ical.js';
import { gatewayUrl, graphqlAs, tokenFor } from '../support/gateway-client';
import { sanneCaseId } from '../support/scheduling-fixtures';

const CREATE = 'mutation { createCalendarFeed { url createdAt } }';

async function fetchFeed(url: string, token?: string) {
  const response = await fetch(`${gatewayUrl()}${new URL(url, gatewayUrl()).pathname}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

describe('calendar feeds through the gateway', () => {
  it("publishes the employee's appointments as a valid iCalendar feed", async () => {
    const created = await graphqlAs('werknemer@demo.test', CREATE);
    expect(created.errors).toBeUndefined();
    const feed = await fetchFeed(created.data.createCalendarFeed.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);

    const calendar = parse(feed.text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Terugkeer//Scheduling//NL');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');

    const { data } = await graphqlAs('werknemer@demo.test', 'query ($id: ID!) { case(id: $id) { appointments { id kind startsAt endsAt status } } }', {
      id: await sanneCaseId(),
    });
    const recent = data.case.appointments.filter((a: { endsAt: string }) => Date.parse(a.endsAt) >= Date.now() - 89 * 86_400_000);
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
    expect(events.length).toBe(recent.length);
    expect(events.length).toBeGreaterThan(20);
    for (const event of events) {
      const appointment = recent.find((a: { id: string }) => `${a.id}@terugkeer` === event.uid);
      expect(appointment).toBeDefined();
      expect(event.startDate.zone?.tzid).toBe('UTC');
      expect(event.startDate.toJSDate().toISOString()).toBe(appointment.startsAt);
      expect(event.endDate.toJSDate().toISOString()).toBe(appointment.endsAt);
      expect(event.summary).toEqual(expect.any(String));
      expect(event.location).toEqual(expect.any(String));
      expect(event.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
      expect(event.component.getFirstPropertyValue('status')).toBe(['CANCELLED', 'NO_SHOW'].includes(appointment.status) ? 'CANCELLED' : 'CONFIRMED');
    }
    const lines = feed.text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
  });

  it('stops a feed when it is revoked or replaced', async () => {
    const first = (await graphqlAs('coach@arbo.test', CREATE)).data.createCalendarFeed.url;
    expect((await fetchFeed(first)).status).toBe(200);
    const second = (await graphqlAs('coach@arbo.test', CREATE)).data.createCalendarFeed.url;
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    const revoked = await graphqlAs('coach@arbo.test', 'mutation { revokeCalendarFeed }');
    expect(revoked.data.revokeCalendarFeed).toBe(true);
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await fetchFeed('/calendar/feeds/not-a-token.ics')).status).toBe(404);
  });

  it('downloads one appointment as .ics for those who may see it', async () => {
    const { data } = await graphqlAs('werknemer@demo.test', 'query ($id: ID!) { case(id: $id) { appointments { id kind icsPath participants { role } } } }', {
      id: await sanneCaseId(),
    });
    const dialogue = data.case.appointments.find(
      (a: { kind: string; participants: { role: string }[] }) => a.kind === 'DIALOGUE_TALK' && a.participants.some((p) => p.role === 'COLLEAGUE'),
    );
    expect(dialogue.icsPath).toBe(`/calendar/appointments/${dialogue.id}.ics`);

    const own = await fetchFeed(dialogue.icsPath, await tokenFor('werknemer@demo.test'));
    expect(own.status).toBe(200);
    const events = parse(own.text).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([`${dialogue.id}@terugkeer`]);

    // Daan is not on Sanne's case, but he takes part in this dialogue talk.
    expect((await fetchFeed(dialogue.icsPath, await tokenFor('collega@demo.test'))).status).toBe(200);
    expect((await fetchFeed(dialogue.icsPath)).status).toBe(401);
    expect((await fetchFeed(dialogue.icsPath, await tokenFor('hr@andere.test'))).status).toBe(404);
    expect((await fetchFeed(dialogue.icsPath, await tokenFor('coach2@arbo.test'))).status).toBe(404);
  });
});
