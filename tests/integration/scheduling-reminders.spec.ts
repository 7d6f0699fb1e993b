import 'reflect-metadata';
import { required } from '@terugkeer/domain';
import { readSchedulingConfig } from '@terugkeer/scheduling/dist/config';
import { attachJobQueue } from '@terugkeer/scheduling/dist/jobs/job-queue';
import { createMailSender } from '@terugkeer/scheduling/dist/modules/notification/mailer';
import { deliverMail } from '@terugkeer/scheduling/dist/modules/notification/notification.service';
import { deliverReminder } from '@terugkeer/scheduling/dist/modules/notification/reminder.service';
import { createSchedulingDataSource } from '@terugkeer/scheduling/dist/service';
import { createLogger, startQueue } from '@terugkeer/service-kit';
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { eventually, publishCaseEvent, redeliverCaseEvent } from '../support/case-events';
import { mondayInWeeks, openTestCase } from '../support/scheduling-fixtures';

jest.setTimeout(30_000);

const NOTIFICATIONS = `{ notifications(first: 100) { edges { node { id reason subjectId dueAt title } } } }`;
type Notification = { id: string; reason: string; subjectId: string; dueAt: string | null; title: string };
const notificationsOf = async (email: string): Promise<Notification[]> =>
  (await graphqlAs(email, NOTIFICATIONS)).data.notifications.edges.map((e: { node: Notification }) => e.node);

const outbox = () => readSchedulingConfig().mail.outboxDir;
const mailsTo = (address: string, subject: string) =>
  existsSync(outbox())
    ? readdirSync(outbox()).filter((file) => {
        const mail = readFileSync(join(outbox(), file), 'utf8');
        return mail.includes(`To: ${address}`) && mail.includes(`Subject: ${subject}`);
      })
    : [];

const isoDay = isoDaysFromToday;

