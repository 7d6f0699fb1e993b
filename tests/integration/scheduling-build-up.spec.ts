import { randomUUID } from 'node:crypto';
import { graphqlAs } from '../support/gateway-client';
import { eventually, publishCaseEvent } from '../support/case-events';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';
import { openOwnSchedulingCase } from '../support/own-scheduling';
import { mondayInWeeks } from '../support/scheduling-fixtures';

jest.setTimeout(30_000);

const BUILD_UP = `
  query ($caseId: ID!) {
    buildUp(caseId: $caseId) {
      version source
      weeks { weekStart planned actual home location therapeutic tasks difference planVersion }
      stagnationAlerts { id kind weekStart planned actual dip { date demands resources } }
    }
  }`;
const SET_PLAN = `mutation ($input: SetBuildUpPlanInput!) { setBuildUpPlan(input: $input) { version weeks { weekStart planned } } }`;
const RECORD = `mutation ($input: RecordActualHoursInput!) { recordActualHours(input: $input) { weeks { weekStart actual } } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { id reason subjectId caseId title readAt } } } unreadNotificationCount }`;

type Notification = { id: string; reason: string; subjectId: string; caseId: string; title: string; readAt: string | null };
const notificationsOf = async (email: string): Promise<Notification[]> =>
  (await graphqlAs(email, NOTIFICATIONS)).data.notifications.edges.map((e: { node: Notification }) => e.node);

