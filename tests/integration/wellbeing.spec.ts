import { withDatabase } from '../support/database';
import { addIsoDays, isoDaysFromToday, isoToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';
import { createOwnOrganization, openOwnCase } from '../support/own-organization';

jest.setTimeout(120_000);

// Every check-in, consent, report and plan is written on a case of the test's own, never on a demo persona's.
let caseId: string;
let LOTTE: string;
let RUBEN: string;
let HR: string;
let COACH: string;
let DOCTOR: string;
let SEM: string;
let sleepSignalId: string;

const REPORTS = `query ($id: ID!) { case(id: $id) { sessionReports { id kind state summary privateNotes version participants { name role validated } } } }`;
const WRITE = `mutation ($input: WriteSessionReportInput!) { writeSessionReport(input: $input) { saved warnings { field term } report { id state version } } }`;
const SUBMIT = `mutation ($input: SessionReportStepInput!) { submitSessionReport(input: $input) { state version } }`;
const VALIDATE = `mutation ($input: ValidateSessionReportInput!) { validateSessionReport(input: $input) { state version changeRequest } }`;
const RELEASE = `mutation ($input: SessionReportStepInput!) { releaseSessionReport(input: $input) { state version } }`;
const REVOKE = `mutation ($input: SessionReportStepInput!) { revokeSessionReportRelease(input: $input) { state version } }`;

async function must(email: string, query: string, variables: Record<string, unknown>) {
  const { data, errors } = await graphqlAs(email, query, variables);
  if (errors) throw new Error(`${query.trim().split(/\s+/).slice(0, 4).join(' ')} failed: ${JSON.stringify(errors)}`);
  return data;
}

const SLEEP_SIGNAL = 'Ik slaap slechter en word vroeg wakker';
const SIGNALS = [
  { description: SLEEP_SIGNAL, actions: ['Lotte meldt het bij het wekelijkse contact', 'Een dag minder werken die week'] },
  { description: 'Ik raak geprikkeld door drukte op de afdeling', actions: ['Administratieve taken in de stille ruimte'] },
];

/** Eight weekly check-ins with one dip in week six, as an employee builds them up over two months. */
// prettier-ignore
const WEEKS = [
  { energy: 4, mood: 5, sleep: 5, demands: 4, autonomy: 5, recognition: 5, socialSupport: 6, privateNote: 'Eerste week, voorzichtig begonnen.' },
  { energy: 5, mood: 5, sleep: 5, demands: 4, autonomy: 5, recognition: 6, socialSupport: 6 },
  { energy: 5, mood: 6, sleep: 6, demands: 5, autonomy: 6, recognition: 6, socialSupport: 7 },
  { energy: 6, mood: 6, sleep: 6, demands: 5, autonomy: 6, recognition: 6, socialSupport: 7 },
  { energy: 6, mood: 7, sleep: 6, demands: 5, autonomy: 6, recognition: 7, socialSupport: 7, privateNote: 'Goede week.' },
  { energy: 3, mood: 4, sleep: 3, demands: 8, autonomy: 4, recognition: 5, socialSupport: 5, privateNote: 'Drukke week.' },
  { energy: 5, mood: 6, sleep: 5, demands: 6, autonomy: 6, recognition: 6, socialSupport: 7 },
  { energy: 6, mood: 7, sleep: 6, demands: 5, autonomy: 7, recognition: 7, socialSupport: 7 },
];

/**
 * The history a case of some months has, built through the API: the employee's consents, a plan the employee agreed
 * to, eight check-ins and session reports in every state. Check-ins are always dated today by the
 * API, so their dates are then spread over the past eight weeks in the database.
 */
beforeAll(async () => {
  const organization = await createOwnOrganization('Welzijn');
  caseId = await openOwnCase(organization, isoDaysFromToday(-70));
  [LOTTE, RUBEN, HR, COACH, DOCTOR, SEM] = [
    organization.employee,
    organization.manager,
    organization.caseManager,
    organization.coach,
    organization.doctor,
    organization.otherManager,
  ].map((person) => person.email);

  for (const [scope, granteeRole] of [
    ['CHECK_IN_TREND', 'MANAGER'],
    ['CHECK_IN_DETAIL', 'COACH'],
    ['CHECK_IN_DETAIL', 'COMPANY_DOCTOR'],
  ]) {
    await must(LOTTE, `mutation ($input: SetConsentInput!) { setConsent(input: $input) { granted } }`, {
      input: { caseId, scope, granteeRole, granted: true },
    });
  }

  const saved = await must(
    COACH,
    `mutation ($input: SaveRelapsePlanInput!) { saveRelapsePreventionPlan(input: $input) { revision latest { signals { id description } } } }`,
    { input: { caseId, expectedRevision: 0, signals: SIGNALS, normalisationStatement: 'Een terugval hoort bij herstel; we zeggen het op tijd tegen elkaar.' } },
  );
  sleepSignalId = saved.saveRelapsePreventionPlan.latest.signals.find((s: any) => s.description === SLEEP_SIGNAL).id;
  const revision: number = saved.saveRelapsePreventionPlan.revision;
  await must(LOTTE, `mutation ($input: AgreeRelapsePlanInput!) { agreeRelapsePreventionPlan(input: $input) { revision } }`, {
    input: { caseId, expectedRevision: revision },
  });

  for (const week of WEEKS)
    await must(LOTTE, `mutation ($input: RecordCheckInInput!) { recordCheckIn(input: $input) { checkIn { id } } }`, { input: { caseId, ...week } });
  await withDatabase('case', async (db) => {
    const { rows } = await db.query(`SELECT id FROM check_ins WHERE case_id = $1 ORDER BY created_at`, [caseId]);
    for (const [week, row] of rows.entries()) {
      await db.query(`UPDATE check_ins SET checked_in_on = $2 WHERE id = $1`, [row.id, addIsoDays(isoToday(), (week - rows.length) * 7)]);
    }
  });

  const reports: { kind: string; colleagueUserId?: string; steps: [string, string][] }[] = [
    {
      kind: 'REFLECTION',
      steps: [
        [COACH, 'SUBMIT'],
        [LOTTE, 'VALIDATE'],
        [LOTTE, 'RELEASE'],
      ],
    },
    {
      kind: 'THREE_WAY',
      steps: [
        [COACH, 'SUBMIT'],
        [LOTTE, 'VALIDATE'],
        [RUBEN, 'VALIDATE'],
      ],
    },
    {
      kind: 'DIALOGUE',
      colleagueUserId: organization.otherManager.userId,
      steps: [
        [COACH, 'SUBMIT'],
        [LOTTE, 'VALIDATE'],
      ],
    },
    { kind: 'REFLECTION', steps: [] },
  ];
  for (const [index, { kind, colleagueUserId, steps }] of reports.entries()) {
    const written = await must(COACH, WRITE, {
      input: {
        caseId,
        kind,
        heldOn: isoDaysFromToday(-7 * (reports.length - index)),
        colleagueUserId,
        summary: `Afspraken over de opbouw, gesprek ${index + 1}.`,
        ...(kind === 'REFLECTION'
          ? {
              reflection: { wentWell: 'Rustig begonnen.', wasHard: 'Nee zeggen.', learned: 'Vooraf grenzen noemen.', nextTime: 'Eerst in de planning kijken.' },
            }
          : {}),
        privateNotes: 'Nog uitwerken.',
      },
    });
    let version: number = written.writeSessionReport.report.version;
    const reportId: string = written.writeSessionReport.report.id;
    for (const [who, step] of steps) {
      const mutation = step === 'SUBMIT' ? SUBMIT : step === 'VALIDATE' ? VALIDATE : RELEASE;
      const input = { reportId, expectedVersion: version, ...(step === 'VALIDATE' ? { approve: true } : {}) };
      const moved = await must(who, mutation, { input });
      version = (Object.values(moved)[0] as { version: number }).version;
    }
  }
});

const CHECK_IN = `mutation ($input: RecordCheckInInput!) {
  recordCheckIn(input: $input) { checkIn { id dip resources } dip { isDip reasons demands resources energyBaseline actions } }
}`;
const scores = { energy: 3, mood: 4, sleep: 3, demands: 9, autonomy: 4, recognition: 4, socialSupport: 5 };

describe('check-ins', () => {
  it('flag a dip in JD-R terms with the actions the employee agreed for the signals noticed', async () => {
    const { data, errors } = await graphqlAs(LOTTE, CHECK_IN, { input: { caseId, ...scores, signalIds: [sleepSignalId], privateNote: 'Zware week' } });
    expect(errors).toBeUndefined();
    expect(data.recordCheckIn.dip).toMatchObject({ isDip: true, demands: 9 });
    expect(data.recordCheckIn.dip.reasons).toContain('DEMANDS_EXCEED_RESOURCES');
    expect(data.recordCheckIn.dip.resources).toBeCloseTo(13 / 3);
    expect(data.recordCheckIn.dip.actions).toEqual(['Lotte meldt het bij het wekelijkse contact', 'Een dag minder werken die week']);
  });

  it("name the field of a bad score or signal, and are the employee's alone to write", async () => {
    const outOfRange = await graphqlAs(LOTTE, CHECK_IN, { input: { caseId, ...scores, energy: 11 } });
    expect(outOfRange.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'energy' });
    const unknownSignal = await graphqlAs(LOTTE, CHECK_IN, { input: { caseId, ...scores, signalIds: ['verzonnen'] } });
    expect(unknownSignal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'signalIds' });
    const byCoach = await graphqlAs(COACH, CHECK_IN, { input: { caseId, ...scores } });
    expect(byCoach.errors?.[0]).toBeDefined();
  });

  it('reach others only as consented: detail for coach and doctor without the note, the trend for the manager, nothing for the case manager', async () => {
    const query = `query ($id: ID!) { case(id: $id) { checkIns { energy privateNote } checkInTrend { weekStart energy demands resources } } }`;
    const own = await graphqlAs(LOTTE, query, { id: caseId });
    expect(own.data.case.checkIns.some((c: any) => c.privateNote)).toBe(true);
    for (const professional of [COACH, DOCTOR]) {
      const { data } = await graphqlAs(professional, query, { id: caseId });
      expect(data.case.checkIns.length).toBeGreaterThanOrEqual(8);
      expect(data.case.checkIns.every((c: any) => c.privateNote === null)).toBe(true);
    }
    const manager = await graphqlAs(RUBEN, query, { id: caseId });
    expect(manager.data.case.checkIns).toBeNull();
    expect(manager.data.case.checkInTrend.length).toBeGreaterThanOrEqual(4);
    const caseManager = await graphqlAs(HR, query, { id: caseId });
    expect(caseManager.data.case).toMatchObject({ checkIns: null, checkInTrend: null });

    const audited = await withDatabase('case', (db) =>
      db.query(`SELECT count(*)::int AS n FROM audit_log WHERE case_id = $1 AND data_class = 'CHECK_IN' AND action = 'READ'`, [caseId]),
    );
    expect(audited.rows[0].n).toBeGreaterThanOrEqual(3);
  });

  it('stop reaching the manager once the employee withdraws the consent', async () => {
    const set = `mutation ($input: SetConsentInput!) { setConsent(input: $input) { scope granteeRole granted } }`;
    const trend = `query ($id: ID!) { case(id: $id) { checkInTrend { weekStart } consents { scope granteeRole granted } } }`;
    await graphqlAs(LOTTE, set, { input: { caseId, scope: 'CHECK_IN_TREND', granteeRole: 'MANAGER', granted: false } });
    const hidden = await graphqlAs(RUBEN, trend, { id: caseId });
    expect(hidden.data.case.checkInTrend).toBeNull();
    await graphqlAs(LOTTE, set, { input: { caseId, scope: 'CHECK_IN_TREND', granteeRole: 'MANAGER', granted: true } });
    const shown = await graphqlAs(RUBEN, trend, { id: caseId });
    expect(shown.data.case.checkInTrend).not.toBeNull();
    expect(shown.data.case.consents.every((c: any) => c.granteeRole === 'MANAGER')).toBe(true);

    const history = await graphqlAs(LOTTE, `query ($id: ID!) { case(id: $id) { consentHistory { scope granted } } }`, { id: caseId });
    expect(history.data.case.consentHistory.slice(0, 2).map((c: any) => c.granted)).toEqual([true, false]);
    const wrongGrantee = await graphqlAs(LOTTE, set, { input: { caseId, scope: 'CHECK_IN_DETAIL', granteeRole: 'MANAGER', granted: true } });
    expect(wrongGrantee.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'granteeRole' });
  });
});

