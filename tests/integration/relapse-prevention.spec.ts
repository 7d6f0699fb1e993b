import { eventually } from '../support/case-events';
import { withDatabase } from '../support/database';
import { isoDaysFromToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase, type OwnOrganization } from '../support/own-organization';

jest.setTimeout(120_000);

// The relapse-prevention plan written by employee and coach, what the employee needs, the extra
// talk after a dip and what the manager sees with and without consent, on a case of the test's own.
let organization: OwnOrganization;
let caseId: string;
let EMPLOYEE: string;
let MANAGER: string;
let CASE_MANAGER: string;
let COACH: string;
let DOCTOR: string;

const PLAN = `query ($id: ID!) { case(id: $id) { relapsePreventionPlan {
  id revision agreed { number } latest { number agreed agreedByEmployeeAt normalisationStatement signals { id description actions asks } } } } }`;
const SAVE = `mutation ($input: SaveRelapsePlanInput!) { saveRelapsePreventionPlan(input: $input) {
  revision latest { number agreed signals { id description actions asks } } agreed { number } } }`;
const AGREE = `mutation ($input: AgreeRelapsePlanInput!) { agreeRelapsePreventionPlan(input: $input) { revision latest { number agreed } agreed { number } } }`;
const CONSENT = `mutation ($input: SetConsentInput!) { setConsent(input: $input) { scope granteeRole granted } }`;
const CHECK_IN = `mutation ($input: RecordCheckInInput!) {
  recordCheckIn(input: $input) { checkIn { id need } dip { isDip actions asks relapsePlanVersion } } }`;

const SLEEP = { description: 'Ik slaap slechter en word om vier uur wakker', actions: ['Ik ga die week eerder naar bed'], asks: ['Geen werkmail na 18:00'] };
const STATEMENT = 'Een dip mag. We zeggen het op tijd tegen elkaar en passen de afspraken samen aan.';
const DIP_SCORES = { energy: 3, mood: 4, sleep: 3, demands: 9, autonomy: 4, recognition: 4, socialSupport: 4 };

async function must(email: string, query: string, variables: Record<string, unknown>) {
  const { data, errors } = await graphqlAs(email, query, variables);
  if (errors) throw new Error(`${query.trim().split(/\s+/).slice(0, 4).join(' ')} failed: ${JSON.stringify(errors)}`);
  return data;
}

const planAs = async (email: string) => (await must(email, PLAN, { id: caseId })).case.relapsePreventionPlan;

beforeAll(async () => {
  organization = await createOwnOrganization('Terugvalpreventie');
  caseId = await openOwnCase(organization, isoDaysFromToday(-50));
  [EMPLOYEE, MANAGER, CASE_MANAGER, COACH, DOCTOR] = [
    organization.employee,
    organization.manager,
    organization.caseManager,
    organization.coach,
    organization.doctor,
  ].map((person) => person.email);
});

