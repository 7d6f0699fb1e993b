import { graphqlAs } from '../support/gateway-client';
import { mondayInWeeks, openTestCase, sanneCaseId, who } from '../support/scheduling-fixtures';

jest.setTimeout(30_000);

const BOOK = `
  mutation ($input: BookAppointmentInput!) {
    bookAppointment(input: $input) {
      booked
      conflicts { userId name startsAt endsAt }
      appointment { id kind startsAt endsAt location purpose status version participants { userId name role } }
    }
  }`;
const RESCHEDULE = `
  mutation ($input: RescheduleAppointmentInput!) {
    rescheduleAppointment(input: $input) { booked conflicts { userId } appointment { id startsAt version } }
  }`;
const CASE_APPOINTMENTS = 'query ($id: ID!) { case(id: $id) { appointments { id kind } } }';
const CONFLICTS = 'query ($input: AppointmentTimeInput!) { appointmentConflicts(input: $input) { userId name startsAt endsAt } }';

describe('appointments', () => {
  let testCase: Awaited<ReturnType<typeof openTestCase>>;
  const day = mondayInWeeks(10);
  const at = (time: string) => `${day}T${time}:00Z`;

  beforeAll(async () => {
    testCase = await openTestCase();
  });

  it('reports a busy participant before booking and refuses unless asked to book anyway', async () => {
    const { people, caseId } = testCase;
    const first = await graphqlAs('coach@arbo.test', BOOK, {
      input: { caseId, kind: 'THREE_WAY_TALK', startsAt: at('09:00'), endsAt: at('10:00'), location: 'NEUTRAL_PLACE', purpose: 'THINK_ALONG', participantUserIds: [people.daan, people.mark, people.joost] },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data.bookAppointment).toMatchObject({ booked: true, conflicts: [] });
    expect(first.data.bookAppointment.appointment.participants).toEqual(
      expect.arrayContaining([
        { userId: people.daan, name: 'Daan Bos', role: 'EMPLOYEE' },
        { userId: people.mark, name: 'Mark Jansen', role: 'MANAGER' },
      ]),
    );

    const overlapping = { caseId, kind: 'COMPANY_DOCTOR_CONSULT', startsAt: at('09:30'), endsAt: at('10:30'), location: 'OFFICE', participantUserIds: [people.daan, people.eva] };
    const refused = await graphqlAs('bedrijfsarts@arbo.test', BOOK, { input: overlapping });
    expect(refused.data.bookAppointment.booked).toBe(false);
    expect(refused.data.bookAppointment.appointment).toBeNull();
    expect(refused.data.bookAppointment.conflicts).toEqual([{ userId: people.daan, name: 'Daan Bos', startsAt: `${day}T09:00:00.000Z`, endsAt: `${day}T10:00:00.000Z` }]);

    const backToBack = await graphqlAs('bedrijfsarts@arbo.test', BOOK, { input: { ...overlapping, startsAt: at('10:00'), endsAt: at('10:30') } });
    expect(backToBack.data.bookAppointment).toMatchObject({ booked: true, conflicts: [] });

    const anyway = await graphqlAs('bedrijfsarts@arbo.test', BOOK, { input: { ...overlapping, bookDespiteConflicts: true } });
    expect(anyway.data.bookAppointment.booked).toBe(true);
    expect(anyway.data.bookAppointment.conflicts.map((c: { userId: string }) => c.userId).sort()).toEqual([people.daan, people.daan, people.eva].sort());
  });

  it('moves an appointment only from the version the caller saw', async () => {
    const { people, caseId } = testCase;
    const booked = await graphqlAs('leidinggevende@demo.test', BOOK, {
      input: { caseId, kind: 'CONTACT_MOMENT', startsAt: at('13:00'), endsAt: at('13:30'), location: 'ONLINE', purpose: 'INFORM', participantUserIds: [people.daan, people.mark] },
    });
    const appointment = booked.data.bookAppointment.appointment;
    const moved = await graphqlAs('leidinggevende@demo.test', RESCHEDULE, { input: { id: appointment.id, expectedVersion: 1, startsAt: at('14:00'), endsAt: at('14:30') } });
    expect(moved.data.rescheduleAppointment).toMatchObject({ booked: true, appointment: { startsAt: `${day}T14:00:00.000Z`, version: 2 } });

    const stale = await graphqlAs('leidinggevende@demo.test', RESCHEDULE, { input: { id: appointment.id, expectedVersion: 1, startsAt: at('15:00'), endsAt: at('15:30') } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const badInterval = await graphqlAs('leidinggevende@demo.test', RESCHEDULE, { input: { id: appointment.id, expectedVersion: 2, startsAt: at('15:00'), endsAt: at('14:00') } });
    expect(badInterval.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
  });

  it('takes a colleague into a dialogue talk only', async () => {
    const { people, caseId } = testCase;
    const sanne = await who('werknemer@demo.test');
    const refused = await graphqlAs('coach@arbo.test', BOOK, {
      input: { caseId, kind: 'REFLECTION_TALK', startsAt: at('11:00'), endsAt: at('12:00'), location: 'OFFICE', participantUserIds: [people.daan, sanne.id] },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantUserIds' });
  });

  it("tells the busy times of the case's own people and colleagues only, never another employer's", async () => {
    const { people, caseId } = testCase;
    // Ingrid leads another team at the same employer; Pieter and Kees work for Andere BV.
    const [ingrid, pieter, kees] = await Promise.all(['leidinggevende2@demo.test', 'werknemer@andere.test', 'leidinggevende@andere.test'].map(who));
    const pieterCase = (await graphqlAs('werknemer@andere.test', '{ viewer { cases(first: 1) { edges { node { id } } } } }')).data.viewer.cases.edges[0].node.id;
    const busy = { startsAt: at('07:00'), endsAt: at('08:00') };
    const theirs = await graphqlAs('hr@andere.test', BOOK, {
      input: { caseId: pieterCase, kind: 'CONTACT_MOMENT', ...busy, location: 'ONLINE', participantUserIds: [pieter.id, kees.id], bookDespiteConflicts: true },
    });
    expect(theirs.data.bookAppointment.booked).toBe(true);

    const asked = await graphqlAs('hr@demo.test', CONFLICTS, { input: { caseId, ...busy, participantUserIds: [people.daan, pieter.id] } });
    expect(asked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantUserIds', reasonCode: 'NOT_A_COLLEAGUE' });
    expect(JSON.stringify(asked)).not.toContain('Pieter');
    const dialogue = { caseId, kind: 'DIALOGUE_TALK', ...busy, location: 'OFFICE', bookDespiteConflicts: true };
    const withThem = await graphqlAs('coach@arbo.test', BOOK, { input: { ...dialogue, participantUserIds: [people.daan, pieter.id] } });
    expect(withThem.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantUserIds' });
    const fromTheirSide = await graphqlAs('hr@andere.test', CONFLICTS, { input: { caseId: pieterCase, ...busy, participantUserIds: [pieter.id, people.daan] } });
    expect(fromTheirSide.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantUserIds' });

    const withColleague = await graphqlAs('coach@arbo.test', BOOK, { input: { ...dialogue, participantUserIds: [people.daan, ingrid.id] } });
    expect(withColleague.data.bookAppointment.appointment.participants).toContainEqual({ userId: ingrid.id, name: 'Ingrid Hoekstra', role: 'COLLEAGUE' });
    const ours = await graphqlAs('hr@demo.test', CONFLICTS, { input: { caseId, ...busy, participantUserIds: [people.daan, ingrid.id] } });
    const times = { startsAt: `${day}T07:00:00.000Z`, endsAt: `${day}T08:00:00.000Z` };
    expect(ours.data.appointmentConflicts).toEqual(
      expect.arrayContaining([{ userId: people.daan, name: 'Daan Bos', ...times }, { userId: ingrid.id, name: 'Ingrid Hoekstra', ...times }]),
    );
  });

  it('lets nobody outside the case see or book', async () => {
    const { people, caseId } = testCase;
    const input = { caseId, kind: 'THREE_WAY_TALK', startsAt: at('16:00'), endsAt: at('16:30'), location: 'OFFICE', participantUserIds: [people.daan] };
    for (const outsider of ['coach2@arbo.test', 'hr@andere.test', 'leidinggevende2@demo.test', 'bedrijfsarts2@arbo.test']) {
      const booking = await graphqlAs(outsider, BOOK, { input });
      expect(booking.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const employee = await graphqlAs('collega@demo.test', BOOK, { input });
    expect(employee.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const sanneCase = await sanneCaseId();
    const seen = await graphqlAs('coach@arbo.test', CASE_APPOINTMENTS, { id: sanneCase });
    expect(seen.data.case.appointments.length).toBeGreaterThanOrEqual(5);
    for (const outsider of ['coach2@arbo.test', 'hr@andere.test']) {
      const { data } = await graphqlAs(outsider, CASE_APPOINTMENTS, { id: sanneCase });
      expect(data?.case?.appointments ?? []).toEqual([]);
    }
  });
});
