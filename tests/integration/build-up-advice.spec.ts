import { eventually } from '../support/case-events';
import { withDatabase } from '../support/database';
import { mondayOfWeeksFromNow } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, type OwnOrganization } from '../support/own-organization';
import { openOwnSchedulingCase } from '../support/own-scheduling';

jest.setTimeout(60_000);

const RECORD_ANALYSIS = `mutation ($input: RecordProblemAnalysisInput!) {
  recordProblemAnalysis(input: $input) { problemAnalysis { version capabilityProfile { advisedBuildUp { maxHoursPerWeek maxIncreasePerWeek } } } }
}`;
const ADVICE = `query ($id: ID!) { case(id: $id) {
  capabilityProfile { possibilities limitations advice advisedBuildUp { maxHoursPerWeek maxIncreasePerWeek } }
  medicalNotes { id text }
} }`;
const SAVE_PLAN = `mutation ($input: SaveActionPlanInput!) { saveActionPlan(input: $input) { id version latest { number status } } }`;
const BUILD_UP = `query ($caseId: ID!) { buildUp(caseId: $caseId) {
  version
  weeks { weekStart planned actual planVersion }
  stagnationAlerts { id kind }
  hoursSignal { status lastEnteredWeek weeksBehind hoursBehind }
} }`;
const SET_PLAN = `mutation ($input: SetBuildUpPlanInput!) { setBuildUpPlan(input: $input) { version } }`;
const RECORD_HOURS = `mutation ($input: RecordActualHoursInput!) { recordActualHours(input: $input) { version } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { reason subjectId caseId title body } } } }`;

type Notification = { reason: string; subjectId: string; caseId: string; title: string; body: string };
const fasterThanAdviceNotices = async (email: string, caseId: string): Promise<Notification[]> =>
  (await graphqlAs(email, NOTIFICATIONS)).data.notifications.edges
    .map((e: { node: Notification }) => e.node)
    .filter((n: Notification) => n.caseId === caseId && n.reason === 'BUILD_UP_FASTER_THAN_ADVICE');

const analysis = {
  possibilities: ['Kan rustig administratief werk doen'],
  limitations: ['Geen tijdsdruk'],
  expectedDuration: null,
  advice: 'Bouw rustig op, in stappen van hoogstens vier uur per week.',
};

const planContent = (phases: [number, number][]) => ({
  goals: [{ description: 'Terug naar de eigen functie', deadline: mondayOfWeeksFromNow(12) }],
  activities: [],
  contactPerson: 'Kees de Groot',
  evaluationEveryWeeks: 4,
  hourAgreements: phases.map(([week, hours]) => ({
    weekStart: mondayOfWeeksFromNow(week),
    hoursPerWeek: hours,
    homeHours: hours / 2,
    locationHours: hours / 2,
    tasksToStartWith: [],
    tasksTooMuch: [],
    therapeutic: false,
  })),
  contactAgreement: null,
});