describe('the relapse-prevention plan', () => {
  it('is drawn up by employee and coach together: signals in her words, what she does, what she asks of others, and that a dip may come', async () => {
    const first = await must(EMPLOYEE, SAVE, { input: { caseId, expectedRevision: 0, signals: [SLEEP], normalisationStatement: STATEMENT } });
    expect(first.saveRelapsePreventionPlan.latest).toMatchObject({ number: 1, agreed: false, signals: [SLEEP] });
    const [signal] = first.saveRelapsePreventionPlan.latest.signals;
    const irritable = {
      description: 'Ik reageer kortaf op collega’s',
      actions: ['Ik neem een pauze buiten'],
      asks: ['Mijn leidinggevende vraagt ernaar in ons wekelijkse gesprek'],
    };
    const second = await must(COACH, SAVE, {
      input: { caseId, expectedRevision: first.saveRelapsePreventionPlan.revision, signals: [signal, irritable], normalisationStatement: STATEMENT },
    });
    // Nobody agreed yet: the coach's change rewrites the draft, the signal keeps its id.
    expect(second.saveRelapsePreventionPlan.latest).toMatchObject({ number: 1, signals: [{ id: signal.id }, irritable] });
  });

  it('refuses a concurrent edit instead of overwriting it', async () => {
    const plan = await planAs(EMPLOYEE);
    const input = { caseId, expectedRevision: plan.revision, signals: plan.latest.signals, normalisationStatement: STATEMENT };
    await must(COACH, SAVE, { input: { ...input, normalisationStatement: `${STATEMENT} De coach vult aan.` } });
    const late = await graphqlAs(EMPLOYEE, SAVE, { input });
    expect(late.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: plan.revision + 1 });
    expect((await planAs(EMPLOYEE)).latest.normalisationStatement).toBe(`${STATEMENT} De coach vult aan.`);
  });

  it('names the field of a bad plan', async () => {
    const { revision } = await planAs(COACH);
    const noAction = await graphqlAs(COACH, SAVE, {
      input: { caseId, expectedRevision: revision, signals: [{ ...SLEEP, actions: [] }], normalisationStatement: STATEMENT },
    });
    expect(noAction.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'signals[0].actions', reasonCode: 'TOO_FEW' });
    const noStatement = await graphqlAs(COACH, SAVE, { input: { caseId, expectedRevision: revision, signals: [SLEEP], normalisationStatement: ' ' } });
    expect(noStatement.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'normalisationStatement', reasonCode: 'EMPTY' });
  });

  it('is agreed by the employee for one version: a change afterwards starts a new version that needs her agreement again', async () => {
    const plan = await planAs(EMPLOYEE);
    const agreed = await must(EMPLOYEE, AGREE, { input: { caseId, expectedRevision: plan.revision } });
    expect(agreed.agreeRelapsePreventionPlan).toMatchObject({ latest: { number: 1, agreed: true }, agreed: { number: 1 } });
    const changed = await must(COACH, SAVE, {
      input: {
        caseId,
        expectedRevision: agreed.agreeRelapsePreventionPlan.revision,
        signals: plan.latest.signals,
        normalisationStatement: `${STATEMENT} Aangepast.`,
      },
    });
    expect(changed.saveRelapsePreventionPlan).toMatchObject({ latest: { number: 2, agreed: false }, agreed: { number: 1 } });
    const again = await must(EMPLOYEE, AGREE, { input: { caseId, expectedRevision: changed.saveRelapsePreventionPlan.revision } });
    expect(again.agreeRelapsePreventionPlan).toMatchObject({ latest: { number: 2, agreed: true }, agreed: { number: 2 } });
  });

  it('is written only by employee and coach and agreed only by the employee', async () => {
    const { revision, latest } = await planAs(COACH);
    const input = { caseId, expectedRevision: revision, signals: latest.signals, normalisationStatement: STATEMENT };
    for (const other of [MANAGER, CASE_MANAGER, DOCTOR]) {
      expect((await graphqlAs(other, SAVE, { input })).errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
    for (const other of [MANAGER, COACH]) {
      expect((await graphqlAs(other, AGREE, { input: { caseId, expectedRevision: revision } })).errors?.[0].extensions?.code).toMatch(/FORBIDDEN|NOT_FOUND/);
    }
  });

  it('reaches the manager only while the employee consents, and never the case manager; each manager read is audited', async () => {
    expect((await planAs(DOCTOR)).latest.signals.length).toBe(2);
    expect(await planAs(MANAGER)).toBeNull();
    expect(await planAs(CASE_MANAGER)).toBeNull();

    await must(EMPLOYEE, CONSENT, { input: { caseId, scope: 'RELAPSE_PLAN', granteeRole: 'MANAGER', granted: true } });
    expect((await planAs(MANAGER)).latest.signals.map((s: { description: string }) => s.description)).toContain(SLEEP.description);
    expect(await planAs(CASE_MANAGER)).toBeNull();
    const audited = await withDatabase('case', (db) =>
      db.query(`SELECT count(*)::int AS n FROM audit_log WHERE case_id = $1 AND data_class = 'RELAPSE_PLAN' AND action = 'READ' AND actor_role = 'MANAGER'`, [
        caseId,
      ]),
    );
    expect(audited.rows[0].n).toBeGreaterThanOrEqual(1);

    await must(EMPLOYEE, CONSENT, { input: { caseId, scope: 'RELAPSE_PLAN', granteeRole: 'MANAGER', granted: false } });
    expect(await planAs(MANAGER)).toBeNull();
    const toCoach = await graphqlAs(EMPLOYEE, CONSENT, { input: { caseId, scope: 'RELAPSE_PLAN', granteeRole: 'COACH', granted: true } });
    expect(toCoach.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'granteeRole' });
  });
});