describe('build-up schedule and stagnation', () => {
  let own: OwnOrganization;
  let caseId: string;
  const weeks = [mondayInWeeks(-3), mondayInWeeks(-2), mondayInWeeks(-1)];

  beforeAll(async () => {
    own = await createOwnOrganization('Opbouw');
    caseId = await openOwnSchedulingCase(own);
  });

  it('takes a plan from the case manager, versioned, and refuses a stale version', async () => {
    const input = {
      caseId,
      expectedVersion: 0,
      weeks: [
        { weekStart: weeks[0], homeHours: 4, locationHours: 4, therapeutic: true, tasks: ['Post sorteren'] },
        { weekStart: weeks[1], homeHours: 4, locationHours: 8, tasks: ['Post sorteren', 'Overleg'] },
        { weekStart: weeks[2], homeHours: 4, locationHours: 12 },
      ],
    };
    const saved = await graphqlAs(own.caseManager.email, SET_PLAN, { input });
    expect(saved.errors).toBeUndefined();
    expect(saved.data.setBuildUpPlan).toEqual({ version: 1, weeks: weeks.map((weekStart, i) => ({ weekStart, planned: [8, 12, 16][i] })) });
    const stale = await graphqlAs(own.coach.email, SET_PLAN, { input });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 1 });
    const tuesday = new Date(Date.parse(mondayInWeeks(1)) + 86_400_000).toISOString().slice(0, 10);
    const notMonday = await graphqlAs(own.coach.email, SET_PLAN, {
      input: { ...input, expectedVersion: 1, weeks: [{ ...input.weeks[0], weekStart: tuesday }] },
    });
    expect(notMonday.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weeks' });
    expect((await graphqlAs(own.employee.email, SET_PLAN, { input: { ...input, expectedVersion: 1 } })).errors).toBeDefined();
  });

  it('takes worked hours from the employee and the manager, not from others', async () => {
    const record = (email: string, weekStart: string, hours: number) => graphqlAs(email, RECORD, { input: { caseId, weekStart, hours } });
    expect((await record(own.employee.email, weeks[0], 8)).errors).toBeUndefined();
    expect((await record(own.manager.email, weeks[1], 6)).errors).toBeUndefined();
    expect((await record(own.otherManager.email, weeks[2], 6)).errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await record(own.employee.email, mondayInWeeks(5), 6)).errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'weekStart' });
  });

  it('raises one alert after two weeks below plan, to the coach and the case manager only', async () => {
    // A dip in the check-ins that week, which the coach may see with the employee's consent.
    await publishCaseEvent({
      type: 'consent.changed',
      aggregateId: caseId,
      organizationId: own.organizationId,
      payload: {
        caseId,
        employeeId: randomUUID(),
        scope: 'CHECK_IN_TREND',
        granteeRole: 'COACH',
        granteeUserId: null,
        granted: true,
        changedAt: new Date().toISOString(),
      },
    });
    await publishCaseEvent({
      type: 'check-in.recorded',
      aggregateId: caseId,
      organizationId: own.organizationId,
      payload: {
        caseId,
        checkInId: randomUUID(),
        employeeId: randomUUID(),
        date: weeks[2],
        energy: 2,
        mood: 2,
        sleep: 2,
        demands: 4.5,
        resources: 2,
        dip: true,
      },
    });
    const recorded = await graphqlAs(own.employee.email, RECORD, { input: { caseId, weekStart: weeks[2], hours: 6 } });
    expect(recorded.errors).toBeUndefined();

    const coachView = await eventually(async () => {
      const { data } = await graphqlAs(own.coach.email, BUILD_UP, { caseId });
      if (!data.buildUp.stagnationAlerts.some((a: { dip: unknown }) => a.dip)) throw new Error('no dip yet');
      return data.buildUp;
    });
    expect(coachView.weeks.map((w: { actual: number }) => w.actual)).toEqual([8, 6, 6]);
    const belowPlan = coachView.stagnationAlerts.filter((a: { kind: string }) => a.kind === 'BELOW_PLAN');
    expect(belowPlan).toEqual([
      { id: expect.any(String), kind: 'BELOW_PLAN', weekStart: weeks[2], planned: 16, actual: 6, dip: { date: weeks[2], demands: 4.5, resources: 2 } },
    ]);

    const hrView = (await graphqlAs(own.caseManager.email, BUILD_UP, { caseId })).data.buildUp;
    expect(hrView.stagnationAlerts.find((a: { kind: string }) => a.kind === 'BELOW_PLAN').dip).toBeNull();
    expect((await graphqlAs(own.employee.email, BUILD_UP, { caseId })).data.buildUp.stagnationAlerts).toEqual([]);
    expect((await graphqlAs(own.otherManager.email, BUILD_UP, { caseId })).data.buildUp).toBeNull();
    expect((await graphqlAs('hr@andere.test', BUILD_UP, { caseId })).data.buildUp).toBeNull();

    const alertId = belowPlan[0].id;
    for (const email of [own.coach.email, own.caseManager.email]) {
      const mine = (await notificationsOf(email)).filter((n) => n.subjectId === alertId);
      expect(mine).toEqual([expect.objectContaining({ reason: 'STAGNATION_DETECTED', caseId, readAt: null })]);
    }
    for (const email of [own.otherManager.email, 'hr@andere.test', own.otherCoach.email, own.employee.email]) {
      expect((await notificationsOf(email)).filter((n) => n.caseId === caseId && n.reason === 'STAGNATION_DETECTED')).toEqual([]);
    }
  });

  it('pages through notifications, newest first', async () => {
    const all = await notificationsOf(own.coach.email);
    expect(all.length).toBeGreaterThanOrEqual(3);
    const page = `query ($after: String) { notifications(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`;
    const first = (await graphqlAs(own.coach.email, page)).data.notifications;
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await graphqlAs(own.coach.email, page, { after: first.pageInfo.endCursor })).data.notifications;
    const ids = [...first.edges, ...second.edges].map((e: { node: { id: string } }) => e.node.id);
    expect(ids).toEqual(all.slice(0, ids.length).map((n) => n.id));
    expect((await graphqlAs(own.coach.email, '{ notifications(first: 101) { edges { node { id } } } }')).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('marks notifications read, one or all', async () => {
    const before = await notificationsOf(own.caseManager.email);
    expect(before.filter((n) => n.readAt === null).length).toBeGreaterThan(0);
    const [first] = before;
    const read = await graphqlAs(own.caseManager.email, 'mutation ($id: ID!) { markNotificationRead(id: $id) { id readAt } }', { id: first.id });
    expect(read.data.markNotificationRead.readAt).toEqual(expect.any(String));
    expect(
      (await graphqlAs(own.coach.email, 'mutation ($id: ID!) { markNotificationRead(id: $id) { id } }', { id: first.id })).errors?.[0].extensions?.code,
    ).toBe('NOT_FOUND');
    const all = await graphqlAs(own.caseManager.email, 'mutation { markAllNotificationsRead }');
    expect(all.data.markAllNotificationsRead).toBeGreaterThanOrEqual(before.filter((n) => n.readAt === null).length - 1);
    const unread = await graphqlAs(own.caseManager.email, '{ notifications(first: 100, unreadOnly: true) { edges { node { id } } } }');
    const stillUnread = unread.data.notifications.edges.map((e: { node: { id: string } }) => e.node.id);
    expect(before.filter((n) => stillUnread.includes(n.id))).toEqual([]);
  });

  it('turns a signed plan of action into a build-up version, contact moments and copies, once', async () => {
    const planEvent = {
      type: 'action-plan.version-changed',
      aggregateId: caseId,
      organizationId: own.organizationId,
      payload: {
        caseId,
        planId: randomUUID(),
        version: 2,
        savedAt: new Date().toISOString(),
        savedByUserId: own.manager.userId,
        content: {},
        hourAgreements: [
          { weekStart: mondayInWeeks(1), hoursPerWeek: 12, homeHours: 4, locationHours: 8, therapeutic: false, tasks: ['Overleg'] },
          { weekStart: mondayInWeeks(3), hoursPerWeek: 20, homeHours: 4, locationHours: 16, therapeutic: false, tasks: ['Eigen cliënten'] },
        ],
        contactAgreement: { frequency: 'WEEKLY', weekday: 3, time: '11:00', mode: 'PHONE', purpose: 'INFORM' },
        evaluationEveryWeeks: 6,
        signatures: [],
        signed: true,
      },
    };
    await publishCaseEvent(planEvent);
    await publishCaseEvent(planEvent); // the same version again, as a replay would bring it

    const buildUp = await eventually(async () => {
      const { data } = await graphqlAs(own.coach.email, BUILD_UP, { caseId });
      if (data.buildUp.source !== 'ACTION_PLAN') throw new Error('not yet');
      return data.buildUp;
    });
    expect(buildUp.version).toBe(2);
    // The weeks before it keep the hand-set version 1 they were measured against.
    expect(buildUp.weeks.map((w: { planned: number; planVersion: number }) => [w.planned, w.planVersion])).toEqual([
      [8, 1],
      [12, 1],
      [16, 1],
      [12, 2],
      [12, 2],
      [20, 2],
    ]);

    const { data } = await graphqlAs(own.employee.email, 'query ($id: ID!) { appointments(caseId: $id) { kind purpose location participants { role } } }', {
      id: caseId,
    });
    const contacts = data.appointments.filter(
      (a: { kind: string; purpose: string; location: string }) => a.kind === 'CONTACT_MOMENT' && a.purpose === 'INFORM' && a.location === 'ONLINE',
    );
    expect(contacts.length).toBe(26);
    expect(data.appointments.filter((a: { kind: string }) => a.kind === 'ACTION_PLAN_EVALUATION')).toHaveLength(4);

    for (const email of [own.employee.email, own.caseManager.email, own.doctor.email]) {
      const copies = (await notificationsOf(email)).filter((n) => n.reason === 'ACTION_PLAN_SIGNED' && n.subjectId === `${planEvent.payload.planId}:2`);
      expect(copies).toHaveLength(1);
    }
  });
});
