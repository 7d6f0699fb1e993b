import ICAL from 'ical.js';
import { gatewayUrl, graphqlAs, tokenFor } from '../support/gateway-client';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';
import { openOwnSchedulingCase } from '../support/own-scheduling';
import { mondayInWeeks } from '../support/scheduling-fixtures';

const CREATE = 'mutation { createCalendarFeed { url createdAt } }';

async function fetchFeed(url: string, token?: string) {
  const response = await fetch(`${gatewayUrl()}${new URL(url, gatewayUrl()).pathname}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
}

function parse(text: string) {
  return new ICAL.Component(ICAL.parse(text));
}

const START = `mutation ($input: StartProgrammeInput!) { startProgramme(input: $input) { id } }`;

describe('calendar feeds through the gateway', () => {
  // The employee's case with the 8-week programme: 24 talks, the dialogue talks with Sem, who
  // leads another team of the same employer and is not on the case.
  let own: OwnOrganization;
  let caseId: string;

  beforeAll(async () => {
    own = await createOwnOrganization('Agenda');
    caseId = await openOwnSchedulingCase(own);
    const started = await graphqlAs(own.coach.email, START, {
      input: {
        caseId,
        startDate: mondayInWeeks(2),
        reflectionWeekday: 1,
        dialogueWeekdays: [2, 4],
        startTime: '10:00',
        colleagueUserId: own.otherManager.userId,
      },
    });
    if (started.errors) throw new Error(`The programme did not start: ${JSON.stringify(started.errors)}`);
  });

  it("publishes the employee's appointments as a valid iCalendar feed", async () => {
    const created = await graphqlAs(own.employee.email, CREATE);
    expect(created.errors).toBeUndefined();
    const feed = await fetchFeed(created.data.createCalendarFeed.url);
    expect(feed.status).toBe(200);
    expect(feed.type).toMatch(/^text\/calendar/);

    const calendar = parse(feed.text);
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Terugkeer//Scheduling//NL');
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');

    const { data } = await graphqlAs(own.employee.email, 'query ($id: ID!) { case(id: $id) { appointments { id kind startsAt endsAt status } } }', {
      id: caseId,
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
    const first = (await graphqlAs(own.coach.email, CREATE)).data.createCalendarFeed.url;
    expect((await fetchFeed(first)).status).toBe(200);
    const second = (await graphqlAs(own.coach.email, CREATE)).data.createCalendarFeed.url;
    expect(second).not.toBe(first);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);

    const revoked = await graphqlAs(own.coach.email, 'mutation { revokeCalendarFeed }');
    expect(revoked.data.revokeCalendarFeed).toBe(true);
    expect((await fetchFeed(second)).status).toBe(404);
    expect((await fetchFeed('/calendar/feeds/not-a-token.ics')).status).toBe(404);
  });

  it('downloads one appointment as .ics for those who may see it', async () => {
    const { data } = await graphqlAs(own.employee.email, 'query ($id: ID!) { case(id: $id) { appointments { id kind icsPath participants { role } } } }', {
      id: caseId,
    });
    const dialogue = data.case.appointments.find(
      (a: { kind: string; participants: { role: string }[] }) => a.kind === 'DIALOGUE_TALK' && a.participants.some((p) => p.role === 'COLLEAGUE'),
    );
    expect(dialogue.icsPath).toBe(`/calendar/appointments/${dialogue.id}.ics`);

    const download = await fetchFeed(dialogue.icsPath, await tokenFor(own.employee.email));
    expect(download.status).toBe(200);
    const events = parse(download.text).getAllSubcomponents('vevent');
    expect(events.map((e) => e.getFirstPropertyValue('uid'))).toEqual([`${dialogue.id}@terugkeer`]);

    // Sem is not on the case, but he takes part in this dialogue talk.
    expect((await fetchFeed(dialogue.icsPath, await tokenFor(own.otherManager.email))).status).toBe(200);
    expect((await fetchFeed(dialogue.icsPath)).status).toBe(401);
    expect((await fetchFeed(dialogue.icsPath, await tokenFor('hr@andere.test'))).status).toBe(404);
    expect((await fetchFeed(dialogue.icsPath, await tokenFor(own.otherCoach.email))).status).toBe(404);
  });
});