describe("the company doctor's advised build-up", () => {
  let own: OwnOrganization;
  let caseId: string;

  beforeAll(async () => {
    own = await createOwnOrganization('Advies');
    caseId = await openOwnSchedulingCase(own);
  });

  it('is recorded in the problem analysis in half hours within 0.5–60, by the doctor only', async () => {
    const input = { caseId, expectedVersion: 0, ...analysis };
    const tooHigh = await graphqlAs(own.doctor.email, RECORD_ANALYSIS, { input: { ...input, advisedMaxHoursPerWeek: 70 } });
    expect(tooHigh.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'advisedMaxHoursPerWeek',
      reasonCode: 'OUT_OF_RANGE',
      values: { min: 0.5, max: 60 },
    });
    const quarter = await graphqlAs(own.doctor.email, RECORD_ANALYSIS, { input: { ...input, advisedMaxIncreasePerWeek: 3.25 } });
    expect(quarter.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'advisedMaxIncreasePerWeek' });
    const byManager = await graphqlAs(own.manager.email, RECORD_ANALYSIS, { input: { ...input, advisedMaxHoursPerWeek: 20 } });
    expect(byManager.errors).toBeDefined();

    const recorded = await graphqlAs(own.doctor.email, RECORD_ANALYSIS, { input: { ...input, advisedMaxHoursPerWeek: 20, advisedMaxIncreasePerWeek: 4 } });
    expect(recorded.errors).toBeUndefined();
    expect(recorded.data.recordProblemAnalysis.problemAnalysis).toEqual({
      version: 1,
      capabilityProfile: { advisedBuildUp: { maxHoursPerWeek: 20, maxIncreasePerWeek: 4 } },
    });
  });

  it('is read by employee, manager and coach beside the functional profile, never with the medical notes', async () => {
    const advisedBuildUp = { maxHoursPerWeek: 20, maxIncreasePerWeek: 4 };
    for (const person of [own.employee, own.manager, own.coach, own.caseManager]) {
      const { data } = await graphqlAs(person.email, ADVICE, { id: caseId });
      expect({ who: person.email, profile: data.case.capabilityProfile }).toEqual({
        who: person.email,
        profile: { ...analysis, expectedDuration: undefined, advisedBuildUp },
      });
      expect({ who: person.email, notes: data.case.medicalNotes ?? [] }).toEqual({ who: person.email, notes: [] });
    }
    const other = await graphqlAs(own.otherManager.email, ADVICE, { id: caseId });
    expect(other.data?.case?.capabilityProfile ?? null).toBeNull();
  });

  it('lets a faster plan be saved, and tells the doctor and the coach once per plan version', async () => {
    // 8 hours from next week, 32 two weeks later: a step of 24 against 4, and 32 above the ceiling of 20.
    const saved = await graphqlAs(own.manager.email, SAVE_PLAN, {
      input: {
        caseId,
        expectedVersion: 0,
        ...planContent([
          [1, 8],
          [3, 32],
        ]),
      },
    });
    expect(saved.errors).toBeUndefined();
    const planId = saved.data.saveActionPlan.id;
    const notices = await eventually(async () => {
      const found = await fasterThanAdviceNotices(own.doctor.email, caseId);
      if (found.length === 0) throw new Error('no notification yet');
      return found;
    });
    expect(notices).toEqual([
      expect.objectContaining({ subjectId: `${planId}:1`, body: expect.stringContaining(`week van ${mondayOfWeeksFromNow(3)}: 24 uur erbij`) }),
    ]);
    await eventually(async () => expect(await fasterThanAdviceNotices(own.coach.email, caseId)).toHaveLength(1));

    // The event names the weeks; saving the same version again is no second alert.
    const again = await graphqlAs(own.manager.email, SAVE_PLAN, {
      input: {
        caseId,
        expectedVersion: saved.data.saveActionPlan.version,
        ...planContent([
          [1, 8],
          [2, 12],
          [3, 16],
        ]),
      },
    });
    expect(again.errors).toBeUndefined();
    await withDatabase('case', async (db) => {
      const events = await db.query(`SELECT payload FROM outbox WHERE type = 'action-plan.version-changed' AND aggregate_id = $1 ORDER BY position`, [caseId]);
      expect(events.rows.map((row) => row.payload.fasterThanAdvice)).toEqual([
        [
          { weekStart: mondayOfWeeksFromNow(3), reason: 'INCREASE', hours: 24, limit: 4 },
          { weekStart: mondayOfWeeksFromNow(3), reason: 'CEILING', hours: 32, limit: 20 },
        ],
        // 8, 12, 16: steps of 4 under a ceiling of 20, within the advice.
        [],
      ]);
    });
    expect(await fasterThanAdviceNotices(own.doctor.email, caseId)).toHaveLength(1);
    for (const person of [own.manager, own.employee, own.caseManager, own.otherDoctor, own.otherCoach]) {
      expect({ who: person.email, notices: await fasterThanAdviceNotices(person.email, caseId) }).toEqual({ who: person.email, notices: [] });
    }
  });
});

