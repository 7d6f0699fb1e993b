import { withDatabase } from '../support/database';
import { isoToday } from '../support/dates';
import { graphqlAs } from '../support/gateway-client';

jest.setTimeout(60_000);

const SANNE = 'werknemer@demo.test';
const MARK = 'leidinggevende@demo.test';
const HR = 'hr@demo.test';
const JOOST = 'coach@arbo.test';
const EVA = 'bedrijfsarts@arbo.test';
const DAAN = 'collega@demo.test';

async function sanneCaseId(): Promise<string> {
  const { data } = await graphqlAs(SANNE, '{ viewer { cases(first: 1) { edges { node { id } } } } }');
  return data.viewer.cases.edges[0].node.id;
}

const CHECK_IN = `mutation ($input: RecordCheckInInput!) {
  recordCheckIn(input: $input) { checkIn { id dip resources } dip { isDip reasons demands resources energyBaseline actions } }
}`;
const scores = { energy: 3, mood: 4, sleep: 3, demands: 9, autonomy: 4, recognition: 4, socialSupport: 5 };

describe('check-ins', () => {
  it('flag a dip in JD-R terms with the actions the employee agreed for the signals noticed', async () => {
    const caseId = await sanneCaseId();
    const { data, errors } = await graphqlAs(SANNE, CHECK_IN, { input: { caseId, ...scores, signalIds: ['slaap'], privateNote: 'Zware week' } });
    expect(errors).toBeUndefined();
    expect(data.recordCheckIn.dip).toMatchObject({ isDip: true, demands: 9 });
    expect(data.recordCheckIn.dip.reasons).toContain('DEMANDS_EXCEED_RESOURCES');
    expect(data.recordCheckIn.dip.resources).toBeCloseTo(13 / 3);
    expect(data.recordCheckIn.dip.actions).toEqual(['Sanne meldt het bij het wekelijkse contact', 'Een dag minder werken die week']);
  });

  it("name the field of a bad score or signal, and are the employee's alone to write", async () => {
    const caseId = await sanneCaseId();
    const outOfRange = await graphqlAs(SANNE, CHECK_IN, { input: { caseId, ...scores, energy: 11 } });
    expect(outOfRange.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'energy' });
    const unknownSignal = await graphqlAs(SANNE, CHECK_IN, { input: { caseId, ...scores, signalIds: ['verzonnen'] } });
    expect(unknownSignal.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'signalIds' });
    const byCoach = await graphqlAs(JOOST, CHECK_IN, { input: { caseId, ...scores } });
    expect(byCoach.errors?.[0]).toBeDefined();
  });

  it('reach others only as consented: detail for coach and doctor without the note, the trend for the manager, nothing for the case manager', async () => {
    const caseId = await sanneCaseId();
    const query = `query ($id: ID!) { case(id: $id) { checkIns { energy privateNote } checkInTrend { weekStart energy demands resources } } }`;
    const own = await graphqlAs(SANNE, query, { id: caseId });
    expect(own.data.case.checkIns.some((c: any) => c.privateNote)).toBe(true);
    for (const professional of [JOOST, EVA]) {
      const { data } = await graphqlAs(professional, query, { id: caseId });
      expect(data.case.checkIns.length).toBeGreaterThanOrEqual(8);
      expect(data.case.checkIns.every((c: any) => c.privateNote === null)).toBe(true);
    }
    const manager = await graphqlAs(MARK, query, { id: caseId });
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
    const caseId = await sanneCaseId();
    const set = `mutation ($input: SetConsentInput!) { setConsent(input: $input) { scope granteeRole granted } }`;
    const trend = `query ($id: ID!) { case(id: $id) { checkInTrend { weekStart } consents { scope granteeRole granted } } }`;
    await graphqlAs(SANNE, set, { input: { caseId, scope: 'CHECK_IN_TREND', granteeRole: 'MANAGER', granted: false } });
    const hidden = await graphqlAs(MARK, trend, { id: caseId });
    expect(hidden.data.case.checkInTrend).toBeNull();
    await graphqlAs(SANNE, set, { input: { caseId, scope: 'CHECK_IN_TREND', granteeRole: 'MANAGER', granted: true } });
    const shown = await graphqlAs(MARK, trend, { id: caseId });
    expect(shown.data.case.checkInTrend).not.toBeNull();
    expect(shown.data.case.consents.every((c: any) => c.granteeRole === 'MANAGER')).toBe(true);

    const history = await graphqlAs(SANNE, `query ($id: ID!) { case(id: $id) { consentHistory { scope granted } } }`, { id: caseId });
    expect(history.data.case.consentHistory.slice(0, 2).map((c: any) => c.granted)).toEqual([true, false]);
    const wrongGrantee = await graphqlAs(SANNE, set, { input: { caseId, scope: 'CHECK_IN_DETAIL', granteeRole: 'MANAGER', granted: true } });
    expect(wrongGrantee.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'granteeRole' });
  });
});