describe('what the employee needs', () => {
  it('is part of her check-in, for her and the professionals she shows her check-ins, never the manager', async () => {
    await must(EMPLOYEE, CONSENT, { input: { caseId, scope: 'CHECK_IN_DETAIL', granteeRole: 'COACH', granted: true } });
    await must(EMPLOYEE, CONSENT, { input: { caseId, scope: 'CHECK_IN_TREND', granteeRole: 'MANAGER', granted: true } });
    const need = 'Een rustige werkplek en een extra gesprek';
    const { recordCheckIn } = await must(EMPLOYEE, CHECK_IN, { input: { caseId, ...DIP_SCORES, need: `  ${need} ` } });
    expect(recordCheckIn.checkIn.need).toBe(need);

    const read = `query ($id: ID!) { case(id: $id) { checkIns { need } checkInTrend { weekStart } } }`;
    expect((await must(EMPLOYEE, read, { id: caseId })).case.checkIns.map((c: { need: string }) => c.need)).toContain(need);
    expect((await must(COACH, read, { id: caseId })).case.checkIns.map((c: { need: string }) => c.need)).toContain(need);
    expect((await must(DOCTOR, read, { id: caseId })).case.checkIns).toBeNull();
    const manager = (await must(MANAGER, read, { id: caseId })).case;
    expect(manager.checkIns).toBeNull();
    expect(manager.checkInTrend.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(manager)).not.toContain(need);

    const tooLong = await graphqlAs(EMPLOYEE, CHECK_IN, { input: { caseId, ...DIP_SCORES, need: 'x'.repeat(1001) } });
    expect(tooLong.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'need', reasonCode: 'TOO_LONG' });
  });

  it('is part of the problem analysis, which everyone on the case reads', async () => {
    const input = {
      caseId,
      expectedVersion: 0,
      possibilities: ['Zelfstandig plannend werk'],
      limitations: ['Geen avonddiensten'],
      advice: 'Begin met korte dagdelen.',
      employeeNeeds: 'Een vaste begintijd en een rustige werkplek',
    };
    const recorded = await must(
      DOCTOR,
      `mutation ($input: RecordProblemAnalysisInput!) { recordProblemAnalysis(input: $input) { problemAnalysis { version } } }`,
      {
        input,
      },
    );
    expect(recorded.recordProblemAnalysis.problemAnalysis.version).toBe(1);
    for (const reader of [EMPLOYEE, MANAGER, CASE_MANAGER, COACH]) {
      const { case: found } = await must(reader, `query ($id: ID!) { case(id: $id) { capabilityProfile { employeeNeeds } } }`, { id: caseId });
      expect(found.capabilityProfile.employeeNeeds).toBe(input.employeeNeeds);
    }
    const empty = await graphqlAs(
      DOCTOR,
      `mutation ($input: RecordProblemAnalysisInput!) { recordProblemAnalysis(input: $input) { problemAnalysis { version } } }`,
      {
        input: { ...input, expectedVersion: 1, occasion: 'CHANGE', employeeNeeds: 'x'.repeat(1001) },
      },
    );
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'employeeNeeds' });
  });
});

