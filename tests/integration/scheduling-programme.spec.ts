import { required } from '@terugkeer/domain';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';
import { openOwnSchedulingCase } from '../support/own-scheduling';
import { mondayInWeeks, sanneCaseId } from '../support/scheduling-fixtures';

jest.setTimeout(30_000);

const PROGRAMME_FIELDS = `
  id status startDate
  progress { held missed remaining unrecorded currentWeek }
  unplaced { week kind }
  sessions { id kind startsAt endsAt status version programmeWeek participants { userId role } }`;
const PROGRAMME = `query ($id: ID!) { case(id: $id) { programme { ${PROGRAMME_FIELDS} } } }`;
// Test cases exist only in the scheduling service's replica, so they are read by case id.
const PROGRAMME_BY_CASE = `query ($id: ID!) { programme(caseId: $id) { ${PROGRAMME_FIELDS} } }`;
const START = `
  mutation ($input: StartProgrammeInput!) {
    startProgramme(input: $input) { id status sessions { id kind startsAt endsAt programmeWeek } unplaced { week } }
  }`;
const RESCHEDULE = `
  mutation ($input: RescheduleSessionInput!) {
    rescheduleProgrammeSession(input: $input) { ok reason appointment { startsAt endsAt version } }
  }`;

interface Session {
  id: string;
  kind: string;
  startsAt: string;
  endsAt: string;
  status: string;
  version: number;
  programmeWeek: number;
}

const overlaps = (a: { startsAt: string; endsAt: string }, b: { startsAt: string; endsAt: string }) =>
  new Date(a.startsAt) < new Date(b.endsAt) && new Date(b.startsAt) < new Date(a.endsAt);

