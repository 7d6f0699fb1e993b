import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';
import { openOwnSchedulingCase } from '../support/own-scheduling';
import { mondayInWeeks, sanneCaseId } from '../support/scheduling-fixtures';

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
  // Lotte Smit is the employee, Ruben Kok her manager, Sem Visser leads another team of the
  // same employer; the other organization is another employer with a case of its own.
  let own: OwnOrganization;
  let other: OwnOrganization;
  let caseId: string;
  let otherCaseId: string;
  const day = mondayInWeeks(10);
  const at = (time: string) => `${day}T${time}:00Z`;

  beforeAll(async () => {
    [own, other] = await Promise.all([createOwnOrganization('Afspraken'), createOwnOrganization('Andere afspraken')]);
    [caseId, otherCaseId] = await Promise.all([openOwnSchedulingCase(own), openOwnSchedulingCase(other)]);
  });

  it('reports a busy participant before booking and refuses unless asked to book anyway', async () => {
    const first = await graphqlAs(own.coach.email, BOOK, {
      input: {
        caseId,
        kind: 'THREE_WAY_TALK',
        startsAt: at('09:00'),
        endsAt: at('10:00'),
        location: 'NEUTRAL_PLACE',
        purpose: 'THINK_ALONG',
        participantUserIds: [own.employee.userId, own.manager.userId, own.coach.userId],
      },
    });
    expect(first.errors).toBeUndefined();
    expect(first.data.bookAppointment).toMatchObject({ booked: true, conflicts: [] });
    expect(first.data.bookAppointment.appointment.participants).toEqual(
      expect.arrayContaining([
        { userId: own.employee.userId, name: own.employee.name, role: 'EMPLOYEE' },
        { userId: own.manager.userId, name: own.manager.name, role: 'MANAGER' },
      ]),
    );

    const overlapping = {
      caseId,
      kind: 'COMPANY_DOCTOR_CONSULT',
      startsAt: at('09:30'),
      endsAt: at('10:30'),
      location: 'OFFICE',
      participantUserIds: [own.employee.userId, own.doctor.userId],
    };
    const refused = await graphqlAs(own.doctor.email, BOOK, { input: overlapping });
    expect(refused.data.bookAppointment.booked).toBe(false);
    expect(refused.data.bookAppointment.appointment).toBeNull();
    expect(refused.data.bookAppointment.conflicts).toEqual([
      { userId: own.employee.userId, name: own.employee.name, startsAt: `${day}T09:00:00.000Z`, endsAt: `${day}T10:00:00.000Z` },
    ]);

    const backToBack = await graphqlAs(own.doctor.email, BOOK, { input: { ...overlapping, startsAt: at('10:00'), endsAt: at('10:30') } });
    expect(backToBack.data.bookAppointment).toMatchObject({ booked: true, conflicts: [] });

    const anyway = await graphqlAs(own.doctor.email, BOOK, { input: { ...overlapping, bookDespiteConflicts: true } });
    expect(anyway.data.bookAppointment.booked).toBe(true);
    expect(anyway.data.bookAppointment.conflicts.map((c: { userId: string }) => c.userId).sort()).toEqual(
      [own.employee.userId, own.employee.userId, own.doctor.userId].sort(),
    );
  });

  it('moves an appointment only from the version the caller saw', async () => {
    const booked = await graphqlAs(own.manager.email, BOOK, {
      input: {
        caseId,
        kind: 'CONTACT_MOMENT',
        startsAt: at('13:00'),
        endsAt: at('13:30'),
        location: 'ONLINE',
        purpose: 'INFORM',
        participantUserIds: [own.employee.userId, own.manager.userId],
      },
    });
    const appointment = booked.data.bookAppointment.appointment;
    const moved = await graphqlAs(own.manager.email, RESCHEDULE, {
      input: { id: appointment.id, expectedVersion: 1, startsAt: at('14:00'), endsAt: at('14:30') },
    });
    expect(moved.data.rescheduleAppointment).toMatchObject({ booked: true, appointment: { startsAt: `${day}T14:00:00.000Z`, version: 2 } });

    const stale = await graphqlAs(own.manager.email, RESCHEDULE, {
      input: { id: appointment.id, expectedVersion: 1, startsAt: at('15:00'), endsAt: at('15:30') },
    });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });

    const badInterval = await graphqlAs(own.manager.email, RESCHEDULE, {
      input: { id: appointment.id, expectedVersion: 2, startsAt: at('15:00'), endsAt: at('14:00') },
    });
    expect(badInterval.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsAt' });
  });

  it('takes a colleague into a dialogue talk only', async () => {
    const refused = await graphqlAs(own.coach.email, BOOK, {
      input: {
        caseId,
        kind: 'REFLECTION_TALK',
        startsAt: at('11:00'),
        endsAt: at('12:00'),
        location: 'OFFICE',
        participantUserIds: [own.employee.userId, own.otherManager.userId],
      },
    });
    expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantUserIds' });
  });

  it("tells the busy times of the case's own people and colleagues only, never another employer's", async () => {
    // Sem leads another team at the same employer; the other organization's employee and her manager work for another.
    const [colleague, theirEmployee, theirManager] = [own.otherManager, other.employee, other.manager];
    const busy = { startsAt: at('07:00'), endsAt: at('08:00') };
    const theirs = await graphqlAs(other.caseManager.email, BOOK, {
      input: {
        caseId: otherCaseId,
        kind: 'CONTACT_MOMENT',
        ...busy,
        location: 'ONLINE',
        participantUserIds: [theirEmployee.userId, theirManager.userId],
        bookDespiteConflicts: true,
      },
    });
    expect(theirs.data.bookAppointment.booked).toBe(true);

    const asked = await graphqlAs(own.caseManager.email, CONFLICTS, {
      input: { caseId, ...busy, participantUserIds: [own.employee.userId, theirEmployee.userId] },
    });
    expect(asked.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantUserIds', reasonCode: 'NOT_A_COLLEAGUE' });
    expect(JSON.stringify(asked)).not.toContain(theirEmployee.email);
    expect(JSON.stringify(asked)).not.toContain(theirEmployee.name);
    const dialogue = { caseId, kind: 'DIALOGUE_TALK', ...busy, location: 'OFFICE', bookDespiteConflicts: true };
    const withThem = await graphqlAs(own.coach.email, BOOK, { input: { ...dialogue, participantUserIds: [own.employee.userId, theirEmployee.userId] } });
    expect(withThem.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantUserIds' });
    const fromTheirSide = await graphqlAs(other.caseManager.email, CONFLICTS, {
      input: { caseId: otherCaseId, ...busy, participantUserIds: [theirEmployee.userId, own.employee.userId] },
    });
    expect(fromTheirSide.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participantUserIds' });

    const withColleague = await graphqlAs(own.coach.email, BOOK, { input: { ...dialogue, participantUserIds: [own.employee.userId, colleague.userId] } });
    expect(withColleague.data.bookAppointment.appointment.participants).toContainEqual({ userId: colleague.userId, name: colleague.name, role: 'COLLEAGUE' });
    const ours = await graphqlAs(own.caseManager.email, CONFLICTS, { input: { caseId, ...busy, participantUserIds: [own.employee.userId, colleague.userId] } });
    const times = { startsAt: `${day}T07:00:00.000Z`, endsAt: `${day}T08:00:00.000Z` };
    expect(ours.data.appointmentConflicts).toEqual(
      expect.arrayContaining([
        { userId: own.employee.userId, name: own.employee.name, ...times },
        { userId: colleague.userId, name: colleague.name, ...times },
      ]),
    );
  });

  it('lets nobody outside the case see or book', async () => {
    const input = { caseId, kind: 'THREE_WAY_TALK', startsAt: at('16:00'), endsAt: at('16:30'), location: 'OFFICE', participantUserIds: [own.employee.userId] };
    for (const outsider of [own.otherCoach.email, other.caseManager.email, own.otherManager.email, own.otherDoctor.email]) {
      const booking = await graphqlAs(outsider, BOOK, { input });
      expect(booking.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const employee = await graphqlAs(own.employee.email, BOOK, { input });
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
