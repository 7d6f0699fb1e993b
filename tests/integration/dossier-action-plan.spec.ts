import { withDatabase } from '../support/database';
import { isoDaysFromToday, isoToday } from '../support/dates';
import { mondayInWeeks } from '../support/dossier-fixtures';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

const PLAN_FIELDS = `id version
  latest { number status goals { description deadline } employeeView evaluationEveryWeeks
    hourAgreements { weekStart hoursPerWeek homeHours locationHours tasksToStartWith tasksTooMuch therapeutic }
    contactAgreement { frequency weekday time mode purpose meetingPlace }
    signatures { role name } }
  versions { number status goals { description } }`;
const READ = `query ($id: ID!) { case(id: $id) { actionPlan { ${PLAN_FIELDS} } } }`;
const SAVE = `mutation ($input: SaveActionPlanInput!) { saveActionPlan(input: $input) { ${PLAN_FIELDS} } }`;
const SIGN = `mutation ($input: SignActionPlanInput!) { signActionPlan(input: $input) { ${PLAN_FIELDS} } }`;
const VIEW = `mutation ($input: SetEmployeeViewInput!) { setActionPlanEmployeeView(input: $input) { ${PLAN_FIELDS} } }`;
const EVALUATE = `mutation ($caseId: ID!, $heldOn: Date!, $outcome: String!) { recordPlanEvaluation(caseId: $caseId, heldOn: $heldOn, outcome: $outcome) { number heldOn } }`;

// A case of the test's own starts without a plan; its employee and manager both have a login.
let organization: OwnOrganization;
let employee: string;
let manager: string;
let caseManager: string;

const content = (goal: string) => ({
  goals: [{ description: goal, deadline: mondayInWeeks(6) }],
  activities: [{ description: 'Wekelijks gesprek met de coach', deadline: mondayInWeeks(2) }],
  contactPerson: 'Kees de Groot',
  evaluationEveryWeeks: 4,
  hourAgreements: [
    {
      weekStart: mondayInWeeks(0),
      hoursPerWeek: 8,
      homeHours: 4,
      locationHours: 4,
      tasksToStartWith: ['offertes nakijken'],
      tasksTooMuch: ['klantbezoek'],
      therapeutic: true,
    },
    {
      weekStart: mondayInWeeks(2),
      hoursPerWeek: 12,
      homeHours: 4,
      locationHours: 8,
      tasksToStartWith: ['telefonische verkoop'],
      tasksTooMuch: [],
      therapeutic: false,
    },
  ],
  contactAgreement: { frequency: 'WEEKLY', weekday: 2, time: '10:00', mode: 'PHONE', purpose: 'THINK_ALONG', meetingPlace: 'NEUTRAL_PLACE' },
});

async function readPlan(email: string, caseId: string) {
  const { data, errors } = await graphqlAs(email, READ, { id: caseId });
  expect(errors).toBeUndefined();
  return data.case.actionPlan;
}

async function save(email: string, caseId: string, expectedVersion: number, goal: string) {
  return graphqlAs(email, SAVE, { input: { caseId, expectedVersion, ...content(goal) } });
}