async function reportAs(email: string, caseId: string, reportId: string) {
  const { data } = await graphqlAs(email, REPORTS, { id: caseId });
  return data.case?.sessionReports?.find((r: any) => r.id === reportId) ?? null;
}

describe('session reports', () => {
  it("go from the coach through every participant to the employee's release, and only then reach the manager", async () => {
    const { data: people } = await graphqlAs(SEM, '{ viewer { id } }');
    const summary = 'Sem en Lotte verdelen de overdracht: Lotte doet de ochtend, Sem de middag.';
    const base = { caseId, kind: 'DIALOGUE', heldOn: isoToday(), colleagueUserId: people.viewer.id, privateNotes: 'Lotte oogde moe.' };

    const warned = await graphqlAs(COACH, WRITE, { input: { ...base, summary: `${summary} Lotte heeft last van haar burn-out.` } });
    expect(warned.data.writeSessionReport.saved).toBe(false);
    expect(warned.data.writeSessionReport.warnings[0].field).toBe('summary');

    const written = await graphqlAs(COACH, WRITE, { input: { ...base, summary } });
    const report = written.data.writeSessionReport.report;
    expect(report.state).toBe('DRAFT');
    expect(await reportAs(LOTTE, caseId, report.id)).toBeNull();

    let step = await graphqlAs(COACH, SUBMIT, { input: { reportId: report.id, expectedVersion: report.version } });
    expect(step.data.submitSessionReport.state).toBe('AWAITING_VALIDATION');
    const stale = await graphqlAs(COACH, SUBMIT, { input: { reportId: report.id, expectedVersion: report.version } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: step.data.submitSessionReport.version });

    // The colleague sees this one summary, and nothing else of the case.
    const toValidate = await graphqlAs(SEM, '{ sessionReportsToValidate { id summary privateNotes } }');
    expect(toValidate.data.sessionReportsToValidate).toContainEqual({ id: report.id, summary, privateNotes: null });
    expect((await graphqlAs(SEM, `query ($id: ID!) { case(id: $id) { id } }`, { id: caseId })).data.case).toBeNull();

    let version = step.data.submitSessionReport.version;
    step = await graphqlAs(LOTTE, VALIDATE, {
      input: { reportId: report.id, expectedVersion: version, approve: false, comment: 'Ik doe ook de middag op dinsdag.' },
    });
    expect(step.data.validateSessionReport).toMatchObject({ state: 'CHANGES_REQUESTED', changeRequest: 'Ik doe ook de middag op dinsdag.' });
    version = step.data.validateSessionReport.version;

    const edited = await graphqlAs(COACH, WRITE, {
      input: { ...base, reportId: report.id, expectedVersion: version, summary: `${summary} Op dinsdag doet Lotte ook de middag.` },
    });
    version = edited.data.writeSessionReport.report.version;
    step = await graphqlAs(COACH, SUBMIT, { input: { reportId: report.id, expectedVersion: version } });
    version = step.data.submitSessionReport.version;
    step = await graphqlAs(LOTTE, VALIDATE, { input: { reportId: report.id, expectedVersion: version, approve: true } });
    version = step.data.validateSessionReport.version;
    expect(await reportAs(RUBEN, caseId, report.id)).toBeNull();
    step = await graphqlAs(SEM, VALIDATE, { input: { reportId: report.id, expectedVersion: version, approve: true } });
    expect(step.data.validateSessionReport.state).toBe('VALIDATED');
    version = step.data.validateSessionReport.version;
    expect(await reportAs(RUBEN, caseId, report.id)).toBeNull();

    const byManager = await graphqlAs(RUBEN, RELEASE, { input: { reportId: report.id, expectedVersion: version } });
    expect(byManager.errors?.[0]).toBeDefined();
    step = await graphqlAs(LOTTE, RELEASE, { input: { reportId: report.id, expectedVersion: version } });
    expect(step.data.releaseSessionReport.state).toBe('RELEASED');
    version = step.data.releaseSessionReport.version;
    const seen = await reportAs(RUBEN, caseId, report.id);
    expect(seen).toMatchObject({ state: 'RELEASED', privateNotes: null });
    expect(seen.summary).toContain('Op dinsdag');

    step = await graphqlAs(LOTTE, REVOKE, { input: { reportId: report.id, expectedVersion: version } });
    expect(step.data.revokeSessionReportRelease.state).toBe('VALIDATED');
    expect(await reportAs(RUBEN, caseId, report.id)).toBeNull();
  });

  it("show the coach's notes to the coach alone, and nothing to the case manager or the doctor", async () => {
    const coach = await graphqlAs(COACH, REPORTS, { id: caseId });
    expect(coach.data.case.sessionReports.map((r: any) => r.state)).toEqual(expect.arrayContaining(['DRAFT', 'AWAITING_VALIDATION', 'VALIDATED', 'RELEASED']));
    expect(coach.data.case.sessionReports.every((r: any) => r.privateNotes !== null)).toBe(true);
    const employee = await graphqlAs(LOTTE, REPORTS, { id: caseId });
    expect(employee.data.case.sessionReports.every((r: any) => r.privateNotes === null && r.state !== 'DRAFT')).toBe(true);
    for (const outsider of [HR, DOCTOR]) {
      const { data } = await graphqlAs(outsider, REPORTS, { id: caseId });
      expect(data.case.sessionReports).toEqual([]);
    }
  });
});