describe('a dip', () => {
  it('shows the employee her own signals and actions from the agreed plan', async () => {
    const plan = await planAs(EMPLOYEE);
    const sleep = plan.latest.signals.find((s: { description: string }) => s.description === SLEEP.description);
    const { recordCheckIn } = await must(EMPLOYEE, CHECK_IN, { input: { caseId, ...DIP_SCORES, signalIds: [sleep.id] } });
    expect(recordCheckIn.dip).toEqual({ isDip: true, actions: SLEEP.actions, asks: SLEEP.asks, relapsePlanVersion: plan.agreed.number });
  });

  it('lets her ask the coach for an extra talk, which the coach is told of and books', async () => {
    const REQUEST = `mutation ($caseId: ID!) { requestExtraTalk(caseId: $caseId) { id state } }`;
    const requested = await eventually(() => must(EMPLOYEE, REQUEST, { caseId }));
    expect(requested.requestExtraTalk.state).toBe('REQUESTED');
    // Asking again while it waits is the same request.
    expect((await must(EMPLOYEE, REQUEST, { caseId })).requestExtraTalk.id).toBe(requested.requestExtraTalk.id);
    for (const other of [MANAGER, CASE_MANAGER, COACH, DOCTOR]) expect((await graphqlAs(other, REQUEST, { caseId })).errors?.[0]).toBeDefined();

    const notified = await eventually(async () => {
      const { notifications } = await must(COACH, `{ notifications(first: 20) { edges { node { reason caseId subjectId } } } }`, {});
      const found = notifications.edges.find(
        (e: { node: { reason: string; subjectId: string } }) => e.node.reason === 'EXTRA_TALK_REQUESTED' && e.node.subjectId === requested.requestExtraTalk.id,
      );
      if (!found) throw new Error('the coach has not been told yet');
      return found.node;
    });
    expect(notified.caseId).toBe(caseId);

    const requests = `query ($id: ID!) { case(id: $id) { talkRequests { id state appointment { kind startsAt participants { role } } } } }`;
    expect((await must(COACH, requests, { id: caseId })).case.talkRequests).toEqual([
      { id: requested.requestExtraTalk.id, state: 'REQUESTED', appointment: null },
    ]);
    expect((await must(MANAGER, requests, { id: caseId })).case.talkRequests).toBeNull();
    expect((await must(CASE_MANAGER, requests, { id: caseId })).case.talkRequests).toBeNull();

    const PLAN_TALK = `mutation ($input: PlanExtraTalkInput!) { planExtraTalk(input: $input) { planned request { state } appointment { kind } conflicts { userId } } }`;
    const startsAt = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 3 * 86_400_000 + 45 * 60_000).toISOString();
    const input = { requestId: requested.requestExtraTalk.id, startsAt, endsAt, location: 'ONLINE', bookDespiteConflicts: true };
    const byEmployee = await graphqlAs(EMPLOYEE, PLAN_TALK, { input });
    expect(byEmployee.errors?.[0]).toBeDefined();
    const planned = await must(COACH, PLAN_TALK, { input });
    expect(planned.planExtraTalk).toMatchObject({ planned: true, request: { state: 'PLANNED' }, appointment: { kind: 'EXTRA_TALK' } });
    const twice = await graphqlAs(COACH, PLAN_TALK, { input });
    expect(twice.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId', reasonCode: 'ALREADY_DONE' });

    const seen = (await must(EMPLOYEE, requests, { id: caseId })).case.talkRequests;
    expect(seen).toEqual([
      {
        id: requested.requestExtraTalk.id,
        state: 'PLANNED',
        appointment: { kind: 'EXTRA_TALK', startsAt, participants: expect.arrayContaining([{ role: 'EMPLOYEE' }, { role: 'COACH' }]) },
      },
    ]);
  });
});

describe('the check-in trend', () => {
  it('reaches the manager only while the employee consents', async () => {
    const trend = `query ($id: ID!) { case(id: $id) { checkInTrend { weekStart energy } } }`;
    expect((await must(MANAGER, trend, { id: caseId })).case.checkInTrend.length).toBeGreaterThanOrEqual(1);
    await must(EMPLOYEE, CONSENT, { input: { caseId, scope: 'CHECK_IN_TREND', granteeRole: 'MANAGER', granted: false } });
    expect((await must(MANAGER, trend, { id: caseId })).case.checkInTrend).toBeNull();
  });
});