describe('reminders and notifications', () => {
  let testCase: Awaited<ReturnType<typeof openTestCase>>;

  beforeAll(async () => {
    testCase = await openTestCase();
  });

  it('asks for validation of a session report once, however often the event comes', async () => {
    const { caseId, organizationId, people } = testCase;
    const booked = await graphqlAs('coach@arbo.test', 'mutation ($input: BookAppointmentInput!) { bookAppointment(input: $input) { appointment { id } } }', {
      input: {
        caseId,
        kind: 'REFLECTION_TALK',
        startsAt: `${mondayInWeeks(30)}T09:00:00Z`,
        endsAt: `${mondayInWeeks(30)}T10:00:00Z`,
        location: 'OFFICE',
        participantUserIds: [people.daan, people.joost],
        bookDespiteConflicts: true,
      },
    });
    const appointmentId = booked.data.bookAppointment.appointment.id;
    const reportId = randomUUID();
    const event = {
      type: 'session-report.changed',
      aggregateId: caseId,
      organizationId,
      payload: {
        caseId,
        reportId,
        appointmentId,
        kind: 'REFLECTION',
        state: 'AWAITING_VALIDATION',
        awaitingValidationFrom: [people.daan],
        changedAt: new Date().toISOString(),
      },
    };
    const id = await publishCaseEvent(event);
    await publishCaseEvent(event); // replayed as a new event: the dedupe key knows it

    const mine = await eventually(async () => {
      const found = (await notificationsOf('collega@demo.test')).filter((n) => n.subjectId === reportId);
      if (found.length === 0) throw new Error('not yet');
      return found;
    });
    const linked = await eventually(async () => {
      const { data } = await graphqlAs('coach@arbo.test', 'query ($id: ID!) { appointments(caseId: $id) { id sessionReportId } }', { id: caseId });
      const appointment = data.appointments.find((a: { id: string }) => a.id === appointmentId);
      if (!appointment.sessionReportId) throw new Error('not linked yet');
      return appointment;
    });
    expect(linked.sessionReportId).toBe(reportId);
    // Other reports ask Daan the same question; this notification's mail is named after it.
    const ownMail = `${mine[0].id}.eml`;
    const mails = await eventually(async () => {
      const found = mailsTo('collega@demo.test', mine[0].title).filter((file) => file === ownMail);
      if (found.length === 0) throw new Error('no mail yet');
      return found;
    });
    await redeliverCaseEvent(id); // the first one once more: the inbox knows it
    // Let every copy of the event reach the consumer before counting.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    expect((await notificationsOf('collega@demo.test')).filter((n) => n.subjectId === reportId)).toHaveLength(1);
    expect(mailsTo('collega@demo.test', mine[0].title).filter((file) => file === ownMail)).toEqual(mails);
    expect(mails).toEqual([ownMail]);
  });

  describe('before a legal milestone', () => {
    const timeline = (dueDate: string, fulfilledOn: string | null) => ({
      type: 'case.timeline-changed',
      aggregateId: testCase.caseId,
      organizationId: testCase.organizationId,
      payload: {
        caseId: testCase.caseId,
        employeeId: randomUUID(),
        jurisdiction: 'NL',
        firstSickDay: isoDay(-40),
        recoveryDate: null,
        milestones: [{ key: 'PROBLEM_ANALYSIS', kind: 'PROBLEM_ANALYSIS', dueDate, status: fulfilledOn ? 'FULFILLED' : 'OPEN', fulfilledOn, onTime: null }],
      },
    });
    const subject = (days: number) => `${testCase.caseId}:PROBLEM_ANALYSIS:${days}d`;

    it('reminds the manager and the case manager 7 days before, once per due date', async () => {
      const dueDate = isoDay(3);
      await publishCaseEvent(timeline(dueDate, null));
      await publishCaseEvent(timeline(dueDate, null)); // recomputed for another reason: nothing new
      for (const email of ['leidinggevende@demo.test', 'hr@demo.test']) {
        const reminders = await eventually(async () => {
          const found = (await notificationsOf(email)).filter((n) => n.subjectId === subject(7));
          if (found.length === 0) throw new Error('not yet');
          return found;
        });
        expect(reminders).toHaveLength(1);
        expect(reminders[0].reason).toBe('MILESTONE_REMINDER');
      }
      expect((await notificationsOf('hr@andere.test')).filter((n) => n.subjectId.startsWith(testCase.caseId))).toEqual([]);
      expect((await notificationsOf('leidinggevende2@demo.test')).filter((n) => n.subjectId.startsWith(testCase.caseId))).toEqual([]);
    });

    it('delivers a due reminder once, also when a restarted worker runs the same job again', async () => {
      const url = required(process.env.SCHEDULING_DATABASE_URL, 'SCHEDULING_DATABASE_URL');
      const key = await eventually(async () => {
        const probe = createSchedulingDataSource(url);
        await probe.initialize();
        try {
          const rows: { dedupe_key: string }[] = await probe.query(
            `SELECT r.dedupe_key FROM reminders r JOIN people p ON p.user_id = r.user_id
              WHERE r.subject_id = $1 AND r.state = 'PLANNED' AND p.email = 'leidinggevende@demo.test'`,
            [subject(1)],
          );
          if (rows.length !== 1) throw new Error('the 1-day reminder is not planned yet');
          return rows[0].dedupe_key;
        } finally {
          await probe.destroy();
        }
      });

      // Two worker lifetimes, one after the other, each with its own connections and queue.
      const deliveries: boolean[] = [];
      const mails: boolean[] = [];
      for (let run = 0; run < 2; run++) {
        const dataSource = await createSchedulingDataSource(url).initialize();
        const boss = await startQueue(url, createLogger('scheduling'));
        attachJobQueue(boss);
        try {
          deliveries.push(await deliverReminder(dataSource, key));
          const [notification]: { id: string }[] = await dataSource.query(`SELECT id FROM notifications WHERE dedupe_key = $1`, [key]);
          mails.push(await deliverMail(dataSource, createMailSender(readSchedulingConfig().mail), notification.id));
        } finally {
          await boss.stop({ graceful: true });
          await dataSource.destroy();
        }
      }
      expect(deliveries).toEqual([true, false]);
      // The live service's own mail job may have claimed the mail first: either way it went out once.
      expect(mails.filter(Boolean).length).toBeLessThanOrEqual(1);
      const reminders = (await notificationsOf('leidinggevende@demo.test')).filter((n) => n.subjectId === subject(1));
      expect(reminders).toHaveLength(1);
      const sent = await eventually(async () => {
        const found = mailsTo('leidinggevende@demo.test', reminders[0].title).filter((file) => file === `${reminders[0].id}.eml`);
        if (found.length === 0) throw new Error('no mail yet');
        return found;
      });
      expect(sent).toHaveLength(1);
    });

    it('cancels the reminders of a milestone that is fulfilled', async () => {
      const dueDate = isoDay(20);
      await publishCaseEvent(timeline(dueDate, null));
      const probe = await createSchedulingDataSource(required(process.env.SCHEDULING_DATABASE_URL, 'SCHEDULING_DATABASE_URL')).initialize();
      try {
        const states = async () =>
          (await probe.query(`SELECT DISTINCT state FROM reminders WHERE case_id = $1 AND due_at::date = $2::date`, [testCase.caseId, dueDate])).map(
            (r: { state: string }) => r.state,
          );
        await eventually(async () => {
          if ((await states()).join() !== 'PLANNED') throw new Error('not planned yet');
        });
        await publishCaseEvent(timeline(dueDate, isoDay(0)));
        await eventually(async () => {
          expect(await states()).toEqual(['CANCELLED']);
        });
      } finally {
        await probe.destroy();
      }
    });
  });
});