describe('the relapse-prevention plan', () => {
  it('is agreed by the employee, keeps that version when edited, and refuses a stale edit', async () => {
    const read = await graphqlAs(
      LOTTE,
      `query ($id: ID!) { case(id: $id) { relapsePreventionPlan { revision agreed { number } latest { number signals { id description actions } normalisationStatement } } } }`,
      { id: caseId },
    );
    const plan = read.data.case.relapsePreventionPlan;
    expect(plan.agreed.number).toBe(plan.latest.number);
    const save = `mutation ($input: SaveRelapsePlanInput!) { saveRelapsePreventionPlan(input: $input) { revision latest { number agreed } agreed { number } } }`;
    const input = {
      caseId,
      expectedRevision: plan.revision,
      signals: [...plan.latest.signals, { description: 'Ik zeg afspraken af', actions: ['Bespreken in het reflectiegesprek'] }],
      normalisationStatement: plan.latest.normalisationStatement,
    };
    const saved = await graphqlAs(COACH, save, { input });
    expect(saved.data.saveRelapsePreventionPlan).toMatchObject({
      latest: { number: plan.latest.number + 1, agreed: false },
      agreed: { number: plan.agreed.number },
    });
    const stale = await graphqlAs(LOTTE, save, { input });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: saved.data.saveRelapsePreventionPlan.revision });
    const empty = await graphqlAs(COACH, save, { input: { ...input, expectedRevision: saved.data.saveRelapsePreventionPlan.revision, signals: [] } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'signals' });
    const byCaseManager = await graphqlAs(HR, save, { input: { ...input, expectedRevision: saved.data.saveRelapsePreventionPlan.revision } });
    expect(byCaseManager.errors?.[0]).toBeDefined();
  });
});