describe('the build-up measured against the plan in force', () => {
  let own: OwnOrganization;
  let caseId: string;
  const week = (n: number) => mondayOfWeeksFromNow(n);

  beforeAll(async () => {
    own = await createOwnOrganization('Opbouw in force');
    caseId = await openOwnSchedulingCase(own);
  });

  it('gives the manager hours behind plan, no alerts, and no verdict before hours are entered', async () => {
    const setPlan = await graphqlAs(own.caseManager.email, SET_PLAN, {
      input: {
        caseId,
        expectedVersion: 0,
        weeks: [
          { weekStart: week(-3), homeHours: 4, locationHours: 4 },
          { weekStart: week(-1), homeHours: 4, locationHours: 8 },
          { weekStart: week(0), homeHours: 4, locationHours: 8 },
        ],
      },
    });
    expect(setPlan.errors).toBeUndefined();
    const none = (await graphqlAs(own.manager.email, BUILD_UP, { caseId })).data.buildUp.hoursSignal;
    expect(none).toEqual({ status: 'NO_HOURS_YET', lastEnteredWeek: null, weeksBehind: 0, hoursBehind: 0 });

    // Planned 8, 8, 12; worked 8, 6, 7 → the last two weeks behind by 2 + 5 = 7 hours.
    for (const [n, hours] of [
      [-3, 8],
      [-2, 6],
      [-1, 7],
    ]) {
      expect((await graphqlAs(own.employee.email, RECORD_HOURS, { input: { caseId, weekStart: week(n), hours } })).errors).toBeUndefined();
    }
    const managerView = (await graphqlAs(own.manager.email, BUILD_UP, { caseId })).data.buildUp;
    expect(managerView.hoursSignal).toEqual({ status: 'BEHIND_PLAN', lastEnteredWeek: week(-1), weeksBehind: 2, hoursBehind: 7 });
    expect(managerView.stagnationAlerts).toEqual([]);
    const coachView = (await graphqlAs(own.coach.email, BUILD_UP, { caseId })).data.buildUp;
    expect(coachView.stagnationAlerts.map((a: { kind: string }) => a.kind)).toContain('BELOW_PLAN');
  });

  it('keeps every earlier week against the version in force then when a new version rewrites the plan', async () => {
    // Version 2, set this week, restates the plan from week −3 at 16 hours and runs two weeks further.
    const rewrite = await graphqlAs(own.coach.email, SET_PLAN, {
      input: {
        caseId,
        expectedVersion: 1,
        weeks: [
          { weekStart: week(-3), homeHours: 8, locationHours: 8 },
          { weekStart: week(2), homeHours: 8, locationHours: 8 },
        ],
      },
    });
    expect(rewrite.errors).toBeUndefined();
    const { weeks, version, hoursSignal } = (await graphqlAs(own.manager.email, BUILD_UP, { caseId })).data.buildUp;
    expect(version).toBe(2);
    expect(weeks).toEqual([
      { weekStart: week(-3), planned: 8, actual: 8, planVersion: 1 },
      { weekStart: week(-2), planned: 8, actual: 6, planVersion: 1 },
      { weekStart: week(-1), planned: 12, actual: 7, planVersion: 1 },
      { weekStart: week(0), planned: 16, actual: null, planVersion: 2 },
      { weekStart: week(1), planned: 16, actual: null, planVersion: 2 },
      { weekStart: week(2), planned: 16, actual: null, planVersion: 2 },
    ]);
    expect(hoursSignal).toEqual({ status: 'BEHIND_PLAN', lastEnteredWeek: week(-1), weeksBehind: 2, hoursBehind: 7 });
    // A past week keeps taking hours, still against its own plan.
    expect((await graphqlAs(own.employee.email, RECORD_HOURS, { input: { caseId, weekStart: week(-1), hours: 12 } })).errors).toBeUndefined();
    const after = (await graphqlAs(own.employee.email, BUILD_UP, { caseId })).data.buildUp;
    expect(after.hoursSignal).toEqual({ status: 'ON_PLAN', lastEnteredWeek: week(-1), weeksBehind: 0, hoursBehind: 0 });
  });
});