describe('the plan of action', () => {
  let caseId: string;
  beforeAll(async () => {
    organization = await createOwnOrganization('Plan van aanpak');
    caseId = await openOwnCase(organization, isoDaysFromToday(-50));
    [employee, manager, caseManager] = [organization.employee.email, organization.manager.email, organization.caseManager.email];
  });

  it('is edited in place as a draft, signed by both, and an edit after signing makes a new version', async () => {
    const before = await readPlan(caseManager, caseId);
    const first = await save(caseManager, caseId, before?.version ?? 0, 'Twee dagdelen per week werken');
    expect(first.errors).toBeUndefined();
    const draft = first.data.saveActionPlan;
    expect(draft.latest).toMatchObject({
      status: 'DRAFT',
      evaluationEveryWeeks: 4,
      contactAgreement: { purpose: 'THINK_ALONG', meetingPlace: 'NEUTRAL_PLACE' },
    });
    expect(draft.latest.hourAgreements[0]).toMatchObject({ hoursPerWeek: 8, homeHours: 4, tasksTooMuch: ['klantbezoek'], therapeutic: true });

    const edited = (await save(manager, caseId, draft.version, 'Drie dagdelen per week werken')).data.saveActionPlan;
    expect(edited.latest.number).toBe(draft.latest.number);
    expect(edited.latest.goals[0].description).toBe('Drie dagdelen per week werken');

    const withView = (await graphqlAs(employee, VIEW, { input: { caseId, expectedVersion: edited.version, text: 'Ik wil rustig opbouwen.' } })).data
      .setActionPlanEmployeeView;
    expect(withView.latest).toMatchObject({ number: draft.latest.number, employeeView: 'Ik wil rustig opbouwen.' });

    const byEmployee = await graphqlAs(employee, SIGN, { input: { caseId, versionNumber: withView.latest.number, expectedVersion: withView.version } });
    expect(byEmployee.data.signActionPlan.latest.status).toBe('PARTLY_SIGNED');
    const byManager = await graphqlAs(manager, SIGN, {
      input: { caseId, versionNumber: withView.latest.number, expectedVersion: byEmployee.data.signActionPlan.version },
    });
    const signed = byManager.data.signActionPlan;
    expect(signed.latest.status).toBe('SIGNED');
    expect(signed.latest.signatures.map((s: { role: string }) => s.role).sort()).toEqual(['EMPLOYEE', 'MANAGER']);

    const afterSigning = (await save(caseManager, caseId, signed.version, 'Vier dagdelen per week werken')).data.saveActionPlan;
    expect(afterSigning.latest).toMatchObject({ number: signed.latest.number + 1, status: 'DRAFT', employeeView: 'Ik wil rustig opbouwen.' });
    const signedVersion = afterSigning.versions.find((v: { number: number }) => v.number === signed.latest.number);
    expect(signedVersion).toMatchObject({ status: 'SIGNED', goals: [{ description: 'Drie dagdelen per week werken' }] });

    await withDatabase('case', async (db) => {
      const milestone = await db.query(
        `SELECT fulfilled_on::text AS "on", source FROM milestone_fulfilments WHERE case_id = $1 AND milestone_key = 'ACTION_PLAN'`,
        [caseId],
      );
      expect(milestone.rows).toEqual([{ on: expect.stringMatching(/^\d{4}-\d\d-\d\d$/), source: 'action-plan' }]);
      const events = await db.query(`SELECT payload FROM outbox WHERE type = 'action-plan.version-changed' AND aggregate_id = $1 ORDER BY position`, [caseId]);
      const signedEvent = events.rows.map((row) => row.payload).find((p) => p.signed && p.version === signed.latest.number);
      expect(signedEvent).toMatchObject({
        evaluationEveryWeeks: 4,
        contactAgreement: { frequency: 'WEEKLY', weekday: 2, purpose: 'THINK_ALONG' },
        hourAgreements: [{ hoursPerWeek: 8, therapeutic: true, tasksTooMuch: ['klantbezoek'] }, { hoursPerWeek: 12 }],
        content: { employeeView: 'Ik wil rustig opbouwen.' },
      });
      expect(signedEvent.signatures).toHaveLength(2);
      const audit = await db.query(`SELECT action FROM audit_log WHERE case_id = $1 AND data_class = 'ACTION_PLAN'`, [caseId]);
      expect(audit.rows.map((row) => row.action)).toEqual(expect.arrayContaining(['CREATE', 'UPDATE', 'SIGN']));
    });
  });

  it('rejects the second of two concurrent edits of the same version, keeping the first', async () => {
    const plan = await readPlan(caseManager, caseId);
    const [a, b] = await Promise.all([
      save(caseManager, caseId, plan.version, 'Versie van de casemanager'),
      save(manager, caseId, plan.version, 'Versie van de leidinggevende'),
    ]);
    const winner = a.errors ? b : a;
    const loser = a.errors ? a : b;
    expect(winner.errors).toBeUndefined();
    expect(loser.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: winner.data.saveActionPlan.version });
    const after = await readPlan(employee, caseId);
    expect(after.version).toBe(winner.data.saveActionPlan.version);
    expect(after.latest.goals[0].description).toBe(winner.data.saveActionPlan.latest.goals[0].description);
  });

  it('refuses a signature by anyone who is not a party, and a stale one', async () => {
    const plan = await readPlan(caseManager, caseId);
    const input = { caseId, versionNumber: plan.latest.number, expectedVersion: plan.version };
    const byCaseManager = await graphqlAs(caseManager, SIGN, { input });
    expect(byCaseManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    for (const email of [organization.coach.email, organization.doctor.email]) {
      const refused = await graphqlAs(email, SIGN, { input });
      expect(refused.errors?.length).toBeGreaterThan(0);
      expect(refused.data?.signActionPlan ?? null).toBeNull();
    }
    const otherEmployer = await graphqlAs('werknemer@demo.test', SIGN, { input });
    expect(otherEmployer.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const stale = await graphqlAs(employee, SIGN, { input: { ...input, expectedVersion: plan.version - 1 } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: plan.version });
    expect((await readPlan(employee, caseId)).latest.signatures).toEqual([]);
  });

  it('names the field of every invalid input', async () => {
    const plan = await readPlan(caseManager, caseId);
    const base = { caseId, expectedVersion: plan.version, ...content('Doel') };
    const cases: [Record<string, unknown>, string][] = [
      [{ hourAgreements: [{ ...base.hourAgreements[0], hoursPerWeek: 80, locationHours: 76 }] }, 'hourAgreements[0].hoursPerWeek'],
      [{ goals: [{ description: '  ', deadline: mondayInWeeks(3) }] }, 'goals[0].description'],
      [{ activities: [{ description: 'Gesprek', deadline: 'volgende week' }] }, 'activities[0].deadline'],
      [{ evaluationEveryWeeks: 0 }, 'evaluationEveryWeeks'],
    ];
    for (const [override, field] of cases) {
      const result = await graphqlAs(caseManager, SAVE, { input: { ...base, ...override } });
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect((await readPlan(caseManager, caseId)).version).toBe(plan.version);
  });

  it('lets only the employee write their own view', async () => {
    const plan = await readPlan(manager, caseId);
    const byManager = await graphqlAs(manager, VIEW, { input: { caseId, expectedVersion: plan.version, text: 'namens de werknemer' } });
    expect(byManager.errors?.length).toBeGreaterThan(0);
    expect((await readPlan(manager, caseId)).latest.employeeView).toBe(plan.latest.employeeView);
  });

  it('records evaluations of the signed plan as EVALUATION#1, #2', async () => {
    const today = isoToday();
    const first = await graphqlAs(caseManager, EVALUATE, { caseId, heldOn: today, outcome: 'Opbouw verloopt volgens plan.' });
    const second = await graphqlAs(manager, EVALUATE, { caseId, heldOn: today, outcome: 'Uren verhoogd.' });
    expect([first.data.recordPlanEvaluation.number, second.data.recordPlanEvaluation.number]).toEqual([1, 2]);
    const future = await graphqlAs(manager, EVALUATE, { caseId, heldOn: mondayInWeeks(5), outcome: 'x' });
    expect(future.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'heldOn' });
    await withDatabase('case', async (db) => {
      const { rows } = await db.query(`SELECT milestone_key FROM milestone_fulfilments WHERE case_id = $1 AND milestone_key LIKE 'EVALUATION#%' ORDER BY 1`, [
        caseId,
      ]);
      expect(rows.map((row) => row.milestone_key)).toEqual(['EVALUATION#1', 'EVALUATION#2']);
    });
  });

  // The screens select a list in a card's fragment and beside it; the gateway must merge the two, never
  // join them (the Rust query planner, GATEWAY_QUERY_PLANNER=rust, returned every evaluation twice here).
  it('gives each evaluation once when a fragment selects the list beside the query', async () => {
    const query = `query ($id: ID!) { case(id: $id) { actionPlan { ...Held evaluations { id number } } } }
      fragment Held on ActionPlan { evaluations { id number heldOn } }`;
    const { data, errors } = await graphqlAs(caseManager, query, { id: caseId });
    expect(errors).toBeUndefined();
    expect(data.case.actionPlan.evaluations.map((evaluation: { number: number }) => evaluation.number)).toEqual([1, 2]);
  });

  it('is read by everyone on the case and by no one else', async () => {
    for (const email of [employee, manager, caseManager, organization.doctor.email, organization.coach.email]) {
      expect(await readPlan(email, caseId)).toMatchObject({ latest: { number: expect.any(Number) } });
    }
    for (const email of ['hr@demo.test', organization.otherManager.email, organization.otherDoctor.email, organization.otherCoach.email]) {
      const { data } = await graphqlAs(email, READ, { id: caseId });
      expect(data.case).toBeNull();
    }
  });
});