describe('the 8-week programme', () => {
  it("shows Sanne's demo programme in week 3 with one missed session", async () => {
    const { data } = await graphqlAs('coach@arbo.test', PROGRAMME, { id: await sanneCaseId() });
    const { progress, sessions } = data.case.programme;
    expect(sessions).toHaveLength(24);
    expect(progress.currentWeek).toBe(3);
    expect(progress.missed).toBe(1);
    expect(progress.held + progress.missed + progress.remaining + progress.unrecorded).toBe(24);
    // Weeks 1 and 2 are past (six talks, one missed); this week's talks count once they end.
    expect(progress.held).toBeGreaterThanOrEqual(5);
  });

  describe('started by the assigned coach', () => {
    let own: OwnOrganization;
    let caseId: string;
    let sessions: Session[];
    const startDate = mondayInWeeks(20);

    beforeAll(async () => {
      own = await createOwnOrganization('Programma');
      caseId = await openOwnSchedulingCase(own);
      // The coach is busy on the first Monday morning: the reflection talk has to move.
      const busy = await graphqlAs(own.coach.email, `mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { booked } }`, {
        input: {
          caseId,
          kind: 'THREE_WAY_TALK',
          startsAt: `${startDate}T08:30:00Z`,
          endsAt: `${startDate}T10:00:00Z`,
          location: 'OFFICE',
          participantUserIds: [own.coach.userId, own.manager.userId],
          bookDespiteConflicts: true,
        },
      });
      expect(busy.data.bookAppointment.booked).toBe(true);
    });

    it('is refused to an unassigned coach and to others', async () => {
      const input = {
        caseId,
        startDate,
        reflectionWeekday: 1,
        dialogueWeekdays: [2, 4],
        startTime: '10:00',
        colleagueUserId: own.doctor.userId,
      };
      expect((await graphqlAs(own.otherCoach.email, START, { input })).errors?.[0].extensions?.code).toBe('NOT_FOUND');
      expect((await graphqlAs(own.caseManager.email, START, { input })).errors).toBeDefined();
    });

    it('generates three sessions a week for 8 weeks around existing appointments', async () => {
      // Sem, who leads another team, is a colleague of the employee at the same employer.
      const colleague = own.otherManager.userId;
      const started = await graphqlAs(own.coach.email, START, {
        input: { caseId, startDate, reflectionWeekday: 1, dialogueWeekdays: [2, 4], startTime: '10:00', colleagueUserId: colleague },
      });
      expect(started.errors).toBeUndefined();
      expect(started.data.startProgramme.unplaced).toEqual([]);
      const { data } = await graphqlAs(own.coach.email, PROGRAMME_BY_CASE, { id: caseId });
      sessions = data.programme.sessions;
      expect(sessions).toHaveLength(24);
      for (let week = 1; week <= 8; week++) {
        const kinds = sessions
          .filter((s) => s.programmeWeek === week)
          .map((s) => s.kind)
          .sort();
        expect(kinds).toEqual(['DIALOGUE_TALK', 'DIALOGUE_TALK', 'REFLECTION_TALK']);
      }
      const { data: coach } = await graphqlAs(own.coach.email, 'query ($from: DateTime) { myAppointments(from: $from) { id startsAt endsAt status } }', {
        from: `${startDate}T00:00:00Z`,
      });
      const others = coach.myAppointments.filter((a: Session) => a.status === 'PLANNED' && !sessions.some((s) => s.id === a.id));
      expect(others.length).toBeGreaterThan(0);
      for (const session of sessions) expect(others.filter((other: Session) => overlaps(session, other))).toEqual([]);
      const firstReflection = required(
        sessions.find((s) => s.programmeWeek === 1 && s.kind === 'REFLECTION_TALK'),
        'the reflection talk of week 1',
      );
      expect(new Date(firstReflection.startsAt) >= new Date(`${startDate}T10:00:00Z`)).toBe(true);
      expect(data.programme.progress).toMatchObject({ held: 0, missed: 0, remaining: 24 });
    });

    it('refuses a second active programme for the case', async () => {
      const again = await graphqlAs(own.coach.email, START, {
        input: { caseId, startDate, reflectionWeekday: 1, dialogueWeekdays: [2, 4], startTime: '10:00' },
      });
      expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'caseId' });
    });

    it('moves a session within its week and keeps the others in place', async () => {
      const session = required(
        sessions.find((s) => s.programmeWeek === 2 && s.kind === 'REFLECTION_TALK'),
        'the reflection talk of week 2',
      );
      const nextDay = new Date(new Date(session.startsAt).getTime() + 86_400_000).toISOString().slice(0, 10);
      const moved = await graphqlAs(own.coach.email, RESCHEDULE, {
        input: { appointmentId: session.id, expectedVersion: session.version, newStart: `${nextDay}T15:00` },
      });
      expect(moved.data.rescheduleProgrammeSession.ok).toBe(true);
      expect(moved.data.rescheduleProgrammeSession.appointment.startsAt.slice(0, 10)).toBe(nextDay);

      const otherWeek = new Date(new Date(session.startsAt).getTime() + 7 * 86_400_000).toISOString().slice(0, 10);
      const refused = await graphqlAs(own.coach.email, RESCHEDULE, {
        input: { appointmentId: session.id, expectedVersion: session.version + 1, newStart: `${otherWeek}T15:00` },
      });
      expect(refused.data.rescheduleProgrammeSession).toMatchObject({ ok: false, reason: 'OUTSIDE_WEEK' });

      const { data } = await graphqlAs(own.coach.email, PROGRAMME_BY_CASE, { id: caseId });
      const unchanged = data.programme.sessions.filter((s: Session) => s.id !== session.id);
      expect(unchanged.map((s: Session) => s.startsAt).sort()).toEqual(
        sessions
          .filter((s) => s.id !== session.id)
          .map((s) => s.startsAt)
          .sort(),
      );
    });

    it('counts held and missed sessions in the progress', async () => {
      const [first, second] = sessions.filter((s) => s.programmeWeek === 1);
      const mark = `mutation ($input: SetAppointmentStatusInput!) { setAppointmentStatus(input: $input) { status version } }`;
      await graphqlAs(own.coach.email, mark, { input: { id: first.id, expectedVersion: first.version, status: 'HELD' } });
      await graphqlAs(own.coach.email, mark, { input: { id: second.id, expectedVersion: second.version, status: 'NO_SHOW' } });
      const { data } = await graphqlAs(own.otherManager.email, PROGRAMME_BY_CASE, { id: caseId });
      expect(data.programme).toBeNull();
      const { data: mine } = await graphqlAs(own.employee.email, PROGRAMME_BY_CASE, { id: caseId });
      expect(mine.programme.progress).toMatchObject({ held: 1, missed: 1, remaining: 22 });
    });
  });
});