const REPORTS = `query ($id: ID!) { case(id: $id) { sessionReports { id kind state summary privateNotes version participants { name role validated } } } }`;
const WRITE = `mutation ($input: WriteSessionReportInput!) { writeSessionReport(input: $input) { saved warnings { field term } report { id state version } } }`;
const SUBMIT = `mutation ($input: SessionReportStepInput!) { submitSessionReport(input: $input) { state version } }`;
const VALIDATE = `mutation ($input: ValidateSessionReportInput!) { validateSessionReport(input: $input) { state version changeRequest } }`;
const RELEASE = `mutation ($input: SessionReportStepInput!) { releaseSessionReport(input: $input) { state version } }`;
const REVOKE = `mutation ($input: SessionReportStepInput!) { revokeSessionReportRelease(input: $input) { state version } }`;

async function reportAs(email: string, caseId: string, reportId: string) {
  const { data } = await graphqlAs(email, REPORTS, { id: caseId });
  return data.case?.sessionReports?.find((r: any) => r.id === reportId) ?? null;
}

describe('session reports', () => {
  it("go from the coach through every participant to the employee's release, and only then reach the manager", async () => {
    const caseId = await sanneCaseId();
    const { data: people } = await graphqlAs(DAAN, '{ viewer { id } }');
    const summary = 'Daan en Sanne verdelen de overdracht: Sanne doet de ochtend, Daan de middag.';
    const base = { caseId, kind: 'DIALOGUE', heldOn: isoToday(), colleagueUserId: people.viewer.id, privateNotes: 'Sanne oogde moe.' };

    const warned = await graphqlAs(JOOST, WRITE, { input: { ...base, summary: `${summary} Sanne heeft last van haar burn-out.` } });
    expect(warned.data.writeSessionReport.saved).toBe(false);
    expect(warned.data.writeSessionReport.warnings[0].field).toBe('summary');

    const written = await graphqlAs(JOOST, WRITE, { input: { ...base, summary } });
    const report = written.data.writeSessionReport.report;
    expect(report.state).toBe('DRAFT');
    expect(await reportAs(SANNE, caseId, report.id)).toBeNull();

    let step = await graphqlAs(JOOST, SUBMIT, { input: { reportId: report.id, expectedVersion: report.version } });
    expect(step.data.submitSessionReport.state).toBe('AWAITING_VALIDATION');
    const stale = await graphqlAs(JOOST, SUBMIT, { input: { reportId: report.id, expectedVersion: report.version } });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: step.data.submitSessionReport.version });

    // The colleague sees this one summary, and nothing else of the case.
    const toValidate = await graphqlAs(DAAN, '{ sessionReportsToValidate { id summary privateNotes } }');
    expect(toValidate.data.sessionReportsToValidate).toContainEqual({ id: report.id, summary, privateNotes: null });
    expect((await graphqlAs(DAAN, `query ($id: ID!) { case(id: $id) { id } }`, { id: caseId })).data.case).toBeNull();

    let version = step.data.submitSessionReport.version;
    step = await graphqlAs(SANNE, VALIDATE, {
      input: { reportId: report.id, expectedVersion: version, approve: false, comment: 'Ik doe ook de middag op dinsdag.' },
    });
    expect(step.data.validateSessionReport).toMatchObject({ state: 'CHANGES_REQUESTED', changeRequest: 'Ik doe ook de middag op dinsdag.' });
    version = step.data.validateSessionReport.version;

    const edited = await graphqlAs(JOOST, WRITE, {
      input: { ...base, reportId: report.id, expectedVersion: version, summary: `${summary} Op dinsdag doet Sanne ook de middag.` },
    });
    version = edited.data.writeSessionReport.report.version;
    step = await graphqlAs(JOOST, SUBMIT, { input: { reportId: report.id, expectedVersion: version } });
    version = step.data.submitSessionReport.version;
    step = await graphqlAs(SANNE, VALIDATE, { input: { reportId: report.id, expectedVersion: version, approve: true } });
    version = step.data.validateSessionReport.version;
    expect(await reportAs(MARK, caseId, report.id)).toBeNull();
    step = await graphqlAs(DAAN, VALIDATE, { input: { reportId: report.id, expectedVersion: version, approve: true } });
    expect(step.data.validateSessionReport.state).toBe('VALIDATED');
    version = step.data.validateSessionReport.version;
    expect(await reportAs(MARK, caseId, report.id)).toBeNull();

    const byManager = await graphqlAs(MARK, RELEASE, { input: { reportId: report.id, expectedVersion: version } });
    expect(byManager.errors?.[0]).toBeDefined();
    step = await graphqlAs(SANNE, RELEASE, { input: { reportId: report.id, expectedVersion: version } });
    expect(step.data.releaseSessionReport.state).toBe('RELEASED');
    version = step.data.releaseSessionReport.version;
    const seen = await reportAs(MARK, caseId, report.id);
    expect(seen).toMatchObject({ state: 'RELEASED', privateNotes: null });
    expect(seen.summary).toContain('Op dinsdag');

    step = await graphqlAs(SANNE, REVOKE, { input: { reportId: report.id, expectedVersion: version } });
    expect(step.data.revokeSessionReportRelease.state).toBe('VALIDATED');
    expect(await reportAs(MARK, caseId, report.id)).toBeNull();
  });

  it("show the coach's notes to the coach alone, and nothing to the case manager or the doctor", async () => {
    const caseId = await sanneCaseId();
    const coach = await graphqlAs(JOOST, REPORTS, { id: caseId });
    expect(coach.data.case.sessionReports.map((r: any) => r.state)).toEqual(expect.arrayContaining(['DRAFT', 'AWAITING_VALIDATION', 'VALIDATED', 'RELEASED']));
    expect(coach.data.case.sessionReports.every((r: any) => r.privateNotes !== null)).toBe(true);
    const employee = await graphqlAs(SANNE, REPORTS, { id: caseId });
    expect(employee.data.case.sessionReports.every((r: any) => r.privateNotes === null && r.state !== 'DRAFT')).toBe(true);
    for (const outsider of [HR, EVA]) {
      const { data } = await graphqlAs(outsider, REPORTS, { id: caseId });
      expect(data.case.sessionReports).toEqual([]);
    }
  });
});

describe('the relapse-prevention plan', () => {
  it('is agreed by employee and manager, keeps that version when edited, and refuses a stale edit', async () => {
    const caseId = await sanneCaseId();
    const read = await graphqlAs(
      SANNE,
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
    const saved = await graphqlAs(JOOST, save, { input });
    expect(saved.data.saveRelapsePreventionPlan).toMatchObject({
      latest: { number: plan.latest.number + 1, agreed: false },
      agreed: { number: plan.agreed.number },
    });
    const stale = await graphqlAs(HR, save, { input });
    expect(stale.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: saved.data.saveRelapsePreventionPlan.revision });
    const empty = await graphqlAs(JOOST, save, { input: { ...input, expectedRevision: saved.data.saveRelapsePreventionPlan.revision, signals: [] } });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'signals' });
    const byEmployee = await graphqlAs(SANNE, save, { input });
    expect(byEmployee.errors?.[0]).toBeDefined();
  });
});
