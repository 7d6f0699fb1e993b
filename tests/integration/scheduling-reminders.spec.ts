import { required } from '@terugkeer/domain';
import { createLogger, startQueue } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withDatabase } from '../support/database';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { eventually, publishCaseEvent, redeliverCaseEvent } from '../support/case-events';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';
import { openOwnSchedulingCase } from '../support/own-scheduling';
import { mondayInWeeks } from '../support/scheduling-fixtures';

jest.setTimeout(30_000);

const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { id reason subjectId dueAt title readAt resolvedAt case { id } } } } }`;
type Notification = {
  id: string;
  reason: string;
  subjectId: string;
  dueAt: string | null;
  title: string;
  readAt: string | null;
  resolvedAt: string | null;
  case: { id: string } | null;
};
const notificationsOf = async (email: string): Promise<Notification[]> =>
  (await graphqlAs(email, NOTIFICATIONS)).data.notifications.edges.map((e: { node: Notification }) => e.node);

/** Where the scheduling service writes each mail without `SMTP_URL`: `<data dir>/mail-outbox`, as the README says. */
const outbox = () => join(required(process.env.TERUGKEER_DATA_DIR, 'TERUGKEER_DATA_DIR'), 'mail-outbox');

/** The scheduling service's queue of due reminders: a job carries the reminder's dedupe key. */
const REMINDER_QUEUE = 'scheduling.reminder';

/**
 * Runs a reminder's job once more through the shared queue, as a worker restarted after a
 * crash runs a job it had not marked done; resolves when the live worker has completed it.
 */
async function runReminderJob(key: string): Promise<void> {
  const url = required(process.env.DATABASE_URL, 'DATABASE_URL');
  const boss = await startQueue(url, createLogger('scheduling-reminders-spec'));
  try {
    const id = required(await boss.send(REMINDER_QUEUE, { key }), 'the id of the reminder job');
    await eventually(async () => {
      const job = await boss.getJobById(REMINDER_QUEUE, id);
      if (job?.state !== 'completed') throw new Error(`the reminder job is ${job?.state ?? 'gone'}`);
    }, 30_000);
  } finally {
    await boss.stop({ graceful: true });
  }
}
const mailsTo = (address: string, subject: string) =>
  existsSync(outbox())
    ? readdirSync(outbox()).filter((file) => {
        const mail = readFileSync(join(outbox(), file), 'utf8');
        return mail.includes(`To: ${address}`) && mail.includes(`Subject: ${subject}`);
      })
    : [];

const isoDay = isoDaysFromToday;

describe('reminders and notifications', () => {
  let own: OwnOrganization;
  let caseId: string;

  beforeAll(async () => {
    own = await createOwnOrganization('Herinneringen');
    caseId = await openOwnSchedulingCase(own);
  });

  it('asks for validation of a session report once, however often the event comes', async () => {
    const booked = await graphqlAs(own.coach.email, 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }', {
      input: {
        caseId,
        kind: 'REFLECTION_TALK',
        startsAt: `${mondayInWeeks(30)}T09:00:00Z`,
        endsAt: `${mondayInWeeks(30)}T10:00:00Z`,
        location: 'OFFICE',
        participantUserIds: [own.employee.userId, own.coach.userId],
        bookDespiteConflicts: true,
      },
    });
    const appointmentId = booked.data.bookAppointment.appointment.id;
    const reportId = randomUUID();
    const event = {
      type: 'session-report.changed',
      aggregateId: caseId,
      organizationId: own.organizationId,
      payload: {
        caseId,
        reportId,
        appointmentId,
        kind: 'REFLECTION',
        state: 'AWAITING_VALIDATION',
        awaitingValidationFrom: [own.employee.userId],
        changedAt: new Date().toISOString(),
      },
    };
    const id = await publishCaseEvent(event);
    await publishCaseEvent(event); // replayed as a new event: the dedupe key knows it

    const mine = await eventually(async () => {
      const found = (await notificationsOf(own.employee.email)).filter((n) => n.subjectId === reportId);
      if (found.length === 0) throw new Error('not yet');
      return found;
    });
    const linked = await eventually(async () => {
      const { data } = await graphqlAs(own.coach.email, 'query ($id: ID!) { appointments(caseId: $id) { id sessionReportId } }', { id: caseId });
      const appointment = data.appointments.find((a: { id: string }) => a.id === appointmentId);
      if (!appointment.sessionReportId) throw new Error('not linked yet');
      return appointment;
    });
    expect(linked.sessionReportId).toBe(reportId);
    // Other reports may ask the employee the same question; this notification's mail is named after it.
    const ownMail = `${mine[0].id}.eml`;
    const mails = await eventually(async () => {
      const found = mailsTo(own.employee.email, mine[0].title).filter((file) => file === ownMail);
      if (found.length === 0) throw new Error('no mail yet');
      return found;
    });
    await redeliverCaseEvent(id); // the first one once more: the inbox knows it
    // Let every copy of the event reach the consumer before counting.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await notificationsOf(own.employee.email)).filter((n) => n.subjectId === reportId)).toHaveLength(1);
    expect(mailsTo(own.employee.email, mine[0].title).filter((file) => file === ownMail)).toEqual(mails);
    expect(mails).toEqual([ownMail]);
  });

  it('resolves a request to validate once that participant validated, and leads to the case only those who may open it', async () => {
    const reportId = randomUUID();
    const round = (awaitingValidationFrom: string[], state = 'AWAITING_VALIDATION') => ({
      type: 'session-report.changed',
      aggregateId: caseId,
      organizationId: own.organizationId,
      payload: { caseId, reportId, appointmentId: null, kind: 'THREE_WAY', state, awaitingValidationFrom, changedAt: '2026-11-02T10:00:00.000Z' },
    });
    await publishCaseEvent(round([own.employee.userId, own.manager.userId]));
    const request = (email: string) =>
      eventually(async () =>
        required(
          (await notificationsOf(email)).find((n) => n.subjectId === reportId),
          'the request',
        ),
      );
    expect((await request(own.employee.email)).case).toEqual({ id: caseId });
    const unreadBefore = (await graphqlAs(own.manager.email, '{ unreadNotificationCount }')).data.unreadNotificationCount;

    // The manager validated; the employee is still asked.
    await publishCaseEvent(round([own.employee.userId]));
    await eventually(async () => expect((await request(own.manager.email)).resolvedAt).not.toBeNull());
    expect((await request(own.manager.email)).readAt).toBeNull();
    expect((await graphqlAs(own.manager.email, '{ unreadNotificationCount }')).data.unreadNotificationCount).toBe(unreadBefore - 1);
    expect((await request(own.employee.email)).resolvedAt).toBeNull();

    // Everyone validated: the round is over for all.
    await publishCaseEvent(round([], 'VALIDATED'));
    await eventually(async () => expect((await request(own.employee.email)).resolvedAt).not.toBeNull());
  });

  describe('before a legal milestone', () => {
    const timeline = (dueDate: string, fulfilledOn: string | null) => ({
      type: 'case.timeline-changed',
      aggregateId: caseId,
      organizationId: own.organizationId,
      payload: {
        caseId,
        employeeId: randomUUID(),
        jurisdiction: 'NL',
        firstSickDay: isoDay(-40),
        recoveryDate: null,
        milestones: [{ key: 'PROBLEM_ANALYSIS', kind: 'PROBLEM_ANALYSIS', dueDate, status: fulfilledOn ? 'FULFILLED' : 'OPEN', fulfilledOn, onTime: null }],
      },
    });
    const subject = (days: number) => `${caseId}:PROBLEM_ANALYSIS:${days}d`;

    it('reminds the manager and the case manager 7 days before, once per due date', async () => {
      const dueDate = isoDay(3);
      await publishCaseEvent(timeline(dueDate, null));
      await publishCaseEvent(timeline(dueDate, null)); // recomputed for another reason: nothing new
      for (const email of [own.manager.email, own.caseManager.email]) {
        const reminders = await eventually(async () => {
          const found = (await notificationsOf(email)).filter((n) => n.subjectId === subject(7));
          if (found.length === 0) throw new Error('not yet');
          return found;
        });
        expect(reminders).toHaveLength(1);
        expect(reminders[0].reason).toBe('MILESTONE_REMINDER');
      }
      expect((await notificationsOf('hr@andere.test')).filter((n) => n.subjectId.startsWith(caseId))).toEqual([]);
      expect((await notificationsOf(own.otherManager.email)).filter((n) => n.subjectId.startsWith(caseId))).toEqual([]);
    });

    it('delivers a due reminder once, also when a restarted worker runs the same job again', async () => {
      const key = await eventually(() =>
        withDatabase('scheduling', async (db) => {
          const { rows } = await db.query(
            `SELECT r.dedupe_key FROM reminders r JOIN people p ON p.user_id = r.user_id
              WHERE r.subject_id = $1 AND r.state = 'PLANNED' AND p.email = $2`,
            [subject(1), own.manager.email],
          );
          if (rows.length !== 1) throw new Error('the 1-day reminder is not planned yet');
          return rows[0].dedupe_key as string;
        }),
      );

      // Due now, and run twice by the live service: the second run finds it delivered.
      await runReminderJob(key);
      await runReminderJob(key);
      const { rows: delivered } = await withDatabase('scheduling', (db) => db.query(`SELECT state FROM reminders WHERE dedupe_key = $1`, [key]));
      expect(delivered).toEqual([{ state: 'SENT' }]);
      const reminders = (await notificationsOf(own.manager.email)).filter((n) => n.subjectId === subject(1));
      expect(reminders).toHaveLength(1);
      const sent = await eventually(async () => {
        const found = mailsTo(own.manager.email, reminders[0].title).filter((file) => file === `${reminders[0].id}.eml`);
        if (found.length === 0) throw new Error('no mail yet');
        return found;
      });
      expect(sent).toHaveLength(1);
    });

    it('cancels the reminders of a milestone that is fulfilled', async () => {
      const dueDate = isoDay(20);
      await publishCaseEvent(timeline(dueDate, null));
      const states = () =>
        withDatabase('scheduling', async (db) =>
          (await db.query(`SELECT DISTINCT state FROM reminders WHERE case_id = $1 AND due_at::date = $2::date`, [caseId, dueDate])).rows.map(
            (r: { state: string }) => r.state,
          ),
        );
      await eventually(async () => {
        if ((await states()).join() !== 'PLANNED') throw new Error('not planned yet');
      });
      await publishCaseEvent(timeline(dueDate, isoDay(0)));
      await eventually(async () => {
        expect(await states()).toEqual(['CANCELLED']);
      });
    });

    it('resolves the reminders already sent once the step is taken', async () => {
      const sent = (await notificationsOf(own.manager.email)).filter((n) => n.subjectId === subject(7));
      expect(sent).toHaveLength(1);
      expect(sent[0].case).toEqual({ id: caseId });
      await publishCaseEvent(timeline(isoDay(3), isoDay(0)));
      await eventually(async () => {
        const [reminder] = (await notificationsOf(own.manager.email)).filter((n) => n.subjectId === subject(7));
        expect(reminder.resolvedAt).not.toBeNull();
      });
    });
  });
});
